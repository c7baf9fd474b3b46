package com.griddesk.outage;

import java.time.Duration;
import java.util.Map;

import com.griddesk.outage.OutageTestWorld.TestFeeder;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.PageClient;
import com.griddesk.support.PageClient.Page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The module's pages: one route for page and htmx fragment, the console card first, refusals as text. */
class OutagePagesTest extends OutageTestBase {

    private String activeFault(TestFeeder feeder) {
        Response fault = api.post("dispatcher", "/api/v1/outages", Map.of("kind", "FAULT", "feederCode", feeder.code(),
                "cause", "10kV线路跳闸", "ert", t0.plus(Duration.ofHours(2)).toString()));
        assertThat(fault.status()).isEqualTo(201);
        return fault.text("number");
    }

    @Test
    void the_console_says_first_that_the_caller_is_inside_an_outage_and_the_agent_answers_from_it() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 2);
        String number = activeFault(feeder);
        var caller = feeder.callers().get(1);
        PageClient agent = PageClient.loggedIn(port, "agent");

        Page card = agent.htmx("/console/customers/" + caller.accountNumber());
        assertThat(card.body()).doesNotContain("<html").contains("id=\"caller-outage\"").contains(number)
                .contains("故障停电").contains("预计");
        assertThat(card.body().indexOf("id=\"caller-outage\"")).isLessThan(card.body().indexOf("id=\"customer-card\""));
        assertThat(card.body()).contains("id=\"grid-place\"").contains("10kV测试");

        Page answered = agent.form("/console/outages/" + number + "/answer", Map.of("accountNumber", caller.accountNumber(),
                "contactName", "测试户", "contactPhone", caller.phone(), "address", "江滨街道测试路1号",
                "answer", "已告知客户停电原因及预计恢复时间", "key", "k-answer-" + number));
        assertThat(answered.status()).isEqualTo(302);
        assertThat(answered.location()).contains("/orders/GD");
        String order = answered.location().substring(answered.location().lastIndexOf('/') + 1);
        assertThat(api.get("agent", "/api/v1/work-orders/" + order).text("status")).isEqualTo("CLOSED");
        assertThat(api.get("dispatcher", "/api/v1/outages/" + number).body().get("figures")
                .get("answeredWithoutDispatch").asInt()).isEqualTo(1);
    }

    @Test
    void the_agent_attaches_a_fault_call_from_the_card_and_the_order_page_shows_the_outage() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 2);
        String number = activeFault(feeder);
        var caller = feeder.callers().get(2);
        PageClient agent = PageClient.loggedIn(port, "agent");
        agent.get("/console/customers/" + caller.accountNumber());
        Page attached = agent.form("/console/outages/" + number + "/attach", Map.of("accountNumber", caller.accountNumber(),
                "contactName", "测试户", "contactPhone", caller.phone(), "address", "江滨街道测试路2号",
                "description", "家里没电了", "key", "k-attach-" + number));
        assertThat(attached.status()).isEqualTo(302);
        String order = attached.location().substring(attached.location().lastIndexOf('/') + 1);
        assertThat(count("select count(*) from outage_order o join outage_event e on e.id = o.event_id "
                + "where e.number = ? and o.order_number = ?", number, order)).isEqualTo(1);
        Page orderPage = agent.get("/orders/" + order);
        assertThat(orderPage.body()).contains("id=\"order-outage\"").contains(number);
    }

    @Test
    void the_outage_board_and_an_outage_are_pages_or_fragments_and_refusals_read_as_text() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 3, 1);
        String number = outageOf(feeder, 0, 1, 2);
        PageClient dispatcher = PageClient.loggedIn(port, "dispatcher");
        Page board = dispatcher.get("/outages");
        assertThat(board.body()).contains("<html").contains("id=\"outages\"").contains(number).contains("id=\"outage-form\"");
        Page list = dispatcher.htmx("/outages");
        assertThat(list.body()).doesNotContain("<html").contains("id=\"outages\"").doesNotContain("id=\"outage-form\"");

        Page event = dispatcher.get("/outages/" + number);
        assertThat(event.body()).contains("<html").contains("id=\"outage-card\"").contains("id=\"do-split\"")
                .contains("id=\"do-confirm\"").contains("id=\"outage-timeline\"");
        assertThat(dispatcher.htmx("/outages/" + number).body()).doesNotContain("<html").contains("id=\"outage-card\"");

        Page refused = dispatcher.form("/outages/" + number + "/restore", Map.of("note", "已恢复"));
        assertThat(refused.status()).isEqualTo(302);
        Page shown = dispatcher.follow(refused);
        assertThat(shown.body()).contains("alert-danger").contains("rootCause").doesNotContain("Exception");
        assertThat(api.get("dispatcher", "/api/v1/outages/" + number).text("state")).isEqualTo("ACTIVE");

        Page split = dispatcher.form("/outages/" + number + "/split", Map.of("areas", feeder.areas().get(0)));
        assertThat(split.status()).isEqualTo(302);
        assertThat(dispatcher.follow(split).body()).contains("alert-success").contains(number);
        assertThat(events(feeder)).hasSize(2);

        Page english = dispatcher.get("/outages/" + number + "?lang=en");
        assertThat(english.body()).contains("Fault outage").contains("Attached calls");
    }

    @Test
    void a_planned_outage_is_published_from_the_board_and_a_late_one_is_refused_with_the_rule() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 1);
        PageClient dispatcher = PageClient.loggedIn(port, "dispatcher");
        dispatcher.get("/outages");
        var start = t0.plus(Duration.ofDays(1)).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().withNano(0);
        Page late = dispatcher.form("/outages", Map.of("kind", "PLANNED", "feederCode", feeder.code(), "cause", "检修",
                "plannedStart", start.toString(), "plannedEnd", start.plusHours(4).toString()));
        assertThat(dispatcher.follow(late).body()).contains("alert-danger").contains("168");
        Page inTime = dispatcher.form("/outages", Map.of("kind", "PLANNED", "feederCode", feeder.code(), "cause", "检修",
                "plannedStart", start.plusDays(8).toString(), "plannedEnd", start.plusDays(8).plusHours(4).toString()));
        assertThat(inTime.location()).contains("/outages/TD");
        assertThat(dispatcher.follow(inTime).body()).contains("按时公告");
    }

    @Test
    void the_disconnection_page_lists_what_is_still_missing_and_explains_a_refused_execution() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 1);
        PageClient handler = PageClient.loggedIn(port, "handler");
        handler.get("/disconnections");
        var planned = t0.plus(Duration.ofDays(4)).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().withNano(0);
        Page requested = handler.form("/disconnections", Map.of("accountNumber", feeder.callers().get(0).accountNumber(),
                "arrearsAmount", "128.50", "reason", "欠费两个月", "plannedAt", planned.toString()));
        assertThat(requested.location()).contains("/disconnections/QF");
        String number = requested.location().substring(requested.location().lastIndexOf('/') + 1);

        Page detail = handler.follow(requested);
        assertThat(detail.body()).contains("id=\"conditions\"").contains("缺少本单位负责人的批准")
                .contains("停电通知书尚未送达客户").contains("缺少停电前30分钟的再次通知");
        assertThat(handler.htmx("/disconnections/" + number).body()).doesNotContain("<html").contains("id=\"conditions\"");
        assertThat(handler.htmx("/disconnections").body()).doesNotContain("<html").contains(number);

        Page refused = handler.form("/disconnections/" + number + "/execute", Map.of());
        Page shown = handler.follow(refused);
        assertThat(shown.body()).contains("alert-danger").contains("不能实施停电").contains("缺少本单位负责人的批准");
        assertThat(api.get("handler", "/api/v1/disconnections/" + number).text("state")).isEqualTo("REQUESTED");
    }

    @Test
    void the_grid_page_shows_a_stations_feeders_and_administrators_import_csv() {
        TestFeeder feeder = feeder("BJ-CQ-S3", 2, 1);
        PageClient admin = PageClient.loggedIn(port, "admin");
        Page grid = admin.get("/admin/grid?station=BJ-CQ-S3");
        assertThat(grid.body()).contains("<html").contains("id=\"feeders\"").contains(feeder.code()).contains("id=\"grid-import\"");
        assertThat(admin.htmx("/admin/grid?station=BJ-CQ-S3").body()).doesNotContain("<html").contains(feeder.code());

        String csv = "substation_code,substation_name,feeder_code,feeder_name,area_code,area_name,station_code\n"
                + "PG-S1,110kV页面变,PG-F1,10kV页面线,PG-F1-T01,页面1号台区,BJ-CQ-S3\n";
        Page imported = admin.form("/admin/grid/import", Map.of("csv", csv));
        assertThat(admin.follow(imported).body()).contains("id=\"imported\"");
        assertThat(count("select count(*) from grid_transformer_area where code = 'PG-F1-T01'")).isEqualTo(1);

        Page bad = admin.form("/admin/grid/import", Map.of("csv", "a,b\n1,2\n"));
        assertThat(admin.follow(bad).body()).contains("alert-danger").contains("表头");

        PageClient dispatcher = PageClient.loggedIn(port, "dispatcher");
        assertThat(dispatcher.get("/admin/grid").body()).doesNotContain("id=\"grid-import\"");
    }
}
