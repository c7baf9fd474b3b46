package com.griddesk.complaintguide;

import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;
import com.griddesk.support.PageClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintGuideTest extends ApiTestBase {

    static final String HANDLER = "bjcqs2serviceh1";

    OrderFlow flow;

    @BeforeEach
    void flow() {
        flow = new OrderFlow(api, demo, jdbc);
    }

    String acceptedComplaint(int nth) {
        String number = flow.create("BJ-CQ-S2", nth, "COMPLAINT.SERVICE.ATTITUDE", "营业员态度恶劣，把我的话当耳旁风");
        flow.dispatch(number, "BJ-CQ-S2-SERVICE", HANDLER);
        api.post(HANDLER, "/api/v1/work-orders/" + number + "/accept", Map.of());
        return number;
    }

    Response resolve(String number) {
        return api.post(HANDLER, "/api/v1/work-orders/" + number + "/resolve",
                Map.of("result", "已当面致歉并对营业员进行批评教育", "rootCause", "STAFF_ATTITUDE", "responsibility", "COMPANY"));
    }

    Response check(String number, String step, String note) {
        String body = note == null ? "{\"done\": true}" : "{\"done\": true, \"note\": \"" + note + "\"}";
        return api.raw("PUT", "/api/v1/work-orders/" + number + "/complaint-guide/" + step, body, "application/json",
                Map.of("Authorization", "Bearer " + api.token(HANDLER)));
    }

    @Test
    void the_guide_blocks_resolve_until_the_mandatory_steps_are_checked() {
        String number = acceptedComplaint(61);

        Response refused = resolve(number);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("complaint-guide-incomplete");
        assertThat(refused.body().get("errors").findValuesAsString("field"))
                .containsExactly("guide.LISTEN", "guide.EMPATHISE", "guide.ANALYSE", "guide.PROPOSE", "guide.ACT");
        assertThat(refused.body().get("errors").get(0).get("message").asString()).contains("耐心倾听");

        check(number, "LISTEN", "客户讲述了两次到营业厅被拒的经过");
        check(number, "EMPATHISE", "已真诚致歉");
        Response noNote = check(number, "ANALYSE", null);
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(noNote.body().get("errors").get(0).get("field").asString()).isEqualTo("note");
        check(number, "ANALYSE", "营业员未执行首问负责制");
        check(number, "PROPOSE", "所长上门致歉，当天办结业务");

        assertThat(resolve(number).body().get("errors").findValuesAsString("field")).containsExactly("guide.ACT");

        Response ready = check(number, "ACT", "客户同意，当天已办结");
        assertThat(ready.body().get("missing")).isEmpty();
        Response resolved = resolve(number);
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");

        Response followUp = check(number, "FOLLOW_UP", "次日回访客户认可");
        assertThat(followUp.status()).isEqualTo(200);
    }

    @Test
    void the_order_page_shows_the_guide_with_the_ten_wrong_ways_and_htmx_swaps_the_card() {
        String number = acceptedComplaint(62);
        PageClient handler = PageClient.loggedIn(port, HANDLER);

        PageClient.Page page = handler.get("/orders/" + number);
        assertThat(page.body()).contains("id=\"guide-card\"").contains("耐心倾听").contains("跟进实施")
                .contains("只有道歉没有进一步行动").contains("忽视客户的情感需求");

        PageClient.Page swapped = handler.form("/orders/" + number + "/complaint-guide/LISTEN", Map.of("done", "true",
                "note", "已耐心听完客户陈述"));
        assertThat(swapped.status()).isEqualTo(302);
        assertThat(handler.follow(swapped).body()).contains("已耐心听完客户陈述");

        PageClient.Page card = handler.htmxForm("/orders/" + number + "/complaint-guide/ANALYSE", Map.of("done", "true"));
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).doesNotContain("<html").startsWith("<div class=\"card mb-3\" id=\"guide-card\"")
                .contains("alert-danger").contains("这一步须写明处理要点");
        PageClient.Page checked = handler.htmxForm("/orders/" + number + "/complaint-guide/ANALYSE",
                Map.of("done", "true", "note", "营业员未执行首问负责"));
        assertThat(checked.body()).doesNotContain("alert-danger").contains("营业员未执行首问负责");
    }

    @Test
    void a_fault_repair_order_has_no_guide() {
        String number = flow.create("BJ-CQ-S2", 63, "FAULT_REPAIR.LOW_VOLTAGE", "家里没电");
        Response r = api.raw("PUT", "/api/v1/work-orders/" + number + "/complaint-guide/LISTEN", "{\"done\": true}",
                "application/json", Map.of("Authorization", "Bearer " + api.token("handler")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(PageClient.loggedIn(port, "supervisor").get("/orders/" + number).body()).doesNotContain("id=\"guide-card\"");
    }
}
