package com.griddesk.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Brings orders into the state a test needs through the real API, as the people of the demo world
 * would: the agent takes the call, the dispatcher sends it, a crew member or handler works it.
 */
public final class OrderFlow {

    private static final AtomicInteger PHONES = new AtomicInteger();

    private final ApiClient api;
    private final DemoData demo;
    private final JdbcClient jdbc;

    public OrderFlow(ApiClient api, DemoData demo, JdbcClient jdbc) {
        this.api = api;
        this.demo = demo;
        this.jdbc = jdbc;
    }

    /** A phone number no other test uses, so repeat-call detection never merges two tests' orders. */
    public static String newPhone() {
        return String.format("1377%07d", (PHONES.incrementAndGet() * 7919 + System.nanoTime() / 1000) % 10_000_000);
    }

    /** The member of staff as a request of theirs would see them, for calling services directly. */
    public com.griddesk.org.CurrentStaff staff(String username) {
        return jdbc.sql("""
                select s.id, s.username, s.full_name, s.unit_id, u.path, s.roles from staff s join org_unit u on u.id = s.unit_id
                where s.username = ?""").param(username)
                .query((rs, i) -> new com.griddesk.org.CurrentStaff(rs.getLong("id"), rs.getString("username"),
                        rs.getString("full_name"), rs.getLong("unit_id"), rs.getString("path"),
                        java.util.Arrays.stream((String[]) rs.getArray("roles").getArray())
                                .map(com.griddesk.org.Role::valueOf).collect(java.util.stream.Collectors.toSet())))
                .single();
    }

    public long staffId(String username) {
        return jdbc.sql("select id from staff where username = ?").param(username).query(Long.class).single();
    }

    /** A new order of the category for the nth customer of the station, created by the agent. */
    public String create(String stationCode, int nth, String category, String description) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf(stationCode, nth), newPhone()));
        body.put("category", category);
        body.put("description", description);
        body.put("insist", true);
        ApiClient.Response r = api.post("agent", "/api/v1/work-orders", body);
        if (r.status() != 201) {
            throw new IllegalStateException("could not create: " + r.raw().body());
        }
        return r.text("number");
    }

    public void dispatch(String number, String unitCode, String assignee) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unitCode);
        if (assignee != null) {
            body.put("assigneeId", staffId(assignee));
        }
        expect(api.post("dispatcher", "/api/v1/work-orders/" + number + "/dispatch", body), "dispatch");
    }

    /** Dispatched to the team, accepted and resolved by {@code handler} with the given responsibility. */
    public String resolved(String stationCode, int nth, String category, String team, String handler, String rootCause,
            String responsibility) {
        String number = create(stationCode, nth, category, "测试工单：" + category);
        dispatch(number, team, handler);
        expect(api.post(handler, "/api/v1/work-orders/" + number + "/accept", Map.of()), "accept");
        expect(api.post(handler, "/api/v1/work-orders/" + number + "/resolve",
                Map.of("result", "已处理完毕", "rootCause", rootCause, "responsibility", responsibility)), "resolve");
        return number;
    }

    /** A complaint resolved by its handler, after working through the complaint-handling guide's mandatory steps. */
    public String resolvedComplaint(String stationCode, int nth, String category, String team, String handler,
            String rootCause, String responsibility) {
        String number = create(stationCode, nth, category, "投诉：" + category);
        dispatch(number, team, handler);
        expect(api.post(handler, "/api/v1/work-orders/" + number + "/accept", Map.of()), "accept");
        workThroughGuide(number, handler);
        expect(api.post(handler, "/api/v1/work-orders/" + number + "/resolve",
                Map.of("result", "已向客户说明并处理", "rootCause", rootCause, "responsibility", responsibility)), "resolve");
        return number;
    }

    public void workThroughGuide(String number, String handler) {
        for (String step : new String[] { "LISTEN", "EMPATHISE", "ANALYSE", "PROPOSE", "ACT" }) {
            ApiClient.Response r = api.raw("PUT", "/api/v1/work-orders/" + number + "/complaint-guide/" + step,
                    "{\"done\": true, \"note\": \"已完成：" + step + "\"}", "application/json",
                    Map.of("Authorization", "Bearer " + api.token(handler)));
            expect(r, "guide " + step);
        }
    }

    public ApiClient.Response order(String number) {
        return api.get("supervisor", "/api/v1/work-orders/" + number);
    }

    private static void expect(ApiClient.Response r, String what) {
        if (r.status() != 200) {
            throw new IllegalStateException(what + " failed: " + r.raw().body());
        }
    }
}
