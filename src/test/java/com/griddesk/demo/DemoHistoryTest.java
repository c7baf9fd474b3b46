package com.griddesk.demo;

import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiTestBase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo history is a realistic, consistent two years of orders (the tests' world is a small copy). */
class DemoHistoryTest extends ApiTestBase {

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void about_the_configured_number_of_orders_spread_over_two_years_with_every_type_and_channel() {
        long demoOrders = count("select count(*) from work_order where created_at < now() - interval '1 hour'");
        assertThat(demoOrders).isBetween(2700L, 3300L);
        assertThat(count("select count(distinct type_code) from work_order")).isEqualTo(9);
        assertThat(count("select count(distinct channel) from work_order")).isGreaterThanOrEqualTo(7);
        assertThat(count("select extract(day from max(created_at) - min(created_at))::bigint from work_order"))
                .isGreaterThan(700);
        // summer brings more faults than spring
        Map<String, Long> byMonth = Map.of(
                "summer", count("""
                        select count(*) from work_order where type_code = 'FAULT_REPAIR'
                        and extract(month from created_at) in (7, 8)"""),
                "spring", count("""
                        select count(*) from work_order where type_code = 'FAULT_REPAIR'
                        and extract(month from created_at) in (3, 4)"""));
        assertThat(byMonth.get("summer")).isGreaterThan(byMonth.get("spring"));
    }

    @Test
    void every_resolved_order_has_a_root_cause_offered_for_its_type_and_a_responsibility() {
        assertThat(count("""
                select count(*) from work_order where resolved_at is not null and not first_contact_resolution
                and (root_cause is null or responsibility is null)""")).isZero();
        assertThat(count("""
                select count(*) from work_order o join root_cause c on c.code = o.root_cause
                where not (o.type_code = any(c.types))""")).isZero();
    }

    @Test
    void each_timeline_starts_with_creation_and_ends_in_the_order_s_status() {
        assertThat(count("""
                select count(*) from work_order o where (select action from work_order_timeline t
                where t.order_id = o.id order by t.id limit 1) <> 'CREATED'""")).isZero();
        assertThat(count("""
                select count(*) from work_order o where o.status <> (select t.to_status from work_order_timeline t
                where t.order_id = o.id and t.to_status is not null order by t.id desc limit 1)""")).isZero();
        assertThat(count("select count(*) from work_order_timeline where action = 'RETURNED'")).isPositive();
        assertThat(count("select count(*) from work_order_timeline where action = 'REOPENED'")).isPositive();
    }

    @Test
    void finished_orders_ran_stopped_clocks_and_open_ones_run_live_clocks() {
        assertThat(count("""
                select count(*) from order_clock c join work_order o on o.id = c.order_id
                where o.status in ('CLOSED', 'CANCELLED') and c.state in ('RUNNING', 'PAUSED')""")).isZero();
        assertThat(count("""
                select count(*) from order_clock c join work_order o on o.id = c.order_id
                where o.status = 'CLOSED' and c.clock = 'REPLY' and c.stopped_at <= c.deadline""")).isPositive();
        List<String> open = jdbc.sql("select number from work_order where status in ('NEW', 'DISPATCHED', 'ACCEPTED', "
                + "'IN_PROGRESS', 'RESOLVED') and created_at < now() - interval '1 hour'").query(String.class).list();
        assertThat(open).isNotEmpty();
        assertThat(count("select count(*) from order_clock where state = 'RUNNING' and order_number in ('"
                + String.join("','", open) + "')")).isPositive();
    }

    @Test
    void most_fault_orders_meet_their_dispatch_and_arrival_limits_as_a_well_run_company_does() {
        double dispatchMet = jdbc.sql("""
                select avg(case when stopped_at <= deadline then 1.0 else 0 end) from order_clock
                where clock = 'DISPATCH' and state = 'STOPPED'""").query(Double.class).single();
        double arrivalMet = jdbc.sql("""
                select avg(case when stopped_at <= deadline then 1.0 else 0 end) from order_clock
                where clock = 'ARRIVE' and state = 'STOPPED'""").query(Double.class).single();
        assertThat(dispatchMet).isBetween(0.85, 0.99);
        assertThat(arrivalMet).isBetween(0.75, 0.99);
    }
}
