package com.griddesk.notification;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.callback.Surveys;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.DemoData;
import com.griddesk.support.OrderFlow;
import com.griddesk.workorder.Satisfaction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages other modules' events cause: the crew's real departure and ETA, the callback
 * module's one-time survey link, and the staff who must act on a consultation, a remedy or a rework.
 */
class NotificationFollowUpsTest extends NotificationTestBase {

    static final String CREW = "bjcqs1repairc1";
    static final String EXPERT = "bjcqs1head";
    static final String HANDLER = "bjcqs1serviceh1";

    @Autowired
    Surveys surveys;

    record Row(String event, String channel, Long recipientId, String body) {
    }

    List<Row> of(String number) {
        return jdbc.sql("select event, channel, recipient_id, body from notification where order_number = ? order by id")
                .param(number)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4)))
                .list();
    }

    List<Row> of(String number, NotificationEvent event) {
        return of(number).stream().filter(r -> r.event().equals(event.name())).toList();
    }

    Response field(String number, String action, Object body) {
        return api.post(CREW, "/api/v1/field/orders/" + number + "/" + action, body);
    }

    @Test
    void the_customer_hears_of_the_crew_when_it_sets_off_with_its_name_and_eta_not_when_the_order_is_accepted() {
        OrderFlow flow = new OrderFlow(api, demo, jdbc);
        String number = flow.create("BJ-CQ-S1", 61, "FAULT_REPAIR.LOW_VOLTAGE", "家里没电了");
        flow.dispatch(number, "BJ-CQ-S1-REPAIR", CREW);
        assertThat(field(number, "accept", null).status()).isEqualTo(200);
        assertThat(of(number, NotificationEvent.CREW_ON_THE_WAY)).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(field(number, "on-the-way", Map.of("etaMinutes", 35)).status()).isEqualTo(200);

        String crewName = flow.staff(CREW).fullName();
        String eta = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"))
                .format(clock.instant().plus(Duration.ofMinutes(35)));
        List<Row> sms = of(number, NotificationEvent.CREW_ON_THE_WAY).stream().filter(r -> r.channel().equals("SMS")).toList();
        assertThat(sms).singleElement().satisfies(r -> assertThat(r.body()).contains(crewName).contains(eta).contains(number));
    }

    @Test
    void the_survey_sms_carries_the_callback_modules_one_time_link_and_its_expiry_once() {
        OrderFlow flow = new OrderFlow(api, demo, jdbc);
        String number = flow.resolved("BJ-JN-S1", 61, "FAULT_REPAIR.LOW_VOLTAGE", "BJ-JN-S1-REPAIR", "bjjns1repairc1",
                "EQUIPMENT_AGEING", "COMPANY");
        assertThat(api.post("callback", "/api/v1/callbacks/" + number + "/survey", null).text("status"))
                .isEqualTo("SURVEY_SENT");
        assertThat(api.post("callback", "/api/v1/callbacks/" + number + "/survey", null).status()).isEqualTo(409);

        String token = jdbc.sql("select token from callback_survey where order_number = ?").param(number)
                .query(String.class).single();
        List<Row> survey = of(number, NotificationEvent.CALLBACK_SURVEY).stream().filter(r -> r.channel().equals("SMS")).toList();
        assertThat(survey).singleElement().satisfies(r -> assertThat(r.body()).contains("/survey/" + token).contains("前有效"));
        // closing after the callback sends no second survey
        assertThat(of(number, NotificationEvent.CALLBACK_SURVEY)).hasSize(1);
    }

    @Test
    void a_consultation_answered_on_first_contact_gets_one_real_survey_link_whose_answer_is_recorded() {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf("BJ-CQ-S2", 61), newMobile()));
        body.put("category", "CONSULTATION.BILLING");
        body.put("description", "咨询峰谷电价");
        body.put("firstContactAnswer", "已告知峰谷时段和电价");
        Response created = api.post("agent", "/api/v1/work-orders", body);
        assertThat(created.text("status")).isEqualTo("CLOSED");
        String number = created.text("number");

        String token = jdbc.sql("select token from callback_survey where order_number = ? and task_id is null")
                .param(number).query(String.class).single();
        List<Row> survey = of(number, NotificationEvent.CALLBACK_SURVEY).stream().filter(r -> r.channel().equals("SMS")).toList();
        assertThat(survey).singleElement().satisfies(r -> assertThat(r.body()).contains("/survey/" + token)
                .doesNotContain("/survey/" + number));

        assertThat(surveys.answer(token, true, Satisfaction.VERY_SATISFIED, "解释得很清楚", "客户", "-")).isEqualTo("RECORDED");
        assertThat(jdbc.sql("select outcome from callback_survey where token = ?").param(token).query(String.class).single())
                .isEqualTo("RECORDED");
        assertThat(api.get("supervisor", "/api/v1/work-orders/" + number + "/timeline").body().findValuesAsString("action"))
                .contains("CALLBACK_SURVEY_SENT", "CALLBACK_SURVEY_ANSWERED");
        assertThat(new com.griddesk.support.PageClient(port).get("/survey/" + token).status()).isEqualTo(410);
    }

    @Test
    void the_expert_asked_in_a_consultation_hears_in_app_once_per_question() {
        OrderFlow flow = new OrderFlow(api, demo, jdbc);
        String number = flow.create("BJ-CQ-S1", 62, "FAULT_REPAIR.LOW_VOLTAGE", "表箱烧了");
        flow.dispatch(number, "BJ-CQ-S1-REPAIR", CREW);
        field(number, "accept", null);
        Map<String, Object> post = Map.of("body", "@" + EXPERT + " 表箱烧毁，需要停电更换吗？");
        assertThat(api.post(CREW, "/api/v1/field/orders/" + number + "/consultation", post, Map.of("Idempotency-Key", "c-" + number))
                .status()).isBetween(200, 201);
        api.post(CREW, "/api/v1/field/orders/" + number + "/consultation", post, Map.of("Idempotency-Key", "c-" + number));

        List<Row> asked = of(number, NotificationEvent.CONSULTATION_REQUESTED);
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.recipientId()).isEqualTo(staffId(EXPERT));
            assertThat(r.channel()).isEqualTo("IN_APP");
            assertThat(r.body()).contains("表箱烧毁").contains(flow.staff(CREW).fullName());
        });
    }

    @Test
    void a_remedy_reaches_the_coordinator_up_to_the_limit_and_the_station_head_above_it() {
        OrderFlow flow = new OrderFlow(api, demo, jdbc);
        String number = flow.resolvedComplaint("BJ-CQ-S1", 63, "COMPLAINT.SERVICE.ATTITUDE", "BJ-CQ-S1-SERVICE", HANDLER,
                "STAFF_ATTITUDE", "COMPANY");
        long coordinator = jdbc.sql("select coordinator_id from work_order where number = ?").param(number)
                .query(Long.class).single();
        String remedies = "/api/v1/work-orders/" + number + "/recovery/remedies";
        assertThat(api.post(HANDLER, remedies, Map.of("kind", "COMPENSATION", "amount", 200, "description", "误工补偿"))
                .status()).isEqualTo(201);
        assertThat(api.post(HANDLER, remedies, Map.of("kind", "FEE_REFUND", "amount", 900, "description", "退还电费"))
                .status()).isEqualTo(201);

        List<Row> approvals = of(number, NotificationEvent.REMEDY_APPROVAL);
        assertThat(approvals).extracting(Row::recipientId).containsExactly(coordinator, staffId(EXPERT));
        assertThat(approvals.get(0).body()).contains("200").contains("赔偿");
        assertThat(approvals.get(1).body()).contains("900");
    }

    @Test
    void a_reworked_complaint_reaches_its_handler_and_its_coordinator_with_the_customers_words() {
        OrderFlow flow = new OrderFlow(api, demo, jdbc);
        String number = flow.resolvedComplaint("BJ-CQ-S1", 64, "COMPLAINT.SERVICE.ATTITUDE", "BJ-CQ-S1-SERVICE", HANDLER,
                "STAFF_ATTITUDE", "CUSTOMER");
        long coordinator = jdbc.sql("select coordinator_id from work_order where number = ?").param(number)
                .query(Long.class).single();
        Response back = api.post("callback", "/api/v1/callbacks/" + number + "/attempts",
                Map.of("reached", true, "solved", false, "satisfaction", "DISSATISFIED", "comment", "还是没人给我道歉"));
        assertThat(back.text("status")).isEqualTo("REWORKED");

        List<Row> reworked = of(number, NotificationEvent.ORDER_REWORKED);
        assertThat(reworked).extracting(Row::recipientId).containsExactlyInAnyOrder(staffId(HANDLER), coordinator);
        assertThat(reworked).allSatisfy(r -> assertThat(r.body()).contains("还是没人给我道歉").contains("第1次"));
    }
}
