package com.griddesk.outage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiClient;
import com.griddesk.support.DemoData;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A feeder of its own for a test: imported through the topology API, with its transformer areas
 * and their customers written as fixture rows. Every feeder gets fresh codes, account numbers and
 * phones, so tests sharing the application never meet each other's outages.
 */
public final class OutageTestWorld {

    public record Caller(String accountNumber, String phone, String area) {
    }

    public record TestFeeder(String code, String stationCode, List<String> areas, List<Caller> callers) {

        Map<String, Object> faultCall(int i) {
            Caller c = callers.get(i);
            Map<String, Object> body = new HashMap<>(DemoData.faultCall(c.accountNumber(), c.phone()));
            body.put("description", "停电了，整片都没电（" + c.area() + "）");
            return body;
        }
    }

    private OutageTestWorld() {
    }

    /** A feeder of {@code areas} transformer areas with {@code perArea} customers each, at the station. */
    public static TestFeeder feeder(JdbcClient jdbc, ApiClient api, String stationCode, int areas, int perArea) {
        int n = jdbc.sql("select coalesce(max(substring(code from 3)::int), 0) + 1 from grid_feeder where code ~ '^TF[0-9]+$'")
                .query(Integer.class).single();
        String feeder = "TF" + n;
        StringBuilder csv = new StringBuilder(String.join(",", List.of("substation_code", "substation_name",
                "feeder_code", "feeder_name", "area_code", "area_name", "station_code")) + "\n");
        List<String> codes = new ArrayList<>();
        for (int a = 1; a <= areas; a++) {
            String area = feeder + "-T" + String.format("%02d", a);
            codes.add(area);
            csv.append("TS").append(n).append(",110kV测试").append(n).append("变,").append(feeder).append(",10kV测试")
                    .append(n).append("线,").append(area).append(",测试").append(a).append("号台区,").append(stationCode)
                    .append('\n');
        }
        ApiClient.Response imported = api.raw("POST", "/api/v1/grid/import", csv.toString(), "text/csv",
                Map.of("Authorization", "Bearer " + api.token("admin")));
        if (imported.status() != 200) {
            throw new IllegalStateException("topology import failed: " + imported.raw().body());
        }
        long stationId = jdbc.sql("select id from org_unit where code = ?").param(stationCode).query(Long.class).single();
        List<Caller> callers = new ArrayList<>();
        for (int i = 0; i < areas * perArea; i++) {
            String area = codes.get(i % areas);
            String account = String.format("38%04d%05d", n % 10000, i);
            String phone = String.format("136%04d%04d", n % 10000, i);
            jdbc.sql("""
                    insert into customer (account_number, name, phone, address, customer_class, voltage_level, station_id,
                        transformer_area, transformer_area_name, feeder, feeder_name)
                    values (?, ?, ?, ?, 'RESIDENTIAL', 'V220', ?, ?, ?, ?, ?)""")
                    .param(account).param("测试户" + i).param(phone).param("江滨街道测试路" + i + "号").param(stationId)
                    .param(area).param(area + "台区").param(feeder).param("10kV测试" + n + "线").update();
            callers.add(new Caller(account, phone, area));
        }
        return new TestFeeder(feeder, stationCode, codes, callers);
    }
}
