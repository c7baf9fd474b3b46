package com.griddesk.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiClient;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** Weekly emerging terms and categories of a unit, within the caller's data scope. */
class HotTopicsApiTest extends ApiTestBase {

    @Autowired
    TestClock clock;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void stationUser() {
        jdbc.sql("""
                insert into staff (username, password_hash, full_name, unit_id, roles)
                select 'topics_s2_supervisor', ?, '二所值长', id, ? from org_unit where code = 'BJ-CQ-S2'
                on conflict (username) do nothing""")
                .param(passwords.encode(ApiClient.DEMO_PASSWORD)).param(new String[] { "SUPERVISOR" }).update();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void takeAt(String localDateTime, int customer, String text) {
        clock.travelTo(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        Map<String, Object> body = TextMiningFixtures.demand("PHONE", text,
                Map.of("accountNumber", demo.customerOf("BJ-CQ-S1", customer)));
        assertThat(api.post("agent", "/api/v1/work-orders", body).status()).isEqualTo(201);
    }

    @Test
    void a_term_new_this_week_is_an_emerging_topic_of_the_unit() {
        takeAt("2025-02-25T10:00", 51, "想问一下峰谷电价怎么算");
        takeAt("2025-02-26T10:00", 52, "我们这栋楼整栋停电了，请派人来修");
        takeAt("2025-03-10T09:00", 53, "家里漏电保护器一直跳，合不上，邻居都有电");
        takeAt("2025-03-11T15:00", 54, "漏电保护器老是跳闸，就我家没电");
        takeAt("2025-03-13T20:00", 55, "我家的漏电保护器跳了推不上去，其他户正常");
        clock.reset();

        Response r = api.get("supervisor", "/api/v1/textmining/topics?unit=BJ-CQ-S1&week=2025-W11");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(r.text("week")).isEqualTo("2025-W11");
        JsonNode topics = r.body().get("topics");
        assertThat(topics.get("orders").asInt()).isEqualTo(3);
        assertThat(topics.get("baselineOrders").asInt()).isEqualTo(2);
        List<String> terms = new ArrayList<>();
        topics.get("terms").forEach(t -> terms.add(t.get("term").asString()));
        assertThat(terms).anyMatch(t -> t.contains("漏电"));
        assertThat(terms).noneMatch(t -> t.contains("峰谷"));
        JsonNode first = topics.get("categories").get(0);
        assertThat(first.get("code").asString()).isEqualTo("FAULT_REPAIR.CUSTOMER_INTERNAL");
        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(first.get("lift").asDouble()).isGreaterThan(1.0);

        Response sameWeekByDate = api.get("supervisor", "/api/v1/textmining/topics?unit=BJ-CQ-S1&week=2025-03-12");
        assertThat(sameWeekByDate.body().get("topics").get("orders").asInt()).isEqualTo(3);
    }

    @Test
    void another_stations_topics_are_out_of_scope() {
        Response r = api.get("topics_s2_supervisor", "/api/v1/textmining/topics?unit=BJ-CQ-S1");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text("type")).isEqualTo("https://griddesk.org/problems/out-of-scope");
        assertThat(api.get("topics_s2_supervisor", "/api/v1/textmining/topics").status()).isEqualTo(200);
    }

    @Test
    void a_malformed_week_or_unknown_unit_is_refused() {
        Response week = api.get("supervisor", "/api/v1/textmining/topics?week=2025-W77");
        assertThat(week.status()).isEqualTo(422);
        assertThat(week.body().get("errors").get(0).get("field").asString()).isEqualTo("week");
        assertThat(api.get("supervisor", "/api/v1/textmining/topics?week=last-tuesday").status()).isEqualTo(422);
        assertThat(api.get("supervisor", "/api/v1/textmining/topics?unit=NOPE").status()).isEqualTo(404);
    }
}
