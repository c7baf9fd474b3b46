package com.griddesk.recovery;

import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceRecoveryApiTest extends ApiTestBase {

    static final String HANDLER = "bjcqs1serviceh1";
    static final String COORDINATOR = "bjcqs1coordinationc1";

    OrderFlow flow;

    @BeforeEach
    void flow() {
        flow = new OrderFlow(api, demo, jdbc);
    }

    String companyComplaint(int nth) {
        return flow.resolvedComplaint("BJ-CQ-S1", nth, "COMPLAINT.SERVICE.ATTITUDE", "BJ-CQ-S1-SERVICE", HANDLER,
                "STAFF_ATTITUDE", "COMPANY");
    }

    String recovery(String number) {
        return "/api/v1/work-orders/" + number + "/recovery";
    }

    Response close(String number) {
        return api.post("callback", "/api/v1/work-orders/" + number + "/close", Map.of("satisfaction", "SATISFIED"));
    }

    @Test
    void a_complaint_the_company_caused_cannot_close_without_its_recovery_record() {
        String number = companyComplaint(51);

        Response refused = close(number);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("service-recovery-incomplete");
        assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactly("recovery.apology",
                "recovery.remedy", "recovery.fairness.outcome", "recovery.fairness.procedural", "recovery.fairness.interactional");
        assertThat(flow.order(number).text("status")).isEqualTo("RESOLVED");

        api.raw("PUT", recovery(number) + "/apology", "{\"channel\": \"IN_PERSON\", \"note\": \"所长上门致歉\"}",
                "application/json", Map.of("Authorization", "Bearer " + api.token(HANDLER)));
        Response asked = api.post(HANDLER, recovery(number) + "/remedies",
                Map.of("kind", "COMPENSATION", "amount", 300, "description", "冰箱食品损失补偿"));
        assertThat(asked.status()).isEqualTo(201);
        long remedy = asked.body().get("remedies").get(0).get("id").asLong();
        assertThat(close(number).body().get("errors").findValuesAsString("field")).contains("recovery.remedyPending");

        api.post(COORDINATOR, recovery(number) + "/remedies/" + remedy + "/approve", Map.of("note", "同意"));
        api.raw("PUT", recovery(number) + "/fairness",
                "{\"outcome\": true, \"procedural\": true, \"interactional\": false}", "application/json",
                Map.of("Authorization", "Bearer " + api.token(HANDLER)));
        assertThat(close(number).body().get("errors").findValuesAsString("field")).containsExactly("recovery.fairness.interactional");

        Response checked = api.raw("PUT", recovery(number) + "/fairness",
                "{\"outcome\": true, \"procedural\": true, \"interactional\": true, \"note\": \"客户认可处理态度\"}",
                "application/json", Map.of("Authorization", "Bearer " + api.token(HANDLER)));
        assertThat(checked.body().get("complete").asBoolean()).isTrue();

        Response closed = close(number);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
    }

    @Test
    void nobody_approves_their_own_remedy_and_above_the_limit_only_a_supervisor_does() {
        String number = companyComplaint(52);
        Response asked = api.post(COORDINATOR, recovery(number) + "/remedies",
                Map.of("kind", "FEE_REFUND", "amount", 120, "description", "退还多收的校验费"));
        long own = asked.body().get("remedies").get(0).get("id").asLong();

        Response self = api.post(COORDINATOR, recovery(number) + "/remedies/" + own + "/approve", Map.of());
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.text("code")).isEqualTo("self-approval");

        long big = api.post(HANDLER, recovery(number) + "/remedies",
                Map.of("kind", "COMPENSATION", "amount", 1800, "description", "家电损坏赔偿")).body().get("remedies").get(1).get("id").asLong();
        Response limit = api.post(COORDINATOR, recovery(number) + "/remedies/" + big + "/approve", Map.of());
        assertThat(limit.status()).isEqualTo(403);
        assertThat(limit.text("code")).isEqualTo("approval-limit-exceeded");
        Response handlerApproves = api.post(HANDLER, recovery(number) + "/remedies/" + own + "/approve", Map.of());
        assertThat(handlerApproves.status()).isEqualTo(403);
        assertThat(handlerApproves.text("code")).isEqualTo("access-denied");

        Response supervisor = api.post("supervisor", recovery(number) + "/remedies/" + big + "/approve", Map.of("note", "同意赔偿"));
        assertThat(supervisor.status()).isEqualTo(200);
        JsonNode approved = supervisor.body().get("remedies").get(1);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedByName").asString()).isNotBlank();

        Response again = api.post("supervisor", recovery(number) + "/remedies/" + big + "/reject", Map.of("note", "改变主意"));
        assertThat(again.status()).isEqualTo(409);
        Response rejectWithoutNote = api.post("supervisor", recovery(number) + "/remedies/" + own + "/reject", Map.of());
        assertThat(rejectWithoutNote.status()).isEqualTo(422);
    }

    @Test
    void remedies_are_validated() {
        String number = companyComplaint(53);
        Response noAmount = api.post(HANDLER, recovery(number) + "/remedies", Map.of("kind", "COMPENSATION", "description", "赔偿"));
        assertThat(noAmount.status()).isEqualTo(422);
        assertThat(noAmount.body().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        Response tooMuch = api.post(HANDLER, recovery(number) + "/remedies",
                Map.of("kind", "COMPENSATION", "amount", 9_999_999, "description", "赔偿"));
        assertThat(tooMuch.status()).isEqualTo(422);
        Response expedited = api.post(HANDLER, recovery(number) + "/remedies",
                Map.of("kind", "EXPEDITED_SERVICE", "description", "当天优先安排更换表计"));
        assertThat(expedited.status()).isEqualTo(201);
        assertThat(api.get(HANDLER, "/api/v1/recoveries/pending").status()).isEqualTo(200);
        assertThat(api.get("supervisor", "/api/v1/recoveries/pending").body().findValuesAsString("orderNumber")).contains(number);
    }

    @Test
    void a_complaint_the_customer_caused_closes_without_a_recovery_record() {
        String number = flow.resolvedComplaint("BJ-CQ-S1", 54, "COMPLAINT.BUSINESS.BILLING", "BJ-CQ-S1-SERVICE", HANDLER,
                "CUSTOMER_MISUNDERSTANDING", "CUSTOMER");
        assertThat(close(number).status()).isEqualTo(200);
    }
}
