package com.griddesk.outage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calls attached to events: fault orders their crews work, and consultations answered from their information. */
@Repository
public class OutageCalls {

    public enum Role {
        FAULT_CALL, INFORMED
    }

    public record Call(long orderId, String orderNumber, long eventId, Role role, Long customerId, String areaCode,
            String contactPhone, boolean answered, int reminders, Instant attachedAt) {
    }

    private static final String COLUMNS = """
            order_id, order_number, event_id, role, customer_id, area_code, contact_phone, answered, reminders, attached_at""";

    private final JdbcClient jdbc;

    OutageCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the order is attached already (to this event or another): an order belongs to one event. */
    public boolean attach(Call c) {
        return jdbc.sql("insert into outage_order (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) on conflict do nothing")
                .param(c.orderId()).param(c.orderNumber()).param(c.eventId()).param(c.role().name()).param(c.customerId())
                .param(c.areaCode()).param(c.contactPhone()).param(c.answered()).param(Sql.ts(c.attachedAt()))
                .update() == 1;
    }

    public Optional<Call> ofOrder(long orderId) {
        return jdbc.sql("select " + COLUMNS + " from outage_order where order_id = ?").param(orderId)
                .query(OutageCalls::call).optional();
    }

    public List<Call> ofEvent(long eventId) {
        return jdbc.sql("select " + COLUMNS + " from outage_order where event_id = ? order by attached_at, order_id")
                .param(eventId).query(OutageCalls::call).list();
    }

    public List<Call> ofEvent(long eventId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outage_order where event_id = ? order by attached_at, order_id limit ?")
                .param(eventId).param(limit).query(OutageCalls::call).list();
    }

    /** How many calls an event heard: fault calls, questions, questions answered on the call, repeat calls. */
    public record Counts(long faultCalls, long questions, long answered, long repeats, Instant lastCall) {
    }

    public Counts counts(long eventId) {
        return jdbc.sql("""
                select count(*) filter (where role = 'FAULT_CALL'), count(*) filter (where role = 'INFORMED'),
                       count(*) filter (where role = 'INFORMED' and answered), coalesce(sum(reminders), 0),
                       max(attached_at) as last_call
                from outage_order where event_id = ?""").param(eventId)
                .query((rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        Sql.instant(rs, "last_call"))).single();
    }

    /** Moves the calls from the given areas to another event (a split). */
    public List<Call> moveAreas(long fromEventId, java.util.Collection<String> areas, long toEventId) {
        List<Call> moved = jdbc.sql("select " + COLUMNS + " from outage_order where event_id = ? and area_code = any(?)")
                .param(fromEventId).param(areas.toArray(String[]::new)).query(OutageCalls::call).list();
        jdbc.sql("update outage_order set event_id = ? where event_id = ? and area_code = any(?)").param(toEventId)
                .param(fromEventId).param(areas.toArray(String[]::new)).update();
        return moved;
    }

    /** Lets go of every call of a dissolved group; returns them. */
    public List<Call> release(long eventId) {
        List<Call> released = ofEvent(eventId);
        jdbc.sql("delete from outage_order where event_id = ?").param(eventId).update();
        return released;
    }

    public void reminded(long orderId) {
        jdbc.sql("update outage_order set reminders = reminders + 1 where order_id = ?").param(orderId).update();
    }

    /** A fault call not in a group yet. */
    public record Loose(long orderId, String orderNumber, long customerId, String areaCode, Instant calledAt) {
    }

    public void loose(long orderId, String orderNumber, long customerId, String feederCode, String areaCode, Instant at) {
        jdbc.sql("""
                insert into outage_loose_call (order_id, order_number, customer_id, feeder_code, area_code, called_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .param(orderId).param(orderNumber).param(customerId).param(feederCode).param(areaCode)
                .param(Sql.ts(at)).update();
    }

    /** The feeder's loose calls since {@code since}, oldest first; older ones are swept away. */
    public List<Loose> looseOnFeeder(String feederCode, Instant since) {
        jdbc.sql("delete from outage_loose_call where feeder_code = ? and called_at < ?").param(feederCode)
                .param(Sql.ts(since)).update();
        return jdbc.sql("""
                select order_id, order_number, customer_id, area_code, called_at from outage_loose_call
                where feeder_code = ? order by called_at, order_id""").param(feederCode)
                .query((rs, i) -> new Loose(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        Sql.instant(rs, "called_at")))
                .list();
    }

    public void grouped(java.util.Collection<Long> orderIds) {
        jdbc.sql("delete from outage_loose_call where order_id = any(?)").param(orderIds.toArray(Long[]::new)).update();
    }

    public void stillOut(long orderId, String orderNumber, long eventId, Instant at) {
        jdbc.sql("insert into outage_still_out (order_id, order_number, event_id, reported_at) values (?, ?, ?, ?) on conflict do nothing")
                .param(orderId).param(orderNumber).param(eventId).param(Sql.ts(at)).update();
    }

    /** The restored event a still-out order was reported against. */
    public Optional<Long> stillOutEventOf(long orderId) {
        return jdbc.sql("select event_id from outage_still_out where order_id = ?").param(orderId).query(Long.class).optional();
    }

    public List<String> stillOutOrders(long eventId) {
        return jdbc.sql("select order_number from outage_still_out where event_id = ? order by reported_at")
                .param(eventId).query(String.class).list();
    }

    static Call call(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Call(rs.getLong("order_id"), rs.getString("order_number"), rs.getLong("event_id"),
                Role.valueOf(rs.getString("role")), Sql.nullableLong(rs, "customer_id"), rs.getString("area_code"),
                rs.getString("contact_phone"), rs.getBoolean("answered"), rs.getInt("reminders"),
                Sql.instant(rs, "attached_at"));
    }
}
