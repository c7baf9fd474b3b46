package com.griddesk.customer.internal;

import java.time.Clock;

import com.griddesk.customer.PhoneReveals;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcPhoneReveals implements PhoneReveals {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPhoneReveals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(CurrentStaff staff, Long customerId, String orderNumber, String context) {
        if (!PhoneReveals.mayReveal(staff)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        jdbc.sql("""
                insert into phone_reveal (customer_id, order_number, staff_id, revealed_at, context)
                values (?, ?, ?, ?, ?)""")
                .param(customerId).param(orderNumber).param(staff.id())
                .param(java.sql.Timestamp.from(clock.instant())).param(context)
                .update();
    }
}
