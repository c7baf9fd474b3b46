package com.griddesk.textmining.internal;

import java.sql.Timestamp;
import java.util.Optional;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.OrgDirectory;
import com.griddesk.textmining.engine.TextSimilarity;
import com.griddesk.textmining.engine.TopicTerms;
import com.griddesk.workorder.CoordinatorAssigned;
import com.griddesk.workorder.WorkOrderCancelled;
import com.griddesk.workorder.WorkOrderClosed;
import com.griddesk.workorder.WorkOrderCreated;
import com.griddesk.workorder.WorkOrderDispatched;
import com.griddesk.workorder.WorkOrderMerged;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderReopened;
import com.griddesk.workorder.WorkOrderResolved;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code tm_order}, text mining's own view of the orders, in step with work-order events.
 * It listens in the publishing transaction, so that a duplicate or a repeat call is visible the
 * moment the order is taken.
 */
@Component
class OrderIndex {

    /** Listener order: the index is written before anything reads it in the same transaction. */
    static final int ORDER = 0;

    /** What this transaction just inserted, so that the risk assessment right after it does not read it back. */
    private final com.griddesk.shared.db.TransactionCache<Long, IndexedOrder> justIndexed =
            new com.griddesk.shared.db.TransactionCache<>("tm-order");

    private final JdbcClient jdbc;
    private final WorkOrderRepository orders;
    private final CustomerDirectory customers;
    private final OrgDirectory org;

    OrderIndex(JdbcClient jdbc, WorkOrderRepository orders, CustomerDirectory customers, OrgDirectory org) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.customers = customers;
        this.org = org;
    }

    /** An order as text mining keeps it. */
    record IndexedOrder(long orderId, String number, String unitPath, Long customerId, String contactPhone,
            String addressKey, String transformerArea, String typeCode, String categoryCode, String channel,
            String text, java.time.Instant createdAt, boolean open, Long coordinatorId) {
    }

    @EventListener
    @org.springframework.core.annotation.Order(ORDER)
    void on(WorkOrderCreated e) {
        WorkOrderSnapshot s = orders.find(e.number()).orElseThrow().snapshot();
        index(s, s.customerId() == null ? null
                : customers.byId(s.customerId()).map(Customer::transformerArea).orElse(null));
    }

    /** Adds the order unless it is there already; true when it was added. */
    boolean index(WorkOrderSnapshot s, String transformerArea) {
        int added = jdbc.sql("""
                insert into tm_order (order_id, number, unit_path, customer_id, contact_phone, address_key, transformer_area,
                    type_code, category_code, channel, text, created_at, is_open, coordinator_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (order_id) do nothing""")
                .param(s.id()).param(s.number()).param(s.unitPath()).param(s.customerId()).param(s.contactPhone())
                .param(TextSimilarity.addressKey(s.address())).param(transformerArea).param(s.typeCode())
                .param(s.categoryCode()).param(s.channel().name()).param(s.description())
                .param(Timestamp.from(s.createdAt())).param(s.status().isOpen()).param(s.coordinatorId()).update();
        if (added == 0) {
            return false;
        }
        justIndexed.put(s.id(), new IndexedOrder(s.id(), s.number(), s.unitPath(), s.customerId(), s.contactPhone(),
                TextSimilarity.addressKey(s.address()), transformerArea, s.typeCode(), s.categoryCode(), s.channel().name(),
                s.description(), s.createdAt(), s.status().isOpen(), s.coordinatorId()));
        var terms = TopicTerms.of(s.description());
        if (!terms.isEmpty()) {
            // one statement for all terms: an intake or a backfill batch pays a round trip per order, not per term
            jdbc.sql("insert into tm_order_term (order_id, term) select ?, unnest(?::text[]) on conflict do nothing")
                    .param(s.id()).param(terms.toArray(String[]::new)).update();
        }
        return true;
    }

    @EventListener
    void on(WorkOrderDispatched e) {
        justIndexed.remove(e.orderId());
        jdbc.sql("update tm_order set unit_path = ? where order_id = ?").param(org.unit(e.unitId()).path())
                .param(e.orderId()).update();
    }

    @EventListener
    void on(CoordinatorAssigned e) {
        justIndexed.remove(e.orderId());
        jdbc.sql("update tm_order set coordinator_id = ? where order_id = ?").param(e.coordinatorId())
                .param(e.orderId()).update();
    }

    @EventListener
    void on(WorkOrderResolved e) {
        open(e.orderId(), false);
    }

    @EventListener
    void on(WorkOrderClosed e) {
        open(e.orderId(), false);
    }

    @EventListener
    void on(WorkOrderCancelled e) {
        open(e.orderId(), false);
    }

    @EventListener
    void on(WorkOrderMerged e) {
        open(e.orderId(), false);
    }

    @EventListener
    void on(WorkOrderReopened e) {
        open(e.orderId(), true);
    }

    private void open(long orderId, boolean open) {
        justIndexed.remove(orderId);
        jdbc.sql("update tm_order set is_open = ? where order_id = ?").param(open).param(orderId).update();
    }

    Optional<IndexedOrder> find(long orderId) {
        Optional<IndexedOrder> fresh = justIndexed.get(orderId);
        if (fresh.isPresent()) {
            return fresh;
        }
        return jdbc.sql("select * from tm_order where order_id = ?").param(orderId).query(this::row).optional();
    }

    Optional<IndexedOrder> find(String number) {
        return jdbc.sql("select * from tm_order where number = ?").param(number).query(this::row).optional();
    }

    IndexedOrder row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long customer = rs.getLong("customer_id");
        Long customerId = rs.wasNull() ? null : customer;
        long coordinator = rs.getLong("coordinator_id");
        Long coordinatorId = rs.wasNull() ? null : coordinator;
        return new IndexedOrder(rs.getLong("order_id"), rs.getString("number"), rs.getString("unit_path"), customerId,
                rs.getString("contact_phone"), rs.getString("address_key"), rs.getString("transformer_area"),
                rs.getString("type_code"), rs.getString("category_code"), rs.getString("channel"), rs.getString("text"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("is_open"), coordinatorId);
    }
}
