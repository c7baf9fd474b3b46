package com.griddesk.workorder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.PhoneNumber;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.ClosedSample;
import com.griddesk.workorder.Page;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.Urgency;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderFilter;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderStatus;
import com.griddesk.workorder.WorkOrderSummary;
import com.griddesk.workorder.WorkOrderVisibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcWorkOrderQueries implements WorkOrderQueries {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SUMMARY = """
            select wo.number, wo.channel, wo.type_code, wo.category_code, wo.status, wo.urgency, wo.account_number,
                   wo.contact_name, wo.contact_phone, wo.address, wo.description, wo.unit_id, wo.assignee_id,
                   wo.coordinator_id, wo.reminder_count, wo.created_at, wo.updated_at, count(*) over () as total
            from work_order wo
            """;

    private final JdbcClient jdbc;
    private final WorkOrderRepository repository;
    private final OrgDirectory org;
    private final Clock clock;

    JdbcWorkOrderQueries(JdbcClient jdbc, WorkOrderRepository repository, OrgDirectory org, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.org = org;
        this.clock = clock;
    }

    @Override
    public Optional<WorkOrder> find(String number, CurrentStaff staff) {
        return repository.find(number).filter(o -> WorkOrderVisibility.visible(o, staff, org));
    }

    @Override
    public WorkOrder get(String number, CurrentStaff staff) {
        return find(number, staff).orElseThrow(() -> DomainException.notFound(ProblemCode.WORK_ORDER_NOT_FOUND, number));
    }

    @Override
    public List<TimelineEntry> timeline(String number, CurrentStaff staff) {
        return repository.timeline(get(number, staff).id());
    }

    @Override
    public Page<WorkOrderSummary> search(WorkOrderFilter f, CurrentStaff staff) {
        Query q = scoped(staff);
        if (!f.statuses().isEmpty()) {
            q.and("wo.status = any(?)", (Object) f.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (f.type() != null && !f.type().isBlank()) {
            q.and("wo.type_code = ?", f.type().strip());
        }
        if (f.category() != null && !f.category().isBlank()) {
            q.and("(wo.category_code = ? or wo.category_code like ?)", f.category().strip(), f.category().strip() + ".%");
        }
        if (f.unitCode() != null && !f.unitCode().isBlank()) {
            OrgUnit unit = org.unitByCode(f.unitCode().strip())
                    .orElseThrow(() -> DomainException.invalid("unit", "validation.unknownUnit", f.unitCode()));
            q.and("wo.unit_path like ?", unit.path() + "%");
        }
        if (f.channel() != null) {
            q.and("wo.channel = ?", f.channel().name());
        }
        if (f.from() != null) {
            q.and("wo.created_at >= ?", Timestamp.from(f.from().atStartOfDay(ZONE).toInstant()));
        }
        if (f.to() != null) {
            q.and("wo.created_at < ?", Timestamp.from(f.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        if (f.assigneeId() != null) {
            q.and("wo.assignee_id = ?", f.assigneeId());
        }
        if (f.coordinatorId() != null) {
            q.and("wo.coordinator_id = ?", f.coordinatorId());
        }
        if (f.customerId() != null) {
            q.and("wo.customer_id = ?", f.customerId());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip();
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            q.and("(wo.number = ? or wo.account_number = ? or wo.contact_phone = ? or wo.description like ?"
                    + " or wo.contact_name like ? or wo.address like ?)", text, text, text, like, like, like);
        }
        q.sql.append(" order by wo.created_at desc, wo.id desc limit ? offset ?");
        q.params.add(f.size());
        q.params.add((long) f.page() * f.size());
        List<Row> rows = jdbc.sql(q.sql.toString()).params(q.params).query(JdbcWorkOrderQueries::row).list();
        long total = rows.isEmpty() ? countWhenPastEnd(f, rows) : rows.get(0).total();
        return new Page<>(rows.stream().map(Row::summary).toList(), f.page(), f.size(), total);
    }

    private long countWhenPastEnd(WorkOrderFilter f, List<Row> rows) {
        // a page past the end has no row to carry count(*) over (); the caller only needs "no more"
        return f.page() == 0 ? 0 : (long) f.page() * f.size();
    }

    @Override
    public List<WorkOrderSummary> openOrdersOf(Long customerId, String contactPhone, CurrentStaff staff) {
        Query q = scoped(staff);
        boolean phone = contactPhone != null && PhoneNumber.isValid(contactPhone);
        if (customerId != null && phone) {
            q.and("(wo.customer_id = ? or wo.contact_phone = ?)", customerId, new PhoneNumber(contactPhone).value());
        }
        else if (customerId != null) {
            q.and("wo.customer_id = ?", customerId);
        }
        else if (phone) {
            q.and("wo.contact_phone = ?", new PhoneNumber(contactPhone).value());
        }
        else {
            return List.of();
        }
        q.and("wo.status = any(?)", (Object) WorkOrderStatus.OPEN.stream().map(Enum::name).toArray(String[]::new));
        q.sql.append(" order by wo.created_at desc limit 50");
        return jdbc.sql(q.sql.toString()).params(q.params).query(JdbcWorkOrderQueries::row).list().stream()
                .map(Row::summary).toList();
    }

    @Override
    public List<WorkOrderSummary> historyOf(long customerId, int days, CurrentStaff staff) {
        Query q = scoped(staff);
        q.and("wo.customer_id = ?", customerId);
        q.and("wo.created_at >= ?", Timestamp.from(clock.instant().minus(Duration.ofDays(days))));
        q.sql.append(" order by wo.created_at desc limit 100");
        return jdbc.sql(q.sql.toString()).params(q.params).query(JdbcWorkOrderQueries::row).list().stream()
                .map(Row::summary).toList();
    }

    @Override
    public List<ClosedSample.ClosedOrder> sampleClosed(ClosedSample sample, CurrentStaff staff) {
        StringBuilder sql = new StringBuilder("""
                select id, number, type_code, unit_id, unit_path, assignee_id, callback_satisfaction, reopen_count,
                       rework_count, closed_at
                from work_order
                where status = 'CLOSED' and not first_contact_resolution and unit_path like ? and closed_at >= ? and closed_at < ?""");
        List<Object> params = new ArrayList<>(List.of(staff.scopePath() + "%", Timestamp.from(sample.from()),
                Timestamp.from(sample.to())));
        if (sample.dissatisfiedOnly()) {
            sql.append(" and callback_satisfaction in ('DISSATISFIED', 'VERY_DISSATISFIED')");
        }
        if (sample.sentBackOnly()) {
            sql.append(" and (rework_count > 0 or reopen_count > 0)");
        }
        if (sample.numbers() != null) {
            sql.append(" and number = any(?)");
            params.add(sample.numbers().toArray(String[]::new));
        }
        // md5 of number and seed: a shuffle the same seed repeats, without scanning for random()
        sql.append(" order by md5(number || ?) limit ?");
        params.add(Long.toString(sample.seed()));
        params.add(sample.limit());
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
            long assignee = rs.getLong("assignee_id");
            Long assigneeId = rs.wasNull() ? null : assignee;
            String satisfaction = rs.getString("callback_satisfaction");
            return new ClosedSample.ClosedOrder(rs.getLong("id"), rs.getString("number"), rs.getString("type_code"),
                    rs.getLong("unit_id"), rs.getString("unit_path"), assigneeId,
                    satisfaction == null ? null : com.griddesk.workorder.Satisfaction.valueOf(satisfaction),
                    rs.getInt("reopen_count"), rs.getInt("rework_count"), rs.getTimestamp("closed_at").toInstant());
        }).list();
    }

    /** The data scope, in SQL: the caller's units, their own assignments, and sub-tasks of their units. */
    private Query scoped(CurrentStaff staff) {
        Long[] units = org.units().stream().filter(u -> staff.sees(u.path())).map(OrgUnit::id).toArray(Long[]::new);
        Query q = new Query();
        q.sql.append(SUMMARY).append("""
                where (wo.unit_path like ? or wo.assignee_id = ? or wo.coordinator_id = ?
                       or wo.id in (select st.order_id from work_order_subtask st
                                    where st.status = 'OPEN' and st.unit_id = any(?)))""");
        q.params.add(staff.scopePath() + "%");
        q.params.add(staff.id());
        q.params.add(staff.id());
        q.params.add(units);
        return q;
    }

    private static final class Query {
        final StringBuilder sql = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        void and(String condition, Object... values) {
            sql.append(" and ").append(condition);
            params.addAll(List.of(values));
        }
    }

    private record Row(WorkOrderSummary summary, long total) {
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        long assignee = rs.getLong("assignee_id");
        boolean noAssignee = rs.wasNull();
        long coordinator = rs.getLong("coordinator_id");
        boolean noCoordinator = rs.wasNull();
        return new Row(new WorkOrderSummary(rs.getString("number"), Channel.valueOf(rs.getString("channel")),
                rs.getString("type_code"), rs.getString("category_code"), WorkOrderStatus.valueOf(rs.getString("status")),
                Urgency.valueOf(rs.getString("urgency")), rs.getString("account_number"), rs.getString("contact_name"),
                PhoneNumber.mask(rs.getString("contact_phone")), rs.getString("address"), rs.getString("description"),
                rs.getLong("unit_id"), noAssignee ? null : assignee, noCoordinator ? null : coordinator,
                rs.getInt("reminder_count"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant()), rs.getLong("total"));
    }
}
