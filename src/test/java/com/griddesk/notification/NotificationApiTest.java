package com.griddesk.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiClient;
import com.griddesk.support.PageClient;
import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.TimeLimitWarningRaised;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The notifications of an order over the API and on its page, staff in-app messages and the bell, templates, problems. */
class NotificationApiTest extends NotificationTestBase {

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(field == null ? n.asString() : n.get(field).asString()));
        return values;
    }

    @Test
    void a_new_order_sends_the_caller_an_sms_that_the_order_api_shows_as_delivered() {
        String phone = newMobile();
        String number = createFaultOrder("BJ-CQ-S1", 41, phone);

        var list = api.get("dispatcher", "/api/v1/work-orders/" + number + "/notifications");
        assertThat(list.status()).isEqualTo(200);
        JsonNode sms = list.body().get(0);
        assertThat(sms.get("event").asString()).isEqualTo("ORDER_RECEIVED");
        assertThat(sms.get("status").asString()).isEqualTo("QUEUED");
        assertThat(sms.get("maskedAddress").asString()).contains("****");

        awaitStatus(sms.get("id").asLong(), DeliveryStatus.DELIVERED);
        var received = smsc.receivedBy(phone);
        assertThat(received).singleElement().satisfies(m -> assertThat(m.text()).contains(number).contains("前答复"));
        JsonNode after = api.get("dispatcher", "/api/v1/work-orders/" + number + "/notifications").body().get(0);
        assertThat(after.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(after.get("deliveredAt").asString()).isNotBlank();
        assertThat(values(after.get("gatewayMessageIds"), null)).isEqualTo(received.get(0).messageIds());
    }

    @Test
    void notifications_of_an_order_outside_the_callers_units_or_unknown_are_404_problems() {
        String hash = passwords.encode(ApiClient.DEMO_PASSWORD);
        jdbc.sql("""
                insert into staff (username, password_hash, full_name, unit_id, roles)
                select 'notify_s2_dispatcher', ?, '二所调度', id, ? from org_unit where code = 'BJ-CQ-S2'
                on conflict (username) do nothing""").param(hash).param(new String[] { "DISPATCHER" }).update();
        String number = createFaultOrder("BJ-CQ-S1", 42, newMobile());

        var outside = api.get("notify_s2_dispatcher", "/api/v1/work-orders/" + number + "/notifications");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.header("Content-Type")).startsWith("application/problem+json");
        assertThat(outside.text("code")).isEqualTo("work-order-not-found");
        var unknown = api.get("supervisor", "/api/v1/work-orders/GD209901010000001/notifications");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("type")).isEqualTo("https://griddesk.org/problems/work-order-not-found");
        assertThat(api.get("supervisor", "/api/v1/notifications/999999999").text("code")).isEqualTo("notification-not-found");
    }

    @Test
    void dispatching_to_a_person_puts_an_assignment_in_their_inbox_and_the_bell_counts_it() {
        String number = createFaultOrder("BJ-JN-S1", 43, newMobile());
        long crew = staffId("crew");
        String crewUnit = unitOf("crew");
        PageClient page = PageClient.loggedIn(port, "crew");
        int before = unread(page);

        var dispatched = api.post("dispatcher", "/api/v1/work-orders/" + number + "/dispatch",
                Map.of("unitCode", crewUnit, "assigneeId", crew));
        assertThat(dispatched.status()).as(dispatched.raw().body()).isEqualTo(200);

        assertThat(unread(page)).isEqualTo(before + 1);
        PageClient.Page inbox = page.get("/notifications");
        assertThat(inbox.body()).contains("<html").contains("新工单 " + number);
        assertThat(page.htmx("/notifications").body()).doesNotContain("<html").contains("id=\"inbox\"");
        assertThat(page.get("/queue").body()).contains("id=\"notification-bell\"");

        var events = values(api.get("dispatcher", "/api/v1/work-orders/" + number + "/notifications").body(), "event");
        assertThat(events).contains("ORDER_RECEIVED", "ORDER_DISPATCHED", "ASSIGNMENT");
        assertThat(page.follow(page.form("/notifications/read-all", Map.of())).status()).isEqualTo(200);
        assertThat(unread(page)).isZero();
    }

    @Test
    void a_reminder_and_a_red_warning_reach_the_assignee_in_app() {
        String number = createFaultOrder("BJ-JN-S1", 44, newMobile());
        long crew = staffId("crew");
        assertThat(api.post("dispatcher", "/api/v1/work-orders/" + number + "/dispatch",
                Map.of("unitCode", unitOf("crew"), "assigneeId", crew)).status()).isEqualTo(200);
        assertThat(api.post("agent", "/api/v1/work-orders/" + number + "/remind", Map.of("note", "客户再次来电")).status()).isEqualTo(200);
        long orderId = jdbc.sql("select id from work_order where number = ?").param(number).query(Long.class).single();
        transactions.executeWithoutResult(tx -> events.publishEvent(new TimeLimitWarningRaised(orderId, number,
                ClockName.ARRIVE, "RED", 0, crew, "ASSIGNEE", Instant.parse("2026-11-23T02:00:00Z"), clock.instant(), 1)));

        var events = values(api.get("supervisor", "/api/v1/work-orders/" + number + "/notifications").body(), "event");
        assertThat(events).contains("REMINDER", "WARNING_RED");
        String inbox = PageClient.loggedIn(port, "crew").get("/notifications").body();
        assertThat(inbox).contains("催办 " + number).contains("红色预警（超时）" + number).contains("到达现场");
    }

    @Test
    void the_order_page_shows_the_notifications_card() {
        String number = createFaultOrder("BJ-CQ-S1", 45, newMobile());
        String body = PageClient.loggedIn(port, "dispatcher").get("/orders/" + number).body();
        assertThat(body).contains("id=\"order-notifications\"").contains("受理通知").contains("短信").contains("****");
    }

    @Test
    void an_administrator_edits_a_template_and_unknown_variables_are_a_422() {
        String path = "/api/v1/notification-templates/ORDER_RESOLVED/SMS/en";
        var bad = api.request("admin", "PUT", path, Map.of("body", "Order {orderNumber} done by {crewName}"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text("code")).isEqualTo("validation-failed");
        assertThat(bad.body().get("errors").get(0).get("message").asString()).contains("crewName");
        assertThat(api.request("agent", "PUT", path, Map.of("body", "x")).status()).isEqualTo(403);

        var preview = api.post("admin", path + "/preview", Map.of("body", "[Power Service] Order {orderNumber} is done."));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text("body")).isEqualTo("[Power Service] Order GD202611230000123 is done.");
        assertThat(preview.body().get("smsParts").asInt()).isEqualTo(1);

        var all = api.get("admin", "/api/v1/notification-templates");
        // every customer event by SMS and e-mail, every staff event in-app, each in Chinese and English
        long customerEvents = java.util.Arrays.stream(NotificationEvent.values())
                .filter(e -> e.audience() == NotificationEvent.Audience.CUSTOMER).count();
        long staffEvents = NotificationEvent.values().length - customerEvents;
        assertThat(customerEvents).isEqualTo(10);
        assertThat(all.body()).hasSize((int) (customerEvents * 2 * 2 + staffEvents * 2));
        var saved = api.request("admin", "PUT", "/api/v1/notification-templates/CALLBACK_SURVEY/SMS/en",
                Map.of("body", "[Power Service] How did we do on {orderNumber}? {surveyLink}"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text("body")).isEqualTo("[Power Service] How did we do on {orderNumber}? {surveyLink}");
        assertThat(api.request("admin", "PUT", "/api/v1/notification-templates/ORDER_RESOLVED/SMS/fr", Map.of("body", "x"))
                .text("code")).isEqualTo("notification-template-not-found");
        assertThat(PageClient.loggedIn(port, "admin").get("/admin/notification-templates").body())
                .contains("id=\"templates\"").contains("满意度调查");
    }

    @Test
    void preferences_refuse_a_bad_email_and_a_foreign_customer_is_404() {
        String account = demo.customerOf("BJ-CQ-S1", 46);
        var bad = api.request("agent", "PUT", "/api/v1/customers/" + account + "/notification-preferences",
                Map.of("email", "not-an-address", "locale", "fr"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("errors")).hasSize(2);
        var ok = api.request("agent", "PUT", "/api/v1/customers/" + account + "/notification-preferences",
                Map.of("email", "zhao@example.cn", "smsEnabled", false, "locale", "en"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("smsEnabled").asBoolean()).isFalse();
        assertThat(api.get("agent", "/api/v1/customers/0000000000/notification-preferences").status()).isEqualTo(404);
        assertThat(api.get("agent", "/api/v1/customers/" + account + "/notifications").status()).isEqualTo(200);
    }

    @Test
    void the_failed_deliveries_page_lists_failures_and_is_for_supervisors() {
        long id = send(key("nowhere"), NotificationEvent.ORDER_RESOLVED, Channel.EMAIL, "ghost@example.cn", Map.of("orderNumber", "GD1"));
        jdbc.sql("update notification set status = 'FAILED', failed_at = now(), last_error = 'SMTP refused the recipient' where id = ?")
                .param(id).update();
        PageClient supervisor = PageClient.loggedIn(port, "supervisor");
        String page = supervisor.get("/admin/notifications/failed").body();
        assertThat(page).contains("<html").contains("SMTP refused the recipient");
        assertThat(supervisor.htmx("/admin/notifications/failed").body()).doesNotContain("<html").contains("id=\"failed\"");
        assertThat(PageClient.loggedIn(port, "agent").get("/admin/notifications/failed").status()).isEqualTo(403);
    }

    @Test
    void the_demo_gateway_page_shows_what_the_smsc_received() {
        String phone = newMobile();
        long id = send(key("demo"), NotificationEvent.ORDER_RESOLVED, Channel.SMS, phone, Map.of("orderNumber", "GD202611239999999"));
        awaitStatus(id, DeliveryStatus.DELIVERED);
        String page = PageClient.loggedIn(port, "agent").get("/demo/gateways").body();
        assertThat(page).contains("id=\"demo-sms\"").contains(phone).contains("GD202611239999999");
    }

    private String unitOf(String username) {
        return jdbc.sql("select u.code from staff s join org_unit u on u.id = s.unit_id where s.username = ?")
                .param(username).query(String.class).single();
    }

    private static int unread(PageClient page) {
        String bell = page.htmx("/notifications/bell").body();
        var m = java.util.regex.Pattern.compile("badge[^>]*>(\\d+)<").matcher(bell);
        assertThat(m.find()).as(bell).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
