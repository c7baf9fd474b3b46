package com.griddesk.field.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.field.GeoPoint;
import com.griddesk.field.PremiseLocations;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcPremiseLocations implements PremiseLocations {

    static final Set<Role> MAY_LOCATE = Set.of(Role.ADMIN, Role.SUPERVISOR, Role.DISPATCHER);

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final Clock clock;

    JdbcPremiseLocations(JdbcClient jdbc, CustomerDirectory customers, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public Optional<GeoPoint> of(long customerId) {
        return jdbc.sql("select latitude, longitude from field_premise_location where customer_id = ?").param(customerId)
                .query((rs, i) -> new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude"))).optional();
    }

    @Override
    @Transactional
    public void set(String accountNumber, GeoPoint point, Source source, CurrentStaff staff) {
        if (!staff.hasAny(MAY_LOCATE)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        if (point == null || source == null) {
            throw DomainException.invalid(point == null ? "latitude" : "source", "validation.NotNull",
                    point == null ? "latitude" : "source");
        }
        Customer customer = customers.visibleTo(accountNumber, staff);
        jdbc.sql("""
                insert into field_premise_location (customer_id, latitude, longitude, source, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (customer_id) do update set latitude = excluded.latitude, longitude = excluded.longitude,
                    source = excluded.source, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param(customer.id()).param(point.latitude()).param(point.longitude()).param(source.name())
                .param(staff.id()).param(Timestamp.from(clock.instant())).update();
    }
}
