package com.griddesk.improvement;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiClient;
import com.griddesk.support.DemoData;
import com.griddesk.support.OrderFlow;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/** Fault orders of customers of one transformer area, taken to resolved through the API as the demo staff would. */
final class ImprovementFixture {

    static final String STATION = "BJ-JN-S3";
    static final String TEAM = "BJ-JN-S3-REPAIR";
    static final String CREW = "bjjns3repairc1";

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final OrderFlow flow;

    ImprovementFixture(ApiClient api, DemoData demo, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
        this.flow = new OrderFlow(api, demo, jdbc);
    }

    /** The nth transformer area of the station (by code) that has at least {@code customers} customers without open orders. */
    String area(int nth, int customers) {
        return jdbc.sql("""
                select c.transformer_area from customer c join org_unit u on u.id = c.station_id
                where u.code = ? and c.transformer_area is not null and c.customer_class = 'RESIDENTIAL'
                  and not exists (select 1 from work_order o where o.customer_id = c.id
                                  and o.status not in ('CLOSED', 'CANCELLED', 'MERGED'))
                group by c.transformer_area having count(*) >= ? order by c.transformer_area offset ? limit 1""")
                .param(STATION).param(customers).param(nth).query(String.class).single();
    }

    List<String> customersOf(String area, int count) {
        return jdbc.sql("""
                select c.account_number from customer c where c.transformer_area = ? and c.customer_class = 'RESIDENTIAL'
                  and not exists (select 1 from work_order o where o.customer_id = c.id
                                  and o.status not in ('CLOSED', 'CANCELLED', 'MERGED'))
                order by c.id limit ?""").param(area).param(count).query(String.class).list();
    }

    /** Created, dispatched to the station's repair crew and accepted: ready to resolve. */
    String accepted(String account) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(account, OrderFlow.newPhone()));
        body.put("insist", true);
        ApiClient.Response created = api.post("agent", "/api/v1/work-orders", body);
        if (created.status() != 201) {
            throw new IllegalStateException(created.raw().body());
        }
        String number = created.text("number");
        flow.dispatch(number, TEAM, CREW);
        expect(api.post(CREW, "/api/v1/work-orders/" + number + "/accept", Map.of()));
        return number;
    }

    void resolve(String number, String rootCause) {
        resolve(number, rootCause, "COMPANY");
    }

    void resolve(String number, String rootCause, String responsibility) {
        expect(api.post(CREW, "/api/v1/work-orders/" + number + "/resolve",
                Map.of("result", "已处理", "rootCause", rootCause, "responsibility", responsibility)));
    }

    long occurrences(String number) {
        return jdbc.sql("select count(*) from improvement_occurrence where order_number = ?").param(number)
                .query(Long.class).single();
    }

    List<Long> openActionsOfCause(String rootCause) {
        return jdbc.sql("select id from improvement_action where root_cause = ? and state <> 'VERIFIED'")
                .param(rootCause).query(Long.class).list();
    }

    /** Waits until the detector has seen the order (its listener runs after the resolve commits). */
    void awaitRecorded(String number) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from improvement_occurrence where order_number = ?").param(number).query(Long.class).single() == 1);
    }

    List<Long> openActions(ScopeKind kind, String code, String rootCause) {
        return jdbc.sql("""
                select id from improvement_action where scope_kind = ? and scope_code = ? and root_cause = ?
                and state <> 'VERIFIED'""").param(kind.name()).param(code).param(rootCause).query(Long.class).list();
    }

    long linkedOrders(long actionId) {
        return jdbc.sql("select count(*) from improvement_action_order where action_id = ?").param(actionId)
                .query(Long.class).single();
    }

    /** An action proposed for the area by resolving {@code threshold} orders of the cause there. */
    long proposed(String area, String rootCause, int threshold) {
        for (String account : customersOf(area, threshold)) {
            String number = accepted(account);
            resolve(number, rootCause);
            awaitRecorded(number);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> openActions(ScopeKind.TRANSFORMER_AREA, area, rootCause).size() == 1);
        return openActions(ScopeKind.TRANSFORMER_AREA, area, rootCause).get(0);
    }

    long staffId(String username) {
        return flow.staffId(username);
    }

    private static void expect(ApiClient.Response r) {
        if (r.status() != 200) {
            throw new IllegalStateException(r.raw().body());
        }
    }
}
