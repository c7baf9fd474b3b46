package com.griddesk.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.griddesk.notification.CustomerPreference;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' channel preferences and opt-outs, in this module's own table. */
@Repository
public class Preferences {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final Clock clock;

    Preferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CustomerPreference of(Long customerId) {
        if (customerId == null) {
            return CustomerPreference.DEFAULT;
        }
        return jdbc.sql("select * from notification_preference where customer_id = ?").param(customerId)
                .query((rs, n) -> new CustomerPreference(rs.getString("email"), rs.getBoolean("sms_enabled"),
                        rs.getBoolean("email_enabled"), rs.getBoolean("opted_out"), rs.getString("locale")))
                .optional().orElse(CustomerPreference.DEFAULT);
    }

    public CustomerPreference save(long customerId, CustomerPreference p, long staffId) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        String email = p.email() == null || p.email().isBlank() ? null : p.email().strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new DomainException.FieldError("email", "validation.email", "email"));
        }
        String locale = p.locale() == null ? "zh-CN" : p.locale();
        if (!Templates.LOCALES.contains(locale)) {
            errors.add(new DomainException.FieldError("locale", "validation.locale", String.join(", ", Templates.LOCALES)));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        jdbc.sql("""
                insert into notification_preference (customer_id, email, sms_enabled, email_enabled, opted_out, locale,
                    updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (customer_id) do update set email = excluded.email, sms_enabled = excluded.sms_enabled,
                    email_enabled = excluded.email_enabled, opted_out = excluded.opted_out, locale = excluded.locale,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param(customerId).param(email).param(p.smsEnabled()).param(p.emailEnabled()).param(p.optedOut())
                .param(locale).param(Timestamp.from(clock.instant())).param(staffId).update();
        return of(customerId);
    }
}
