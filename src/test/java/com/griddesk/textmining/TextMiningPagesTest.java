package com.griddesk.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.griddesk.support.ApiTestBase;
import com.griddesk.support.PageClient;

import org.junit.jupiter.api.Test;

/** The pages: the suggestion as the agent types (fragment and page), the order card, the queues, the model admin. */
class TextMiningPagesTest extends ApiTestBase {

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void the_console_gets_the_suggestion_as_a_fragment_and_the_same_route_is_a_page_without_htmx() {
        PageClient agent = PageClient.loggedIn(port, "agent");
        String path = "/textmining/suggest?channel=PHONE&description=" + q("我家电表屏幕黑了，家里也没电了");

        PageClient.Page fragment = agent.htmx(path);
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"suggestion\"", "data-suggest-category=\"FAULT_REPAIR.METERING\"")
                .doesNotContain("<html");

        PageClient.Page page = agent.get(path);
        assertThat(page.body()).contains("<html", "id=\"try-form\"", "FAULT_REPAIR.METERING");

        assertThat(agent.get("/console").body()).contains("hx-get=\"/textmining/suggest\"", "id=\"text-suggestion\"");
    }

    @Test
    void bad_input_in_the_console_reads_as_a_message_not_an_error_page() {
        PageClient agent = PageClient.loggedIn(port, "agent");
        PageClient.Page r = agent.htmx("/textmining/suggest?channel=FAX&description=" + q("停电了"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("alert-danger", "渠道 FAX 无效");
        assertThat(agent.htmx("/textmining/suggest?description=").body()).contains("输入诉求描述后");
    }

    @Test
    void a_repeat_caller_sees_the_duplicate_as_the_agent_types() {
        String account = demo.customerOf("BJ-CQ-S2", 41);
        String first = api.post("agent", "/api/v1/work-orders", TextMiningFixtures.demand("PHONE",
                "我家电表箱门被撞坏了，电表歪着，家里没电", Map.of("accountNumber", account))).text("number");
        PageClient agent = PageClient.loggedIn(port, "agent");
        PageClient.Page r = agent.htmx("/textmining/suggest?channel=PHONE&accountNumber=" + account
                + "&description=" + q("电表箱门撞坏了那个事，家里还是没电"));
        assertThat(r.body()).contains("id=\"duplicates\"", first, "同一客户");
    }

    @Test
    void the_caller_card_shows_open_reports_of_the_neighbours_in_the_same_transformer_area() {
        String reporter = demo.customerOf("BJ-CQ-S1", 81);
        String neighbour = jdbc.sql("""
                select n.account_number from customer c join customer n on n.transformer_area = c.transformer_area
                where c.account_number = ? and n.account_number <> c.account_number order by n.id limit 1""")
                .param(reporter).query(String.class).single();
        String number = api.post("agent", "/api/v1/work-orders", TextMiningFixtures.demand("PHONE",
                "我们这一片好几户都没电了，请派人", Map.of("accountNumber", reporter))).text("number");
        String card = PageClient.loggedIn(port, "agent").htmx("/console/customers/" + neighbour).body();
        assertThat(card).contains("id=\"caller-duplicates\"", number);
    }

    @Test
    void the_order_page_shows_the_risk_with_reasons_and_the_classification() {
        String number = api.post("agent", "/api/v1/work-orders", TextMiningFixtures.demand("GOV_HOTLINE",
                "市民反映第三次来电，停电问题无人处理，表示要向媒体曝光并请律师", Map.of())).text("number");
        String html = PageClient.loggedIn(port, "supervisor").get("/orders/" + number).body();
        assertThat(html).contains("id=\"text-insight\"", "id=\"risk-reasons\"", "经 12345 政府热线转来", "提及媒体曝光",
                "自动分类", "升级风险预警");
    }

    @Test
    void the_risk_queue_and_topics_render_as_page_and_fragment() {
        api.post("agent", "/api/v1/work-orders", TextMiningFixtures.demand("REGULATOR",
                "12398转办：客户称要起诉供电公司，并联系了记者", Map.of()));
        PageClient coordinator = PageClient.loggedIn(port, "coordinator");
        assertThat(coordinator.get("/textmining/risk?min=60").body()).contains("<html", "risk-row");
        assertThat(coordinator.htmx("/textmining/risk?min=60").body()).contains("risk-row").doesNotContain("<html");
        PageClient supervisor = PageClient.loggedIn(port, "supervisor");
        assertThat(supervisor.get("/textmining/topics").body()).contains("<html", "id=\"topics-table\"");
        assertThat(supervisor.get("/textmining/topics?week=2025-W99").body()).contains("周次 2025-W99 格式不正确");
    }

    @Test
    void the_admin_page_lists_versions_and_others_may_not_see_it() {
        PageClient admin = PageClient.loggedIn(port, "admin");
        String html = admin.get("/admin/textmining").body();
        assertThat(html).contains("id=\"active-version\"", "id=\"versions\"", "id=\"retrain\"");
        assertThat(PageClient.loggedIn(port, "agent").get("/admin/textmining").body()).contains("无权操作");
    }
}
