package com.griddesk.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.griddesk.customer.AccountNumber;
import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerClass;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.customer.VoltageLevel;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.PhoneNumber;
import com.griddesk.shared.ProblemCode;

import com.griddesk.shared.db.TransactionCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcCustomerDirectory implements CustomerDirectory {

    private static final String COLUMNS = """
            select id, account_number, name, phone, phone2, address, customer_class, voltage_level, station_id,
                   transformer_area, transformer_area_name, feeder, feeder_name, elderly_alone, medical_equipment,
                   repeat_complainer
            from customer""";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    /** Intake, clocks, text mining and notifications all look up the caller in the same transaction. */
    private final TransactionCache<Long, Customer> seen = new TransactionCache<>("customer");
    private final TransactionCache<String, Customer> seenByAccount = new TransactionCache<>("customer-by-account");

    JdbcCustomerDirectory(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    @Override
    public Optional<Customer> byAccountNumber(String accountNumber) {
        if (!AccountNumber.isValid(accountNumber)) {
            return Optional.empty();
        }
        String account = accountNumber.strip();
        Optional<Customer> cached = seenByAccount.get(account);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Customer> found = jdbc.sql(COLUMNS + " where account_number = ?").param(account)
                .query(JdbcCustomerDirectory::customer).optional();
        found.ifPresent(this::seen);
        return found;
    }

    @Override
    public Optional<Customer> byId(long id) {
        Optional<Customer> cached = seen.get(id);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Customer> found = jdbc.sql(COLUMNS + " where id = ?").param(id).query(JdbcCustomerDirectory::customer)
                .optional();
        found.ifPresent(this::seen);
        return found;
    }

    private void seen(Customer customer) {
        seen.put(customer.id(), customer);
        seenByAccount.put(customer.accountNumber(), customer);
    }

    @Override
    public List<Customer> inTransformerAreas(java.util.Collection<String> areaCodes) {
        if (areaCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where transformer_area = any(?) order by id").param(areaCodes.toArray(String[]::new))
                .query(JdbcCustomerDirectory::customer).list();
    }

    @Override
    public Customer visibleTo(String accountNumber, CurrentStaff staff) {
        return byAccountNumber(accountNumber).filter(c -> visible(c, staff))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.CUSTOMER_NOT_FOUND, accountNumber));
    }

    private boolean visible(Customer customer, CurrentStaff staff) {
        OrgUnit station = org.unit(customer.stationId());
        return staff.sees(station.path());
    }

    @Override
    public long countUnder(String unitPath) {
        Long[] stationIds = org.units().stream().filter(u -> u.path().startsWith(unitPath)).map(OrgUnit::id).toArray(Long[]::new);
        return stationIds.length == 0 ? 0
                : jdbc.sql("select count(*) from customer where station_id = any(?)").param(stationIds).query(Long.class)
                        .single();
    }

    @Override
    public List<Customer> search(String query, CurrentStaff staff, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        List<Long> stations = org.units().stream().filter(u -> staff.sees(u.path())).map(OrgUnit::id).toList();
        if (stations.isEmpty()) {
            return List.of();
        }
        Long[] stationIds = stations.toArray(Long[]::new);
        if (AccountNumber.isValid(q)) {
            return jdbc.sql(COLUMNS + " where account_number = ? and station_id = any(?)")
                    .param(q).param(stationIds).query(JdbcCustomerDirectory::customer).list();
        }
        if (PhoneNumber.isValid(q)) {
            String phone = new PhoneNumber(q).value();
            return jdbc.sql(COLUMNS + " where (phone = ? or phone2 = ?) and station_id = any(?) order by id limit ?")
                    .param(phone).param(phone).param(stationIds).param(limit)
                    .query(JdbcCustomerDirectory::customer).list();
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(COLUMNS + " where (name = ? or address like ?) and station_id = any(?) order by id limit ?")
                .param(q).param(like).param(stationIds).param(limit)
                .query(JdbcCustomerDirectory::customer).list();
    }

    static Customer customer(ResultSet rs, int row) throws SQLException {
        return new Customer(rs.getLong("id"), rs.getString("account_number"), rs.getString("name"),
                rs.getString("phone"), rs.getString("phone2"), rs.getString("address"),
                CustomerClass.valueOf(rs.getString("customer_class")), VoltageLevel.valueOf(rs.getString("voltage_level")),
                rs.getLong("station_id"), rs.getString("transformer_area"), rs.getString("transformer_area_name"),
                rs.getString("feeder"), rs.getString("feeder_name"), rs.getBoolean("elderly_alone"),
                rs.getBoolean("medical_equipment"), rs.getBoolean("repeat_complainer"));
    }
}
