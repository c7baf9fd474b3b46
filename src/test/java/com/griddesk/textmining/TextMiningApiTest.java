package com.griddesk.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The classifier over HTTP, and intake typing orders with it. */
class TextMiningApiTest extends ApiTestBase {

    Response take(String user, String account, String channel, String text, Map<String, Object> extra) {
        Map<String, Object> body = TextMiningFixtures.demand(channel, text, extra);
        if (account != null) {
            body.put("accountNumber", account);
        }
        Response r = api.post(user, "/api/v1/work-orders", body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r;
    }

    @Test
    void classify_answers_the_three_most_likely_leaves_with_confidence_and_the_model_version() {
        Response r = api.post("agent", "/api/v1/textmining/classify",
                Map.of("text", "我家电表充值了还是不来电，表上显示有余额", "channel", "PHONE"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("modelVersion").asInt()).isPositive();
        JsonNode top = r.body().get("top");
        assertThat(top.size()).isEqualTo(3);
        assertThat(top.get(0).get("code").asString()).isEqualTo("FAULT_REPAIR.METERING");
        assertThat(top.get(0).get("name").asString()).isEqualTo("计量故障");
        double first = top.get(0).get("confidence").asDouble();
        assertThat(first).isBetween(0.5, 1.0).isGreaterThanOrEqualTo(top.get(1).get("confidence").asDouble());
        assertThat(r.body().get("urgent").asBoolean()).isFalse();
    }

    @Test
    void classify_answers_in_english_when_asked() {
        Response r = api.raw("POST", "/api/v1/textmining/classify", "{\"text\":\"营业厅排队两个小时，只开一个窗口，投诉\"}",
                "application/json", Map.of("Authorization", "Bearer " + api.token("agent"), "Accept-Language", "en"));
        assertThat(r.body().get("top").get(0).get("name").asString()).isEqualTo("Service channel");
    }

    @Test
    void bad_input_gets_problem_details() {
        Response blank = api.post("agent", "/api/v1/textmining/classify", Map.of("text", "  "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.header("Content-Type")).startsWith("application/problem+json");
        assertThat(blank.text("type")).isEqualTo("https://griddesk.org/problems/validation-failed");
        assertThat(blank.body().get("errors").get(0).get("field").asString()).isEqualTo("text");

        Response channel = api.post("agent", "/api/v1/textmining/classify", Map.of("text", "停电了", "channel", "FAX"));
        assertThat(channel.status()).isEqualTo(422);
        assertThat(channel.body().get("errors").get(0).get("field").asString()).isEqualTo("channel");

        Response tooLong = api.post("agent", "/api/v1/textmining/classify", Map.of("text", "停".repeat(4001)));
        assertThat(tooLong.status()).isEqualTo(422);

        Response malformed = api.raw("POST", "/api/v1/textmining/classify", "{\"text\": ", "application/json",
                Map.of("Authorization", "Bearer " + api.token("agent")));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("type")).isEqualTo("https://griddesk.org/problems/malformed-request");

        Response anonymous = api.raw("POST", "/api/v1/textmining/classify", "{\"text\":\"停电了\"}", "application/json", Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void intake_without_type_takes_the_classifiers_leaf_and_records_it_as_automatic() {
        Response created = take("agent", demo.customerOf("BJ-CQ-S1", 31), "PHONE",
                "我们这栋楼整栋停电了，别的楼都有电，麻烦派人来修", Map.of());
        assertThat(created.text("type")).isEqualTo("FAULT_REPAIR");
        assertThat(created.text("category")).isEqualTo("FAULT_REPAIR.LOW_VOLTAGE");

        JsonNode c = api.get("agent", "/api/v1/textmining/orders/" + created.text("number")).body().get("classification");
        assertThat(c.get("decision").asString()).isEqualTo("AUTO");
        assertThat(c.get("suggestedCode").asString()).isEqualTo("FAULT_REPAIR.LOW_VOLTAGE");
        assertThat(c.get("modelVersion").asInt()).isPositive();
        assertThat(c.get("top").size()).isEqualTo(3);
    }

    @Test
    void an_agents_choice_is_kept_as_a_confirmation_or_a_correction_with_the_suggestion() {
        String text = "上个月电费比平时多了好几百，肯定算错了，要求核实退费";
        Response confirmed = take("agent", null, "PHONE", text, Map.of("category", "COMPLAINT.BUSINESS.BILLING"));
        Response corrected = take("agent", null, "PHONE", text, Map.of("category", "COMPLAINT.BUSINESS.METERING"));

        JsonNode a = api.get("agent", "/api/v1/textmining/orders/" + confirmed.text("number")).body().get("classification");
        JsonNode b = api.get("agent", "/api/v1/textmining/orders/" + corrected.text("number")).body().get("classification");
        assertThat(a.get("decision").asString()).isEqualTo("CONFIRMED");
        assertThat(b.get("decision").asString()).isEqualTo("OVERRIDDEN");
        assertThat(b.get("suggestedCode").asString()).isEqualTo("COMPLAINT.BUSINESS.BILLING");
        assertThat(b.get("chosenCode").asString()).isEqualTo("COMPLAINT.BUSINESS.METERING");
        assertThat(corrected.text("category")).isEqualTo("COMPLAINT.BUSINESS.METERING");
    }

    @Test
    void a_safety_word_opens_the_order_as_an_urgent_fault() {
        Response created = take("agent", null, "WECHAT", "我要投诉，楼下的电线在冒烟，还有火星", Map.of());
        assertThat(created.text("type")).isEqualTo("FAULT_REPAIR");
        assertThat(created.text("urgency")).isEqualTo("URGENT");
        assertThat(api.get("agent", "/api/v1/textmining/orders/" + created.text("number")).body()
                .get("classification").get("urgent").asBoolean()).isTrue();
    }

    @Test
    void a_repeat_caller_is_offered_the_open_order_as_a_likely_duplicate() {
        String account = demo.customerOf("BJ-CQ-S1", 37);
        String first = take("agent", account, "PHONE", "家里厨房插座烧黑了，总开关一直跳闸合不上", Map.of()).text("number");

        Response found = api.post("agent", "/api/v1/textmining/duplicates", Map.of("accountNumber", account,
                "text", "还是厨房插座那个问题，总开关又跳闸了合不上"));
        assertThat(found.status()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        found.body().forEach(d -> numbers.add(d.get("number").asString()));
        assertThat(numbers).contains(first);
        JsonNode duplicate = found.body().get(numbers.indexOf(first));
        assertThat(duplicate.get("reasons").toString()).contains("SAME_CUSTOMER", "SIMILAR_TEXT");

        Response unrelated = api.post("agent", "/api/v1/textmining/duplicates", Map.of("accountNumber",
                demo.customerOf("BJ-CQ-S1", 38), "text", "想问一下阶梯电价怎么算"));
        assertThat(unrelated.body().toString()).doesNotContain(first);
    }

    @Test
    void the_risk_of_an_order_comes_with_its_reasons_and_warns_once() {
        Response created = take("agent", null, "REGULATOR",
                "12398转来：客户称第三次反映停电问题无人处理，已联系记者准备曝光，并表示将找律师起诉", Map.of());
        String number = created.text("number");
        JsonNode risk = api.get("coordinator", "/api/v1/textmining/orders/" + number).body().get("risk");
        assertThat(risk.get("score").asInt()).isGreaterThanOrEqualTo(80);
        assertThat(risk.get("level").asString()).isEqualTo("CRITICAL");
        List<String> codes = new ArrayList<>();
        risk.get("reasons").forEach(r -> codes.add(r.get("code").asString()));
        assertThat(codes).contains("CHANNEL_REGULATOR", "MEDIA", "LEGAL", "COUNTED_CALLS");

        api.post("agent", "/api/v1/work-orders/" + number + "/remind", Map.of("note", "客户再次来电催促"));
        JsonNode timeline = api.get("coordinator", "/api/v1/work-orders/" + number + "/timeline").body();
        List<String> actions = new ArrayList<>();
        timeline.forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).filteredOn("ESCALATION_RISK"::equals).hasSize(1);

        Response queue = api.get("coordinator", "/api/v1/textmining/risk?min=80");
        assertThat(queue.body().toString()).contains(number);
    }

    @Test
    void the_risk_queue_refuses_a_score_out_of_range() {
        Response r = api.get("coordinator", "/api/v1/textmining/risk?min=140");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("min");
    }
}
