package com.griddesk.analytics;

import java.time.LocalDate;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.PageClient;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees what, the dashboard as a page and as a fragment, and the problems of a bad request. */
class AnalyticsScopeAndPagesTest extends AnalyticsTestBase {

    static final String STATION_HEAD = "bjjns1head";
    static final String OTHER_STATION = "BJ-CQ-S1";

    @Test
    void a_station_sees_only_its_own_orders_through_the_api() {
        LocalDate day = startOn(LocalDate.of(2031, 7, 7));
        String own = flow.create(STATION, 121, "FAULT_REPAIR.LOW_VOLTAGE", "本所工单");
        String other = flow.create(OTHER_STATION, 121, "FAULT_REPAIR.LOW_VOLTAGE", "别所工单");
        String q = "from=" + day + "&to=" + day;

        assertThat(value(indicators("supervisor", q), "VOLUME")).isEqualTo(2);
        JsonNode mine = indicators(STATION_HEAD, q);
        assertThat(value(mine, "VOLUME")).isEqualTo(1);
        assertThat(IndicatorFormulaTest.numbersOf(drill(STATION_HEAD, q + "&indicator=VOLUME"))).containsExactly(own);
        assertThat(IndicatorFormulaTest.numbersOf(drill("supervisor", q + "&indicator=VOLUME")))
                .containsExactlyInAnyOrder(own, other);

        Response outside = api.get(STATION_HEAD, "/api/v1/analytics/indicators?" + q + "&unit=" + OTHER_STATION);
        assertThat(outside.status()).isEqualTo(404);
        long otherId = jdbc.sql("select id from org_unit where code = ?").param(OTHER_STATION).query(Long.class).single();
        assertThat(api.get(STATION_HEAD, "/api/v1/analytics/drilldown?indicator=VOLUME&" + q + "&sliceUnit=" + otherId)
                .status()).isEqualTo(404);
        assertThat(api.get("agent", "/api/v1/analytics/indicators?" + q).status()).isEqualTo(403);
    }

    @Test
    void bad_parameters_are_problem_details() {
        Response reversed = api.get("supervisor", "/api/v1/analytics/indicators?from=2031-02-01&to=2031-01-01");
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reversed.body().get("errors").get(0).get("field").asString()).isEqualTo("to");

        Response tooLong = api.get("supervisor", "/api/v1/analytics/indicators?from=2030-01-01&to=2031-06-30&granularity=MONTH");
        assertThat(tooLong.status()).isEqualTo(422);
        Response dailyYear = api.get("supervisor", "/api/v1/analytics/indicators?from=2030-01-01&to=2030-12-31");
        assertThat(dailyYear.status()).isEqualTo(422);
        assertThat(dailyYear.body().get("errors").get(0).get("field").asString()).isEqualTo("granularity");
        assertThat(api.get("supervisor", "/api/v1/analytics/indicators?granularity=HOURLY").status()).isEqualTo(400);
        assertThat(api.get("supervisor", "/api/v1/analytics/indicators?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("supervisor", "/api/v1/analytics/indicators?type=NO_SUCH_TYPE").status()).isEqualTo(422);
        assertThat(api.get("supervisor", "/api/v1/analytics/drilldown?indicator=OUTAGE_CUSTOMER_MINUTES").status())
                .isEqualTo(422);
        assertThat(api.get("supervisor", "/api/v1/analytics/drilldown").status()).isEqualTo(400);
        assertThat(api.get("supervisor", "/api/v1/analytics/indicators?from=2030-01-01&to=2030-12-31&granularity=MONTH")
                .status()).isEqualTo(200);
    }

    @Test
    void the_dashboard_renders_as_a_page_and_as_a_fragment_and_drills_down_to_the_orders() {
        LocalDate day = startOn(LocalDate.of(2031, 7, 14));
        String own = flow.create(STATION, 122, "FAULT_REPAIR.LOW_VOLTAGE", "看板工单");
        String other = flow.create(OTHER_STATION, 122, "FAULT_REPAIR.LOW_VOLTAGE", "别所看板工单");
        String q = "from=" + day + "&to=" + day;

        PageClient head = PageClient.loggedIn(port, STATION_HEAD);
        PageClient.Page page = head.get("/analytics?" + q);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html", "analytics-report", "echarts.min.js", "分析看板", "data-indicator=\"VOLUME\"");
        assertThat(page.body()).contains("href=\"/analytics\"");

        PageClient.Page fragment = head.htmx("/analytics?" + q);
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"analytics-report\"");

        PageClient.Page list = head.htmx("/analytics/drilldown?indicator=VOLUME&" + q);
        assertThat(list.body()).doesNotContain("<html").contains("data-total=\"1\"", own, "/orders/" + own)
                .doesNotContain(other);
        assertThat(PageClient.loggedIn(port, "supervisor").htmx("/analytics/drilldown?indicator=VOLUME&" + q).body())
                .contains("data-total=\"2\"", own, other);
        PageClient.Page listPage = head.get("/analytics/drilldown?indicator=VOLUME&" + q);
        assertThat(listPage.body()).contains("<html", own);

        PageClient.Page english = head.get("/analytics?" + q + "&lang=en");
        assertThat(english.body()).contains("Analytics dashboard", "Open backlog by age");

        PageClient.Page docs = head.get("/analytics/indicators?lang=zh_CN");
        assertThat(docs.body()).contains("REPEAT_COMPLAINT_RATE", "30天内同一客户同一类别");

        PageClient crew = PageClient.loggedIn(port, CREW);
        assertThat(crew.get("/analytics?" + q).status()).isEqualTo(403);
    }
}
