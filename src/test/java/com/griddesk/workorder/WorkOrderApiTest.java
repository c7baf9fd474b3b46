package com.griddesk.workorder;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.griddesk.support.ApiClient;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.DemoData;
import com.griddesk.support.ApiTestBase;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class WorkOrderApiTest extends ApiTestBase {

    private static final AtomicInteger PHONES = new AtomicInteger();

    static String newPhone() {
        return String.format("1391%07d", 1_000_000 + PHONES.incrementAndGet() + (int) (System.nanoTime() % 1000) * 1000);
    }

    Response createFault(String account) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(account, newPhone()));
        body.put("insist", true);
        return api.post("agent", "/api/v1/work-orders", body);
    }

    @Test
    void creating_an_order_answers_201_with_number_status_type_category_unit_and_location() {
        String account = demo.customerOf("BJ-CQ-S1", 1);
        Response r = createFault(account);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("number")).matches("GD\\d{15}");
        assertThat(r.text("status")).isEqualTo("NEW");
        assertThat(r.text("type")).isEqualTo("FAULT_REPAIR");
        assertThat(r.text("category")).isEqualTo("FAULT_REPAIR.LOW_VOLTAGE");
        assertThat(r.text("unit")).isEqualTo("BJ-CQ-S1");
        assertThat(r.text("outcome")).isEqualTo("CREATED");
        assertThat(r.header("Location")).isEqualTo("/api/v1/work-orders/" + r.text("number"));
        assertThat(r.text("contactPhone")).contains("****");
    }

    @Test
    void the_order_and_its_timeline_can_be_read_back() {
        String number = createFault(demo.customerOf("BJ-CQ-S2", 1)).text("number");

        Response order = api.get("supervisor", "/api/v1/work-orders/" + number);
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.text("number")).isEqualTo(number);
        assertThat(order.header("ETag")).isEqualTo("\"0\"");

        Response timeline = api.get("supervisor", "/api/v1/work-orders/" + number + "/timeline");
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.body().get(0).get("action").asString()).isEqualTo("CREATED");
        assertThat(timeline.body().get(0).get("actorName").asString()).isNotBlank();
    }

    @Test
    void an_order_goes_from_intake_to_closed_through_four_people() {
        String number = createFault(demo.customerOf("BJ-JN-S1", 2)).text("number");
        String path = "/api/v1/work-orders/" + number;

        Response dispatched = api.post("dispatcher", path + "/dispatch", Map.of());
        assertThat(dispatched.status()).isEqualTo(200);
        assertThat(dispatched.text("status")).isEqualTo("DISPATCHED");
        assertThat(dispatched.text("unit")).isEqualTo("BJ-JN-S1-REPAIR");

        assertThat(api.post("handler", path + "/accept", Map.of()).text("status")).isEqualTo("ACCEPTED");
        assertThat(api.post("handler", path + "/start", null).text("status")).isEqualTo("IN_PROGRESS");
        Response resolved = api.post("handler", path + "/resolve",
                Map.of("result", "更换台区熔断器后恢复供电", "rootCause", "EQUIPMENT_AGEING", "responsibility", "COMPANY"));
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");
        assertThat(resolved.text("responsibility")).isEqualTo("COMPANY");

        Response closed = api.post("callback", path + "/close", Map.of("satisfaction", "VERY_SATISFIED", "note", "客户表示满意"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");

        JsonNode timeline = api.get("supervisor", path + "/timeline").body();
        assertThat(timeline.findValuesAsString("action"))
                .containsExactly("CREATED", "DISPATCHED", "ACCEPTED", "STARTED", "RESOLVED", "CLOSED");
        assertThat(timeline.get(5).get("from").asString()).isEqualTo("RESOLVED");
        assertThat(timeline.get(5).get("to").asString()).isEqualTo("CLOSED");
    }

    @Test
    void an_illegal_transition_is_a_409_problem() {
        String number = createFault(demo.customerOf("BJ-CQ-S3", 1)).text("number");
        Response r = api.post("callback", "/api/v1/work-orders/" + number + "/close", Map.of("satisfaction", "SATISFIED"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.text("type")).isEqualTo("https://griddesk.org/problems/illegal-transition");
        assertThat(r.text("code")).isEqualTo("illegal-transition");
        assertThat(r.text("detail")).contains(number);
    }

    @Test
    void a_stale_if_match_is_a_409_version_conflict() {
        String number = createFault(demo.customerOf("BJ-CQ-S3", 2)).text("number");
        String path = "/api/v1/work-orders/" + number;
        api.post("agent", path + "/remind", Map.of("note", "客户再次来电"));

        Response r = api.post("dispatcher", path + "/dispatch", Map.of(), Map.of("If-Match", "\"0\""));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("version-conflict");

        Response ok = api.post("dispatcher", path + "/dispatch", Map.of(), Map.of("If-Match", "\"1\""));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void unknown_orders_and_actions_are_404_problems() {
        Response missing = api.get("agent", "/api/v1/work-orders/GD202601010000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("code")).isEqualTo("work-order-not-found");

        String number = createFault(demo.customerOf("BJ-CQ-S4", 1)).text("number");
        Response action = api.post("dispatcher", "/api/v1/work-orders/" + number + "/teleport", Map.of());
        assertThat(action.status()).isEqualTo(404);
        assertThat(action.text("code")).isEqualTo("unknown-action");
    }

    @Test
    void malformed_json_is_400_and_invalid_fields_are_422_with_the_fields_named() {
        Response malformed = api.raw("POST", "/api/v1/work-orders", "{\"channel\": ", "application/json",
                Map.of("Authorization", "Bearer " + api.token("agent")));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("code")).isEqualTo("malformed-request");

        // well-formed JSON with an unknown channel names the field and the allowed values
        Response badEnum = api.post("agent", "/api/v1/work-orders", Map.of("channel", "PIGEON"));
        assertThat(badEnum.status()).isEqualTo(422);
        assertThat(badEnum.text("code")).isEqualTo("validation-failed");
        assertThat(badEnum.body().get("errors").get(0).get("field").asString()).isEqualTo("channel");
        assertThat(badEnum.body().get("errors").get(0).get("message").asString()).contains("PHONE", "GOV_HOTLINE");

        Response badType = api.post("agent", "/api/v1/work-orders", Map.of("channel", "PHONE", "insist", Map.of("a", 1)));
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.body().get("errors").get(0).get("field").asString()).isEqualTo("insist");

        Response invalid = api.post("agent", "/api/v1/work-orders",
                Map.of("channel", "PHONE", "contactPhone", "12", "category", "NO.SUCH", "description", "没电"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.text("code")).isEqualTo("validation-failed");
        assertThat(invalid.body().get("errors").findValuesAsString("field"))
                .contains("contactName", "address", "contactPhone", "category");
    }

    @Test
    void a_role_that_may_not_act_gets_403_and_anonymous_callers_401() {
        String number = createFault(demo.customerOf("BJ-CQ-S4", 2)).text("number");
        api.post("dispatcher", "/api/v1/work-orders/" + number + "/dispatch", Map.of());

        Response denied = api.post("agent", "/api/v1/work-orders/" + number + "/accept", Map.of());
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.text("code")).isEqualTo("access-denied");

        Response anonymous = api.raw("GET", "/api/v1/work-orders/" + number, null, null, Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text("code")).isEqualTo("authentication-required");

        Response forged = api.raw("GET", "/api/v1/work-orders", null, null, Map.of("Authorization", "Bearer abc.def"));
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void http_basic_works_and_wrong_passwords_do_not() {
        assertThat(api.basic("supervisor", "griddesk", "GET", "/api/v1/work-orders?size=1", null).status()).isEqualTo(200);
        assertThat(api.basic("supervisor", "griddesk", "GET", "/api/v1/work-orders?size=1", null).status()).isEqualTo(200);
        assertThat(api.basic("supervisor", "wrong", "GET", "/api/v1/work-orders?size=1", null).status()).isEqualTo(401);
        Response token = api.raw("POST", "/api/v1/auth/token", "{\"username\":\"agent\",\"password\":\"nope\"}",
                "application/json", Map.of());
        assertThat(token.status()).isEqualTo(401);
        assertThat(token.text("code")).isEqualTo("bad-credentials");
    }

    @Test
    void a_repeat_call_about_an_open_order_becomes_a_reminder_unless_the_agent_insists() {
        String account = demo.customerOf("BJ-SB-S1", 3);
        String phone = newPhone();
        Response first = api.post("agent", "/api/v1/work-orders", DemoData.faultCall(account, phone));
        assertThat(first.status()).isEqualTo(201);

        Response again = api.post("agent", "/api/v1/work-orders", DemoData.faultCall(account, phone));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("outcome")).isEqualTo("REMINDER_ADDED");
        assertThat(again.text("number")).isEqualTo(first.text("number"));
        assertThat(again.body().get("reminderCount").asInt()).isEqualTo(1);
        assertThat(again.text("urgency")).isEqualTo("HIGH");

        Map<String, Object> insist = new HashMap<>(DemoData.faultCall(account, phone));
        insist.put("insist", true);
        Response separate = api.post("agent", "/api/v1/work-orders", insist);
        assertThat(separate.status()).isEqualTo(201);
        assertThat(separate.text("number")).isNotEqualTo(first.text("number"));
    }

    @Test
    void a_consultation_answered_on_the_call_is_closed_at_once() {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf("BJ-CQ-S2", 5), newPhone()));
        body.put("category", "CONSULTATION.BILLING");
        body.put("description", "咨询阶梯电价怎么算");
        body.put("firstContactAnswer", "已告知阶梯电价标准及峰谷时段");
        Response r = api.post("agent", "/api/v1/work-orders", body);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("status")).isEqualTo("CLOSED");
        assertThat(r.body().get("firstContactResolution").asBoolean()).isTrue();
    }

    @Test
    void an_order_without_type_or_category_gets_a_type_from_its_text() {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf("BJ-CQ-S2", 6), newPhone()));
        body.remove("category");
        body.put("description", "我要投诉你们抢修人员态度很差");
        Response r = api.post("agent", "/api/v1/work-orders", body);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("type")).isEqualTo("COMPLAINT");
        assertThat(r.body().get("coordinator")).isNotNull();
    }

    @Test
    void sub_tasks_block_resolution_until_they_are_done() {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf("BJ-CQ-S1", 7), newPhone()));
        body.put("category", "COMPLAINT.BUSINESS.BILLING");
        body.put("description", "电费比上月高了三倍，要求核实退费");
        String number = api.post("agent", "/api/v1/work-orders", body).text("number");
        String path = "/api/v1/work-orders/" + number;
        assertThat(api.post("dispatcher", path + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("coordinator", path + "/accept", Map.of()).status()).isEqualTo(200);

        Response opened = api.post("coordinator", path + "/sub-tasks",
                Map.of("unitCode", "BJ-CQ-S1-METERING", "description", "请计量班现场校验电能表"));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body().get("subTasks").get(0).get("status").asString()).isEqualTo("OPEN");
        // a complaint: its handling guide is worked through, so only the sub-task stands in the way
        new com.griddesk.support.OrderFlow(api, demo, jdbc).workThroughGuide(number, "coordinator");

        Response blocked = api.post("coordinator", path + "/resolve", Map.of("result", "已退费", "rootCause", "BILLING_ERROR",
                "responsibility", "COMPANY"));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.text("code")).isEqualTo("open-sub-tasks");

        assertThat(api.post("handler", path + "/sub-tasks/1/complete", Map.of("result", "电能表误差合格")).status())
                .isEqualTo(200);
        Response resolved = api.post("coordinator", path + "/resolve", Map.of("result", "核实抄表差错，已退费", "responsibility", "COMPANY",
                "rootCause", "BILLING_ERROR"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");
    }

    @Test
    void a_duplicate_is_merged_into_its_master() {
        String master = createFault(demo.customerOf("BJ-JN-S2", 1)).text("number");
        String duplicate = createFault(demo.customerOf("BJ-JN-S2", 2)).text("number");

        Response merged = api.post("dispatcher", "/api/v1/work-orders/" + duplicate + "/merge", Map.of("masterNumber", master));
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.text("status")).isEqualTo("MERGED");
        assertThat(merged.text("mergedInto")).isEqualTo(master);
        assertThat(api.get("supervisor", "/api/v1/work-orders/" + master + "/timeline").body().findValuesAsString("action"))
                .contains("DUPLICATE_MERGED");
    }

    @Test
    void the_list_filters_by_status_type_unit_channel_dates_and_text_and_pages() {
        String account = demo.customerOf("BJ-SB-S2", 1);
        String number = createFault(account).text("number");

        Response byText = api.get("supervisor", "/api/v1/work-orders?text=" + number);
        assertThat(byText.body().get("total").asLong()).isEqualTo(1);
        assertThat(byText.body().get("items").get(0).get("number").asString()).isEqualTo(number);

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Response filtered = api.get("supervisor", "/api/v1/work-orders?status=NEW&type=FAULT_REPAIR&unit=BJ-SB&channel=PHONE"
                + "&from=" + today + "&to=" + today + "&size=5");
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body().get("items").findValuesAsString("number")).contains(number);
        assertThat(filtered.body().get("items").findValuesAsString("status")).containsOnly("NEW");
        assertThat(filtered.body().get("size").asInt()).isEqualTo(5);

        Response page = api.get("supervisor", "/api/v1/work-orders?size=2&page=1");
        assertThat(page.body().get("items")).hasSize(2);
        assertThat(page.body().get("page").asInt()).isEqualTo(1);
        assertThat(page.body().get("total").asLong()).isGreaterThan(3);

        assertThat(api.get("supervisor", "/api/v1/work-orders?from=2026-02-01&to=2026-01-01").status()).isEqualTo(422);
        assertThat(api.get("supervisor", "/api/v1/work-orders?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("supervisor", "/api/v1/work-orders?unit=NOPE").status()).isEqualTo(422);
    }

    @Test
    void a_customer_is_found_by_account_number_with_masked_phones_and_a_reveal_is_recorded() {
        String account = demo.customerOf("BJ-CQ-S1", 4);
        Response customer = api.get("agent", "/api/v1/customers/" + account);
        assertThat(customer.status()).isEqualTo(200);
        assertThat(customer.text("phone")).matches("\\d{3}\\*{4}\\d{4}");
        assertThat(customer.text("stationCode")).isEqualTo("BJ-CQ-S1");
        assertThat(customer.text("transformerArea")).startsWith("BJ-CQ-S1-F");

        long before = jdbc.sql("select count(*) from phone_reveal").query(Long.class).single();
        Response revealed = api.post("agent", "/api/v1/customers/" + account + "/phone-reveal", null);
        assertThat(revealed.text("phone")).isEqualTo(demo.customerRow(account).get("phone"));
        assertThat(jdbc.sql("select count(*) from phone_reveal").query(Long.class).single()).isEqualTo(before + 1);

        assertThat(api.post("dispatcher", "/api/v1/customers/" + account + "/phone-reveal", null).status()).isEqualTo(403);
        assertThat(api.get("agent", "/api/v1/customers/0000000000").status()).isEqualTo(404);
    }

    @Test
    void the_openapi_document_describes_the_work_order_api() {
        Response docs = api.raw("GET", "/v3/api-docs", null, null, Map.of());
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/work-orders")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/work-orders/{number}/{action}")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/customers/{accountNumber}")).isTrue();
    }
}
