package com.griddesk.web;

import java.util.HashMap;
import java.util.Map;

import com.griddesk.support.ApiTestBase;
import com.griddesk.support.DemoData;
import com.griddesk.support.PageClient;
import com.griddesk.support.PageClient.Page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages people work in: one route serves the page or, for htmx, its fragment; errors read as text. */
class PagesTest extends ApiTestBase {

    private String newFault(String station, int nth) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf(station, nth),
                String.format("1380%07d", (station.hashCode() & 0xfffff) + nth)));
        body.put("insist", true);
        return api.post("agent", "/api/v1/work-orders", body).text("number");
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page_which_is_chinese_first() {
        Page page = new PageClient(port).get("/queue");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
        assertThat(new PageClient(port).get("/login").body()).contains("登录").contains("name=\"_csrf\"");
    }

    @Test
    void the_queue_is_a_whole_page_or_only_its_table_for_htmx() {
        PageClient dispatcher = PageClient.loggedIn(port, "dispatcher");
        Page page = dispatcher.get("/queue");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html").contains("navbar").contains("id=\"queue\"");

        Page fragment = dispatcher.htmx("/queue?status=NEW");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").doesNotContain("navbar").contains("id=\"queue\"");
    }

    @Test
    void the_console_finds_a_customer_as_a_fragment_and_shows_their_card() {
        String account = demo.customerOf("BJ-JN-S1", 4);
        PageClient agent = PageClient.loggedIn(port, "agent");
        Page results = agent.htmx("/console?q=" + account);
        assertThat(results.body()).doesNotContain("<html").contains("customer-result").contains(account);

        Page card = agent.htmx("/console/customers/" + account);
        assertThat(card.body()).doesNotContain("<html").contains("id=\"customer-card\"").contains("****");
        assertThat(agent.get("/console/customers/" + account).body()).contains("<html").contains("id=\"intake-form\"");
    }

    @Test
    void the_order_page_offers_each_role_its_own_actions() {
        String number = newFault("BJ-CQ-S2", 40);
        assertThat(PageClient.loggedIn(port, "dispatcher").get("/orders/" + number).body()).contains("id=\"do-dispatch\"");
        String agentView = PageClient.loggedIn(port, "agent").get("/orders/" + number).body();
        assertThat(agentView).contains(number).doesNotContain("id=\"do-dispatch\"").doesNotContain("id=\"do-resolve\"");
    }

    @Test
    void a_refused_action_is_explained_on_the_page_and_changes_nothing() {
        String number = newFault("BJ-CQ-S3", 41);
        PageClient dispatcher = PageClient.loggedIn(port, "dispatcher");
        dispatcher.get("/orders/" + number);
        assertThat(dispatcher.form("/orders/" + number + "/actions/dispatch", Map.of("version", "0")).status()).isEqualTo(302);
        PageClient crew = PageClient.loggedIn(port, "crew");
        crew.get("/orders/" + number);
        crew.form("/orders/" + number + "/actions/accept", Map.of("version", "1"));

        Page refused = crew.form("/orders/" + number + "/actions/resolve",
                Map.of("version", "2", "result", "", "rootCause", "EQUIPMENT_AGEING", "responsibility", "COMPANY"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("alert-danger").doesNotContain("Exception").doesNotContain("at com.");
        assertThat(api.get("supervisor", "/api/v1/work-orders/" + number).text("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void a_station_user_cannot_open_another_station_s_order_page() {
        String elsewhere = newFault("BJ-JN-S2", 42);
        Page page = PageClient.loggedIn(port, "bjcqs1disp").get("/orders/" + elsewhere);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("不存在或不在您的管辖范围内").doesNotContain("Exception");
        assertThat(PageClient.loggedIn(port, "bjjns2disp").get("/orders/" + elsewhere).status()).isEqualTo(200);
    }

    @Test
    void times_on_pages_are_the_hotline_s_local_time() {
        String number = newFault("BJ-CQ-S4", 43);
        java.time.Instant created = java.time.Instant.parse(api.get("supervisor", "/api/v1/work-orders/" + number)
                .text("createdAt"));
        String local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(created.atZone(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat(PageClient.loggedIn(port, "supervisor").get("/orders/" + number).body()).contains(local);
    }

    @Test
    void english_is_one_click_away_and_remembered() {
        PageClient supervisor = PageClient.loggedIn(port, "supervisor");
        assertThat(supervisor.get("/queue?lang=en").body()).contains("Work queue");
        assertThat(supervisor.get("/queue").body()).contains("Work queue");
        assertThat(supervisor.get("/queue?lang=zh_CN").body()).contains("工单队列");
    }

    @Test
    void the_dispatcher_board_and_the_overdue_board_render_for_their_users() {
        assertThat(PageClient.loggedIn(port, "dispatcher").get("/board").body()).contains("<html").contains(
                "/actions/dispatch");
        assertThat(PageClient.loggedIn(port, "supervisor").get("/overdue").status()).isEqualTo(200);
        assertThat(PageClient.loggedIn(port, "agent").get("/warnings").status()).isEqualTo(200);
    }
}
