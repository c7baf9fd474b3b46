package com.griddesk.outage.internal;

import java.util.List;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerClass;
import com.griddesk.customer.CustomerDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customers an event cuts off, derived from its scope through the customer directory. */
@Repository
public class AffectedCustomers {

    public record Affected(long customerId, String accountNumber, String areaCode, boolean important, boolean medical) {
    }

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;

    AffectedCustomers(JdbcClient jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** Re-derives the affected customers from the areas the event covers now. */
    public void derive(long eventId, Set<String> areas) {
        write(eventId, customers.inTransformerAreas(areas));
    }

    /** One customer (an arrears disconnection). */
    public void single(long eventId, Customer customer) {
        write(eventId, List.of(customer));
    }

    private void write(long eventId, List<Customer> cut) {
        jdbc.sql("delete from outage_affected where event_id = ?").param(eventId).update();
        if (cut.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into outage_affected (event_id, customer_id, account_number, area_code, important, medical)
                select ?, unnest(?::bigint[]), unnest(?::text[]), unnest(?::text[]), unnest(?::boolean[]), unnest(?::boolean[])""")
                .param(eventId).param(cut.stream().map(Customer::id).toArray(Long[]::new))
                .param(cut.stream().map(Customer::accountNumber).toArray(String[]::new))
                .param(cut.stream().map(Customer::transformerArea).toArray(String[]::new))
                .param(cut.stream().map(c -> c.customerClass() == CustomerClass.IMPORTANT).toArray(Boolean[]::new))
                .param(cut.stream().map(Customer::medicalEquipment).toArray(Boolean[]::new))
                .update();
    }

    public long count(long eventId) {
        return jdbc.sql("select count(*) from outage_affected where event_id = ?").param(eventId).query(Long.class).single();
    }

    public long importantOrMedical(long eventId) {
        return jdbc.sql("select count(*) from outage_affected where event_id = ? and (important or medical)")
                .param(eventId).query(Long.class).single();
    }

    public List<Affected> page(long eventId, int offset, int limit) {
        return jdbc.sql("""
                select customer_id, account_number, area_code, important, medical from outage_affected
                where event_id = ? order by (important or medical) desc, account_number offset ? limit ?""")
                .param(eventId).param(offset).param(limit)
                .query((rs, i) -> new Affected(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5)))
                .list();
    }

    public List<Long> customerIds(long eventId) {
        return jdbc.sql("select customer_id from outage_affected where event_id = ? order by customer_id").param(eventId)
                .query(Long.class).list();
    }
}
