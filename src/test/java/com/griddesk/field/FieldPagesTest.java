package com.griddesk.field;

import java.util.Map;

import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;
import com.griddesk.support.PageClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The phone pages: whole page or the work section alone, actions by form post, and problems explained. */
class FieldPagesTest extends ApiTestBase {

    static final String CREW = FieldApiTest.CREW;

    OrderFlow flow;

    @BeforeEach
    void flow() {
        flow = new OrderFlow(api, demo, jdbc);
    }

    String dispatched(int nth) {
        String number = flow.create("BJ-CQ-S1", nth, "FAULT_REPAIR.LOW_VOLTAGE", "楼道灯不亮，家里也没电");
        flow.dispatch(number, "BJ-CQ-S1-REPAIR", CREW);
        return number;
    }

    @Test
    void the_order_list_shows_the_crews_order_and_the_fragment_is_only_the_list() {
        String number = dispatched(41);
        PageClient crew = PageClient.loggedIn(port, CREW);

        PageClient.Page page = crew.get("/m");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html").contains("manifest.webmanifest").contains("data-number=\"" + number + "\"");

        PageClient.Page fragment = crew.htmx("/m");
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"my-orders\"").contains(number);
    }

    @Test
    void the_order_page_offers_accept_and_a_form_post_takes_it_then_check_in() {
        String number = dispatched(42);
        PageClient crew = PageClient.loggedIn(port, CREW);

        PageClient.Page page = crew.get("/m/orders/" + number);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"do-accept\"").contains("id=\"navigate\"").contains("uri.amap.com");
        assertThat(crew.htmx("/m/orders/" + number).body()).doesNotContain("<html").startsWith("<section id=\"order-work\"");

        PageClient.Page accepted = crew.form("/m/orders/" + number + "/accept", Map.of());
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).endsWith("/m/orders/" + number);
        PageClient.Page after = crew.follow(accepted);
        assertThat(after.body()).doesNotContain("id=\"do-accept\"").contains("id=\"do-check-in\"").contains("id=\"do-on-the-way\"");
    }

    @Test
    void a_refused_action_shows_the_problem_on_the_page() {
        String number = dispatched(43);
        PageClient crew = PageClient.loggedIn(port, CREW);
        crew.get("/m/orders/" + number);

        PageClient.Page refused = crew.form("/m/orders/" + number + "/check-in", Map.of("latitude", "30.2", "longitude", "120.2"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("alert-danger").contains("id=\"order-work\"");
    }

    @Test
    void calling_the_customer_unmasks_the_phone_and_records_it() {
        String number = dispatched(44);
        PageClient crew = PageClient.loggedIn(port, CREW);
        long before = jdbc.sql("select count(*) from phone_reveal where order_number = ?").param(number).query(Long.class).single();

        PageClient.Page call = crew.get("/m/orders/" + number + "/call");

        assertThat(call.status()).isEqualTo(302);
        assertThat(call.location()).matches("tel:1\\d{10}");
        assertThat(jdbc.sql("select count(*) from phone_reveal where order_number = ?").param(number).query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void the_install_files_are_public_and_the_pages_are_not() {
        PageClient anonymous = new PageClient(port);
        PageClient.Page manifest = anonymous.get("/m/manifest.webmanifest");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/manifest+json");
        assertThat(manifest.body()).contains("\"start_url\": \"/m\"");
        PageClient.Page worker = anonymous.get("/m/sw.js");
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.body()).contains("addEventListener('fetch'");
        assertThat(anonymous.get("/m").status()).isEqualTo(302);
    }
}
