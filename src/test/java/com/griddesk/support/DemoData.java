package com.griddesk.support;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up demo-world facts that tests need, instead of hard-coding generated values. */
public final class DemoData {

    private final JdbcClient jdbc;

    public DemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers with an order still open in the demo history, fixed at first use so that lookups stay stable. */
    private static volatile Long[] busy;

    /**
     * The nth residential customer of the station with the given code (counting round if it has fewer),
     * leaving out those the demo history left with an open order, whose calls would become reminders.
     */
    public String customerOf(String stationCode, int nth) {
        Long[] excluded = busy();
        long count = jdbc.sql("""
                select count(*) from customer c join org_unit u on u.id = c.station_id
                where u.code = ? and c.customer_class = 'RESIDENTIAL' and c.id <> all(?)""")
                .param(stationCode).param(excluded).query(Long.class).single();
        return jdbc.sql("""
                select c.account_number from customer c join org_unit u on u.id = c.station_id
                where u.code = ? and c.customer_class = 'RESIDENTIAL' and c.id <> all(?) order by c.id offset ? limit 1""")
                .param(stationCode).param(excluded).param(nth % count).query(String.class).single();
    }

    private Long[] busy() {
        if (busy == null) {
            synchronized (DemoData.class) {
                if (busy == null) {
                    busy = jdbc.sql("""
                            select distinct customer_id from work_order
                            where customer_id is not null and status not in ('CLOSED', 'CANCELLED', 'MERGED')""")
                            .query(Long.class).list().toArray(Long[]::new);
                }
            }
        }
        return busy;
    }

    public Map<String, Object> customerRow(String accountNumber) {
        return jdbc.sql("select * from customer where account_number = ?").param(accountNumber).query().singleRow();
    }

    public long orderCount(String where, Object... params) {
        var spec = jdbc.sql("select count(*) from work_order where " + where);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    public static Map<String, Object> faultCall(String accountNumber, String phone) {
        return Map.of("channel", "PHONE", "category", "FAULT_REPAIR.LOW_VOLTAGE", "accountNumber", accountNumber,
                "contactName", "测试客户", "contactPhone", phone, "address", "江滨街道江滨路8号",
                "description", "家里和邻居都没电了，请尽快派人来看看");
    }
}
