package com.griddesk.textmining.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.shared.Actor;
import com.griddesk.support.ApiTestBase;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.NewWorkOrder;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Orders written without events (as the demo history is, by COPY) still reach text mining. */
class OrderIndexBackfillTest extends ApiTestBase {

    @Autowired
    OrderIndexBackfill backfill;

    @Autowired
    WorkOrderRepository orders;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    OrgDirectory org;

    @Test
    void an_order_saved_without_events_is_indexed_once_with_its_terms() {
        Customer customer = customers.byAccountNumber(demo.customerOf("BJ-CQ-S1", 71)).orElseThrow();
        OrgUnit station = org.unit(customer.stationId());
        Instant at = LocalDateTime.parse("2026-03-10T10:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        WorkOrder order = WorkOrder.open(new NewWorkOrder(orders.nextNumber(at), Channel.PHONE, "COMPLAINT",
                "COMPLAINT.SERVICE.ATTITUDE", customer.id(), customer.accountNumber(), customer.name(), "13712345678",
                customer.address(), "营业厅工作人员态度蛮横，对我大声呵斥，要求道歉", station.id(),
                new Assignment(station.id(), station.path(), null), null), new Actor(1, "历史数据"), at);
        orders.save(order);
        String number = order.number();
        assertThat(indexed(number)).isZero();

        drain();

        assertThat(indexed(number)).isEqualTo(1);
        List<String> terms = jdbc.sql("""
                select t.term from tm_order_term t join tm_order o on o.order_id = t.order_id where o.number = ?""")
                .param(number).query(String.class).list();
        assertThat(terms).contains("营业厅", "呵斥");
        assertThat(jdbc.sql("select transformer_area from tm_order where number = ?").param(number)
                .query(String.class).single()).isEqualTo(customer.transformerArea());

        assertThat(backfill.catchUp(OrderIndexBackfill.BATCH).added()).isZero();
        assertThat(indexed(number)).isEqualTo(1);
    }

    private void drain() {
        OrderIndexBackfill.Batch b;
        do {
            b = backfill.catchUp(OrderIndexBackfill.BATCH);
        }
        while (b.read() == OrderIndexBackfill.BATCH);
    }

    private long indexed(String number) {
        return jdbc.sql("select count(*) from tm_order where number = ?").param(number).query(Long.class).single();
    }
}
