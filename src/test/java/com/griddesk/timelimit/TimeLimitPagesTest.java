package com.griddesk.timelimit;

import java.util.Map;

import com.griddesk.support.ApiTestBase;
import com.griddesk.support.PageClient;
import com.griddesk.support.PageClient.Page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators keep the rules and the calendar from pages; others may look but not change. */
class TimeLimitPagesTest extends ApiTestBase {

    @Test
    void the_rule_page_lists_the_version_in_force_and_an_admin_adds_a_rule_to_a_draft() {
        PageClient admin = PageClient.loggedIn(port, "admin");
        Page page = admin.get("/admin/time-limits");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("十项承诺").contains("id=\"add-rule\"");

        Page added = admin.form("/admin/time-limits/draft/rules", Map.of("code", "CONSULTATION.SAFETY", "clockName",
                "REPLY", "amount", "2", "unit", "WORKING_DAYS", "source", "页面测试"));
        assertThat(added.status()).isEqualTo(302);
        String after = admin.follow(added).body();
        assertThat(after).contains("页面测试").contains("id=\"publish\"");
        long draftRules = jdbc.sql("""
                select count(*) from time_rule r join time_rule_set s on s.version = r.rule_set_version
                where s.status = 'DRAFT' and r.source = '页面测试'""").query(Long.class).single();
        assertThat(draftRules).isEqualTo(1);
    }

    @Test
    void a_bad_rule_is_refused_with_a_readable_message() {
        PageClient admin = PageClient.loggedIn(port, "admin");
        admin.get("/admin/time-limits");
        Page refused = admin.form("/admin/time-limits/draft/rules", Map.of("code", "NO_SUCH_CODE", "clockName", "REPLY",
                "amount", "2", "unit", "HOURS"));
        assertThat(admin.follow(refused).body()).contains("alert-danger").doesNotContain("Exception");
    }

    @Test
    void an_admin_marks_a_holiday_on_the_calendar_page_and_removes_it_again() {
        PageClient admin = PageClient.loggedIn(port, "admin");
        Page year = admin.get("/admin/calendar?year=2026");
        assertThat(year.body()).contains("2026-10-01").contains("国庆");

        Page saved = admin.form("/admin/calendar/days", Map.of("day", "2031-06-03", "kind", "HOLIDAY", "name", "测试假日"));
        assertThat(saved.location()).endsWith("/admin/calendar?year=2031");
        assertThat(admin.follow(saved).body()).contains("测试假日");
        assertThat(admin.htmx("/admin/calendar?year=2031").body()).doesNotContain("<html").contains("id=\"day-2031-06-03\"");

        Page removed = admin.form("/admin/calendar/days/2031-06-03/delete", Map.of());
        assertThat(admin.follow(removed).body()).doesNotContain("测试假日");
    }

    @Test
    void a_non_admin_sees_the_calendar_but_cannot_change_it() {
        PageClient supervisor = PageClient.loggedIn(port, "supervisor");
        String page = supervisor.get("/admin/calendar?year=2026").body();
        assertThat(page).contains("2026-10-01").doesNotContain("id=\"put-day\"");
        Page refused = supervisor.form("/admin/calendar/days", Map.of("day", "2031-06-04", "kind", "HOLIDAY"));
        assertThat(supervisor.follow(refused).body()).contains("alert-danger");
        assertThat(jdbc.sql("select count(*) from calendar_day where day = date '2031-06-04'").query(Long.class).single())
                .isZero();
    }

    @Test
    void the_warning_badge_is_a_bare_count_for_htmx_polling() {
        String badge = PageClient.loggedIn(port, "supervisor").htmx("/warnings/badge").body();
        assertThat(badge).matches("\\d+");
    }
}
