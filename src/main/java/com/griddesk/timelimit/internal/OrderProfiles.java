package com.griddesk.timelimit.internal;

import java.util.Optional;

import com.griddesk.timelimit.OrderProfile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each order's clocks are computed from, and the rule-set version it keeps. */
@Repository
class OrderProfiles {

    record Stored(OrderProfile profile, int ruleSetVersion) {
    }

    private final JdbcClient jdbc;

    OrderProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long orderId, String number, OrderProfile p, int version) {
        jdbc.sql("""
                insert into order_time_profile (order_id, order_number, rule_set_version, code, channel, region_class, customer_class)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (order_id) do nothing""")
                .param(orderId).param(number).param(version).param(p.code()).param(p.channel()).param(p.regionClass())
                .param(p.customerClass()).update();
    }

    Optional<Stored> of(long orderId) {
        return jdbc.sql("select code, channel, region_class, customer_class, rule_set_version from order_time_profile where order_id = ?")
                .param(orderId)
                .query((rs, i) -> new Stored(new OrderProfile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), rs.getInt(5)))
                .optional();
    }
}
