package com.griddesk.timelimit.internal;

import java.util.Optional;

import com.griddesk.timelimit.OrderProfile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each order's clocks are computed from, and the rule-set version it keeps. */
@Repository
class OrderProfiles {

    record Stored(OrderProfile profile, int ruleSetVersion, int round) {
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
        return jdbc.sql("""
                select code, channel, region_class, customer_class, rule_set_version, round from order_time_profile
                where order_id = ?""")
                .param(orderId)
                .query((rs, i) -> new Stored(new OrderProfile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), rs.getInt(5), rs.getInt(6)))
                .optional();
    }

    /** The clocks' round the order is in (1 for an order without a profile). */
    int round(long orderId) {
        return of(orderId).map(Stored::round).orElse(1);
    }

    /** The order is worked again (rework, reopen): its next clocks belong to a new round; returns it. */
    int nextRound(long orderId) {
        return jdbc.sql("update order_time_profile set round = round + 1 where order_id = ? returning round")
                .param(orderId).query(Integer.class).optional().orElse(1);
    }
}
