package com.griddesk.quality;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;
import com.griddesk.support.PageClient;
import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.TimeLimitWarningRaised;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class QualityInspectionTest extends ApiTestBase {

    static final String CREW = "bjjns2repairc1";
    static final String TEAM = "BJ-JN-S2-REPAIR";
    static final String HEAD = "bjjns2head";

    @Autowired
    ApplicationEventPublisher events;

    OrderFlow flow;
    String today;

    @BeforeEach
    void flow() {
        flow = new OrderFlow(api, demo, jdbc);
        today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    }

    String resolved(int nth) {
        return flow.resolved("BJ-JN-S2", nth, "FAULT_REPAIR.LOW_VOLTAGE", TEAM, CREW, "EQUIPMENT_AGEING", "COMPANY");
    }

    void callback(String number, String satisfaction, String words) {
        Map<String, Object> body = new HashMap<>(Map.of("reached", true, "solved", true, "satisfaction", satisfaction));
        if (words != null) {
            body.put("comment", words);
        }
        Response r = api.post("callback", "/api/v1/callbacks/" + number + "/attempts", body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    }

    void reResolve(String number) {
        api.post(CREW, "/api/v1/work-orders/" + number + "/accept", Map.of());
        api.post(CREW, "/api/v1/work-orders/" + number + "/resolve",
                Map.of("result", "再次处理", "rootCause", "CONSTRUCTION_QUALITY", "responsibility", "COMPANY"));
    }

    List<String> sample(String rule, int size) {
        Response r = api.post(HEAD, "/api/v1/quality/samples", Map.of("from", today, "to", today, "rule", rule, "size", size));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.body().findValuesAsString("orderNumber");
    }

    @Test
    void supervisors_sample_by_rule_and_an_order_is_inspected_once() {
        String satisfied = resolved(81);
        callback(satisfied, "SATISFIED", null);
        String stubborn = resolved(82);
        callback(stubborn, "DISSATISFIED", "还是不行");
        reResolve(stubborn);
        callback(stubborn, "DISSATISFIED", "第二次也没修好");
        reResolve(stubborn);
        callback(stubborn, "VERY_DISSATISFIED", "不想再说了");
        assertThat(flow.order(stubborn).text("status")).isEqualTo("CLOSED");
        String escalated = resolved(83);
        callback(escalated, "SATISFIED", null);
        long escalatedId = jdbc.sql("select id from work_order where number = ?").param(escalated).query(Long.class).single();
        events.publishEvent(new TimeLimitWarningRaised(escalatedId, escalated, ClockName.SUPERVISION, "YELLOW", 0, null,
                null, java.time.Instant.now(), java.time.Instant.now(), 1));

        assertThat(sample("DISSATISFIED", 50)).contains(stubborn).doesNotContain(satisfied, escalated);
        assertThat(sample("REWORKED", 50)).doesNotContain(stubborn, satisfied);
        assertThat(sample("ESCALATED", 50)).containsExactly(escalated);
        List<String> random = sample("RANDOM", 200);
        assertThat(random).contains(satisfied).doesNotContain(stubborn, escalated);

        Response outside = api.post("bjcqs1head", "/api/v1/quality/samples", Map.of("from", today, "to", today, "rule", "RANDOM", "size", 200));
        assertThat(outside.body().findValuesAsString("orderNumber")).doesNotContain(satisfied);
        Response crew = api.post(CREW, "/api/v1/quality/samples", Map.of("from", today, "to", today, "rule", "RANDOM"));
        assertThat(crew.status()).isEqualTo(403);
        Response size = api.post(HEAD, "/api/v1/quality/samples", Map.of("from", today, "to", today, "rule", "RANDOM", "size", 0));
        assertThat(size.status()).isEqualTo(422);
    }

    @Test
    void an_inspection_is_scored_against_the_norms_once_and_shows_per_person_and_unit() {
        String number = resolved(84);
        callback(number, "VERY_SATISFIED", null);
        List<String> drawn = sample("RANDOM", 200);
        assertThat(drawn).contains(number);
        long id = jdbc.sql("select id from quality_inspection where order_number = ?").param(number).query(Long.class).single();

        JsonNode norms = api.get(HEAD, "/api/v1/quality/norms").body();
        assertThat(norms).hasSize(8);
        int max = 0;
        Map<String, Integer> points = new HashMap<>();
        for (JsonNode n : norms) {
            max += n.get("maxPoints").asInt();
            points.put(n.get("code").asString(), n.get("maxPoints").asInt());
        }
        assertThat(max).isEqualTo(100);

        Map<String, Integer> tooMany = new HashMap<>(points);
        tooMany.put("LISTENING", 16);
        tooMany.remove("COURTESY");
        Response bad = api.post(HEAD, "/api/v1/quality/inspections/" + id + "/score", Map.of("points", tooMany));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("points.COURTESY", "points.LISTENING");

        points.put("ONE_TIME_NOTICE", 4);
        Response scored = api.post(HEAD, "/api/v1/quality/inspections/" + id + "/score",
                Map.of("points", points, "notes", Map.of("ONE_TIME_NOTICE", "未一次性告知所需资料"), "comment", "总体规范"));
        assertThat(scored.status()).isEqualTo(200);
        assertThat(scored.body().get("total").asInt()).isEqualTo(94);
        assertThat(scored.body().get("status").asString()).isEqualTo("SCORED");
        assertThat(api.post(HEAD, "/api/v1/quality/inspections/" + id + "/score", Map.of("points", points)).status()).isEqualTo(409);

        JsonNode people = api.get(HEAD, "/api/v1/quality/scores?by=PERSON&from=" + today + "&to=" + today).body();
        JsonNode crew = null;
        for (JsonNode p : people) {
            if (p.get("key").asString().equals(CREW)) {
                crew = p;
            }
        }
        assertThat(crew).isNotNull();
        assertThat(crew.get("inspections").asLong()).isPositive();
        assertThat(crew.get("meanShare").asDouble()).isBetween(0.0, 1.0);
        JsonNode units = api.get(HEAD, "/api/v1/quality/scores?by=UNIT&from=" + today + "&to=" + today).body();
        assertThat(units.findValuesAsString("key")).contains(TEAM);
    }

    @Test
    void nobody_inspects_an_order_they_handled() {
        String hash = jdbc.sql("select password_hash from staff where username = 'supervisor'").query(String.class).single();
        long unit = jdbc.sql("select id from org_unit where code = ?").param(TEAM).query(Long.class).single();
        jdbc.sql("""
                insert into staff (username, password_hash, full_name, unit_id, roles) values ('qa_lead', ?, '班长 兼质检', ?,
                '{FIELD_CREW,SUPERVISOR}') on conflict (username) do nothing""").param(hash).param(unit).update();
        String number = flow.resolved("BJ-JN-S2", 85, "FAULT_REPAIR.LOW_VOLTAGE", TEAM, "qa_lead", "EQUIPMENT_AGEING", "COMPANY");
        callback(number, "SATISFIED", null);
        Response drawn = api.post("qa_lead", "/api/v1/quality/samples", Map.of("from", today, "to", today, "rule", "RANDOM", "size", 200));
        assertThat(drawn.body().findValuesAsString("orderNumber")).contains(number);
        long id = jdbc.sql("select id from quality_inspection where order_number = ?").param(number).query(Long.class).single();

        Response own = api.post("qa_lead", "/api/v1/quality/inspections/" + id + "/score", Map.of("points", Map.of()));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.text("code")).isEqualTo("self-inspection");
    }

    @Test
    void the_inspection_pages_draw_score_and_report() {
        String number = resolved(86);
        callback(number, "SATISFIED", null);
        PageClient head = PageClient.loggedIn(port, HEAD);
        assertThat(head.get("/quality").status()).isEqualTo(200);
        PageClient.Page drawn = head.form("/quality/samples", Map.of("from", today, "to", today, "rule", "RANDOM", "size", "200"));
        assertThat(drawn.status()).isEqualTo(302);
        PageClient.Page list = head.follow(drawn);
        assertThat(list.body()).contains("data-number=\"" + number + "\"");
        assertThat(head.htmx("/quality").body()).doesNotContain("<html").contains("id=\"inspections\"");

        long id = jdbc.sql("select id from quality_inspection where order_number = ?").param(number).query(Long.class).single();
        Map<String, String> form = new HashMap<>();
        for (JsonNode n : api.get(HEAD, "/api/v1/quality/norms").body()) {
            form.put("points." + n.get("code").asString(), n.get("maxPoints").asString());
        }
        form.put("points.COURTESY", "99");
        PageClient.Page refused = head.form("/quality/inspections/" + id + "/score", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("alert-danger");
        form.put("points.COURTESY", "8");
        PageClient.Page saved = head.form("/quality/inspections/" + id + "/score", form);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(head.follow(saved).body()).contains("id=\"inspection-result\"").contains("98 / 100");

        assertThat(head.get("/quality/scores").body()).contains("id=\"scores-people\"").contains("id=\"scores-units\"");
        assertThat(PageClient.loggedIn(port, CREW).get("/quality").status()).isEqualTo(403);
    }
}
