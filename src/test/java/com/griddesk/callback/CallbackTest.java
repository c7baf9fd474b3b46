package com.griddesk.callback;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;
import com.griddesk.support.PageClient;
import com.griddesk.support.TestClock;
import com.griddesk.workorder.Satisfaction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class CallbackTest extends ApiTestBase {

    static final String CREW = "bjjns1repairc1";
    static final String TEAM = "BJ-JN-S1-REPAIR";

    @Autowired
    Callbacks callbacks;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    OrderFlow flow;

    @BeforeEach
    void flow() {
        flow = new OrderFlow(api, demo, jdbc);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    String resolvedFault(int nth) {
        return flow.resolved("BJ-JN-S1", nth, "FAULT_REPAIR.LOW_VOLTAGE", TEAM, CREW, "EQUIPMENT_AGEING", "COMPANY");
    }

    Response call(String number, Boolean reached, Boolean solved, String satisfaction, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("reached", reached);
        body.put("solved", solved);
        body.put("satisfaction", satisfaction);
        body.put("comment", comment);
        return api.post("callback", "/api/v1/callbacks/" + number + "/attempts", body);
    }

    String surveyToken(String number) {
        return jdbc.sql("select token from callback_survey where order_number = ? order by issued_at desc limit 1")
                .param(number).query(String.class).single();
    }

    long reworksOf(String unit) {
        String today = LocalDate.now(clock.withZone(CallbackStats.ZONE_ID)).toString();
        JsonNode rows = api.get("supervisor", "/api/v1/callbacks/reworks?from=" + today + "&to=" + today).body();
        for (JsonNode r : rows) {
            if (r.get("unitCode").asString().equals(unit)) {
                return r.get("reworks").asLong();
            }
        }
        return 0;
    }

    @Test
    void a_resolved_fault_enters_the_queue_with_its_callback_deadline() {
        String number = resolvedFault(71);

        JsonNode queue = api.get("callback", "/api/v1/callbacks").body();
        JsonNode row = null;
        for (JsonNode r : queue) {
            if (r.get("orderNumber").asString().equals(number)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("deadline").get("clock").asString()).isEqualTo("CALLBACK");
        assertThat(row.get("contactPhone").asString()).contains("****");
        assertThat(api.get("bjcqs1repairc1", "/api/v1/callbacks").body().findValuesAsString("orderNumber")).doesNotContain(number);
    }

    @Test
    void a_dissatisfied_callback_sends_the_order_back_to_its_handler_and_counts_it_for_the_unit() {
        String number = resolvedFault(72);
        long before = reworksOf(TEAM);

        Response noWords = call(number, true, true, "DISSATISFIED", " ");
        assertThat(noWords.status()).isEqualTo(422);
        assertThat(noWords.body().get("errors").get(0).get("field").asString()).isEqualTo("comment");

        Response back = call(number, true, true, "DISSATISFIED", "师傅来得太晚，晚上又跳闸了");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.text("status")).isEqualTo("REWORKED");

        Response order = flow.order(number);
        assertThat(order.text("status")).isEqualTo("DISPATCHED");
        assertThat(order.body().get("reworkCount").asInt()).isEqualTo(1);
        assertThat(order.body().get("assignee").get("id").asLong()).isEqualTo(flow.staffId(CREW));
        JsonNode timeline = api.get("supervisor", "/api/v1/work-orders/" + number + "/timeline").body();
        JsonNode last = timeline.get(timeline.size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("REWORKED");
        assertThat(last.get("note").asString()).isEqualTo("师傅来得太晚，晚上又跳闸了");
        assertThat(reworksOf(TEAM)).isEqualTo(before + 1);

        assertThat(call(number, true, true, "SATISFIED", null).status()).isEqualTo(409);

        api.post(CREW, "/api/v1/work-orders/" + number + "/accept", Map.of());
        api.post(CREW, "/api/v1/work-orders/" + number + "/resolve",
                Map.of("result", "更换进户线并紧固接头", "rootCause", "CONSTRUCTION_QUALITY", "responsibility", "COMPANY"));
        Response closed = call(number, true, true, "SATISFIED", "这次修好了");
        assertThat(closed.text("status")).isEqualTo("DONE");
        assertThat(flow.order(number).text("status")).isEqualTo("CLOSED");
        assertThat(flow.order(number).body().get("callback").get("satisfaction").asString()).isEqualTo("SATISFIED");
    }

    @Test
    void an_unsolved_problem_goes_back_even_when_the_customer_is_polite_and_closing_dissatisfied_is_refused() {
        String number = resolvedFault(73);

        Response direct = api.post("callback", "/api/v1/work-orders/" + number + "/close",
                Map.of("satisfaction", "VERY_DISSATISFIED", "note", "很不满意"));
        assertThat(direct.status()).isEqualTo(409);
        assertThat(direct.text("code")).isEqualTo("callback-rework-required");

        Response back = call(number, true, false, "NEUTRAL", "人很客气，但是电压还是低");
        assertThat(back.text("status")).isEqualTo("REWORKED");
        assertThat(flow.order(number).body().get("reworkCount").asInt()).isEqualTo(1);
    }

    @Test
    void after_the_last_unanswered_call_the_customer_gets_an_sms_survey_link() {
        String number = resolvedFault(74);
        var agent = flow.staff("callback");
        for (int i = 1; i <= 3; i++) {
            CallbackTask task = callbacks.record(number, new CallbackResult(false, null, null, null), agent);
            assertThat(task.attempts()).isEqualTo(i);
            assertThat(task.status()).isEqualTo(i < 3 ? CallbackStatus.OPEN : CallbackStatus.SURVEY_SENT);
        }
        CallbackSurveyLinkIssued issued = events.stream(CallbackSurveyLinkIssued.class).filter(e -> e.orderNumber().equals(number))
                .findFirst().orElseThrow();
        String token = surveyToken(number);
        assertThat(token).hasSizeGreaterThanOrEqualTo(32);
        assertThat(issued.url()).endsWith("/survey/" + token);
        assertThat(issued.expiresAt()).isAfter(issued.at().plus(Duration.ofDays(2)));

        PageClient customer = new PageClient(port);
        PageClient.Page form = customer.get("/survey/" + token);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"survey-form\"").contains(number).doesNotContain("1391");

        PageClient.Page missing = customer.form("/survey/" + token, Map.of("solved", "true"));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("alert-danger");

        PageClient.Page answered = customer.form("/survey/" + token,
                Map.of("solved", "true", "satisfaction", "VERY_SATISFIED", "comment", "抢修很及时"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).contains("id=\"survey-thanks\"");
        assertThat(flow.order(number).text("status")).isEqualTo("CLOSED");

        PageClient.Page again = customer.form("/survey/" + token, Map.of("solved", "false", "satisfaction", "DISSATISFIED"));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("id=\"survey-closed\"");
        assertThat(flow.order(number).text("status")).isEqualTo("CLOSED");
        assertThat(customer.get("/survey/" + "x".repeat(40)).status()).isEqualTo(404);
    }

    @Test
    void a_survey_link_expires_and_a_dissatisfied_answer_sends_the_order_back() {
        String expiring = resolvedFault(75);
        api.post("callback", "/api/v1/callbacks/" + expiring + "/survey", null);
        String old = surveyToken(expiring);
        String number = resolvedFault(76);
        assertThat(api.post("callback", "/api/v1/callbacks/" + number + "/survey", null).text("status")).isEqualTo("SURVEY_SENT");
        String token = surveyToken(number);

        PageClient customer = new PageClient(port);
        customer.get("/survey/" + token);
        customer.form("/survey/" + token, Map.of("solved", "false", "satisfaction", "DISSATISFIED"));
        assertThat(flow.order(number).text("status")).isEqualTo("DISPATCHED");
        assertThat(flow.order(number).body().get("reworkCount").asInt()).isEqualTo(1);

        clock.travelTo(clock.instant().plus(Duration.ofDays(4)));
        assertThat(customer.get("/survey/" + old).status()).isEqualTo(410);
        assertThat(flow.order(expiring).text("status")).isEqualTo("RESOLVED");
    }

    @Test
    void satisfaction_with_and_without_service_recovery_is_compared() {
        String handler = "bjjns1serviceh1";
        String recovered = flow.resolvedComplaint("BJ-JN-S1", 77, "COMPLAINT.OUTAGE.NOTICE", "BJ-JN-S1-SERVICE", handler,
                "NOTICE_NOT_DELIVERED", "COMPANY");
        String path = "/api/v1/work-orders/" + recovered + "/recovery";
        api.raw("PUT", path + "/apology", "{\"channel\": \"PHONE\"}", "application/json",
                Map.of("Authorization", "Bearer " + api.token(handler)));
        long remedy = api.post(handler, path + "/remedies", Map.of("kind", "EXPEDITED_SERVICE", "description", "优先恢复供电"))
                .body().get("remedies").get(0).get("id").asLong();
        api.post("supervisor", path + "/remedies/" + remedy + "/approve", Map.of());
        api.raw("PUT", path + "/fairness", "{\"outcome\": true, \"procedural\": true, \"interactional\": true}",
                "application/json", Map.of("Authorization", "Bearer " + api.token(handler)));
        String plain = resolvedFault(78);

        String today = LocalDate.now(clock.withZone(CallbackStats.ZONE_ID)).toString();
        JsonNode before = api.get("supervisor", "/api/v1/callbacks/satisfaction?from=" + today + "&to=" + today).body();
        assertThat(call(recovered, true, true, "VERY_SATISFIED", "道歉很诚恳").text("status")).isEqualTo("DONE");
        assertThat(call(plain, true, true, "SATISFIED", null).text("status")).isEqualTo("DONE");
        JsonNode after = api.get("supervisor", "/api/v1/callbacks/satisfaction?from=" + today + "&to=" + today).body();

        assertThat(total(after, "COMPANY_WITH_RECOVERY")).isEqualTo(total(before, "COMPANY_WITH_RECOVERY") + 1);
        assertThat(total(after, "COMPANY_WITHOUT_RECOVERY")).isEqualTo(total(before, "COMPANY_WITHOUT_RECOVERY") + 1);
        assertThat(group(after, "COMPANY_WITH_RECOVERY").get("ratings").get(Satisfaction.VERY_SATISFIED.name()).asLong()).isPositive();
    }

    @Test
    void a_survey_answer_that_cannot_close_the_order_is_kept_for_an_agent() {
        String handler = "bjjns1serviceh1";
        String number = flow.resolvedComplaint("BJ-JN-S1", 79, "COMPLAINT.SERVICE.ATTITUDE", "BJ-JN-S1-SERVICE", handler,
                "STAFF_ATTITUDE", "COMPANY");
        api.post("callback", "/api/v1/callbacks/" + number + "/survey", null);
        String token = surveyToken(number);

        PageClient customer = new PageClient(port);
        customer.get("/survey/" + token);
        PageClient.Page answered = customer.form("/survey/" + token, Map.of("solved", "true", "satisfaction", "SATISFIED"));
        assertThat(answered.body()).contains("id=\"survey-thanks\"");

        assertThat(flow.order(number).text("status")).isEqualTo("RESOLVED");
        JsonNode task = api.get("callback", "/api/v1/callbacks/" + number).body();
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("survey").get("outcome").asString()).isEqualTo("FOR_AGENT");
        assertThat(task.get("satisfaction").asString()).isEqualTo("SATISFIED");
    }

    @Test
    void the_queue_page_and_the_order_card_let_the_agent_record_a_call() {
        String number = resolvedFault(80);
        PageClient agent = PageClient.loggedIn(port, "callback");

        PageClient.Page queue = agent.get("/callbacks");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("<html").contains("data-number=\"" + number + "\"");
        assertThat(agent.htmx("/callbacks").body()).doesNotContain("<html").contains("id=\"callback-queue\"");

        PageClient.Page order = agent.get("/orders/" + number);
        assertThat(order.body()).contains("id=\"callback-card\"").contains("id=\"callback-form\"");

        PageClient.Page recorded = agent.form("/callbacks/" + number + "/attempts", Map.of("reached", "false"));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(agent.follow(recorded).body()).contains("未接通 1/3 次");

        PageClient.Page stats = PageClient.loggedIn(port, "supervisor").get("/callbacks/stats");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body()).contains("id=\"satisfaction-groups\"").contains("id=\"reworks-by-unit\"");
    }

    static JsonNode group(JsonNode groups, String name) {
        for (JsonNode g : groups) {
            if (g.get("group").asString().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name);
    }

    static long total(JsonNode groups, String name) {
        return group(groups, name).get("total").asLong();
    }
}
