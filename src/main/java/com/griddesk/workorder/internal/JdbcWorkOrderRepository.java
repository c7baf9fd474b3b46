package com.griddesk.workorder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.SubTask;
import com.griddesk.workorder.SubTaskStatus;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.Urgency;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderEvent;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;
import com.griddesk.workorder.WorkOrderStatus;

import com.griddesk.shared.db.TransactionCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcWorkOrderRepository implements WorkOrderRepository {

    static final String COLUMNS = """
            id, number, channel, type_code, category_code, status, urgency, customer_id, account_number, contact_name,
            contact_phone, address, description, station_id, unit_id, unit_path, assignee_id, coordinator_id,
            reminder_count, return_count, reopen_count, rework_count, first_contact_resolution, resolution, root_cause,
            responsibility, callback_satisfaction, callback_note, cancel_reason, merged_into, created_by, created_at,
            updated_at, dispatched_at, accepted_at, resolved_at, closed_at, contacted_at, arrived_at, case_family,
            version""";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /**
     * The orders this transaction wrote or locked (and read): the modules reacting to a change in
     * the same transaction load the order again and again, and get what the transaction last saw.
     */
    private final TransactionCache<String, Loaded> loaded = new TransactionCache<>("work-order");

    /** A loaded order's state; {@code locked} when this transaction holds its row lock. */
    private record Loaded(WorkOrderSnapshot snapshot, List<SubTask> subTasks, boolean locked) {

        WorkOrder order() {
            return new WorkOrder(snapshot, subTasks.stream().map(Loaded::copy).toList());
        }

        static SubTask copy(SubTask t) {
            return new SubTask(t.no(), t.unitId(), t.assigneeId(), t.description(), t.createdBy(), t.createdAt(),
                    t.status(), t.result(), t.finishedAt());
        }
    }

    JdbcWorkOrderRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String nextNumber(Instant at) {
        long n = jdbc.sql("select nextval('work_order_number_seq')").query(Long.class).single();
        return "GD" + DAY.format(at) + String.format("%07d", n);
    }

    @Override
    public List<WorkOrderEvent> save(WorkOrder order) {
        WorkOrderSnapshot s = order.snapshot();
        long id;
        int version;
        if (s.id() == null) {
            id = jdbc.sql("insert into work_order (" + COLUMNS.replace("id, number", "number") + ") values ("
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                    + " returning id")
                    .params(values(s)).query(Long.class).single();
            version = 0;
        }
        else {
            List<Object> params = new ArrayList<>(values(s));
            params.add(s.id());
            params.add(s.version());
            int updated = jdbc.sql("""
                    update work_order set number = ?, channel = ?, type_code = ?, category_code = ?, status = ?,
                        urgency = ?, customer_id = ?, account_number = ?, contact_name = ?, contact_phone = ?, address = ?,
                        description = ?, station_id = ?, unit_id = ?, unit_path = ?, assignee_id = ?, coordinator_id = ?,
                        reminder_count = ?, return_count = ?, reopen_count = ?, rework_count = ?, first_contact_resolution = ?,
                        resolution = ?, root_cause = ?, responsibility = ?, callback_satisfaction = ?, callback_note = ?,
                        cancel_reason = ?, merged_into = ?, created_by = ?, created_at = ?, updated_at = ?,
                        dispatched_at = ?, accepted_at = ?, resolved_at = ?, closed_at = ?, contacted_at = ?, arrived_at = ?,
                        case_family = ?, version = version + 1
                    where id = ? and version = ?""").params(params).update();
            if (updated == 0) {
                throw new DomainException(ProblemCode.VERSION_CONFLICT, s.number());
            }
            id = s.id();
            version = s.version() + 1;
        }
        for (TimelineEntry e : order.newTimelineEntries()) {
            appendTimeline(id, e);
        }
        for (SubTask t : order.subTasks()) {
            if (t.dirty()) {
                jdbc.sql("""
                        insert into work_order_subtask (order_id, no, unit_id, assignee_id, description, status, result,
                            created_by, created_at, finished_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (order_id, no) do update set status = excluded.status, result = excluded.result,
                            finished_at = excluded.finished_at""")
                        .param(id).param(t.no()).param(t.unitId()).param(t.assigneeId()).param(t.description())
                        .param(t.status().name()).param(t.result()).param(t.createdBy()).param(ts(t.createdAt()))
                        .param(ts(t.finishedAt())).update();
            }
        }
        List<WorkOrderEvent> events = order.saved(id, version);
        // insert and update took the row lock
        loaded.put(order.number(), new Loaded(order.snapshot(), order.subTasks().stream().map(Loaded::copy).toList(), true));
        return events;
    }

    private static List<Object> values(WorkOrderSnapshot s) {
        List<Object> v = new ArrayList<>(40);
        v.add(s.number());
        v.add(s.channel().name());
        v.add(s.typeCode());
        v.add(s.categoryCode());
        v.add(s.status().name());
        v.add(s.urgency().name());
        v.add(s.customerId());
        v.add(s.accountNumber());
        v.add(s.contactName());
        v.add(s.contactPhone());
        v.add(s.address());
        v.add(s.description());
        v.add(s.stationId());
        v.add(s.unitId());
        v.add(s.unitPath());
        v.add(s.assigneeId());
        v.add(s.coordinatorId());
        v.add(s.reminderCount());
        v.add(s.returnCount());
        v.add(s.reopenCount());
        v.add(s.reworkCount());
        v.add(s.firstContactResolution());
        v.add(s.resolution());
        v.add(s.rootCause());
        v.add(name(s.responsibility()));
        v.add(name(s.callbackSatisfaction()));
        v.add(s.callbackNote());
        v.add(s.cancelReason());
        v.add(s.mergedInto());
        v.add(s.createdBy());
        v.add(ts(s.createdAt()));
        v.add(ts(s.updatedAt()));
        v.add(ts(s.dispatchedAt()));
        v.add(ts(s.acceptedAt()));
        v.add(ts(s.resolvedAt()));
        v.add(ts(s.closedAt()));
        v.add(ts(s.contactedAt()));
        v.add(ts(s.arrivedAt()));
        v.add(s.caseFamily());
        return v;
    }

    @Override
    public Optional<WorkOrder> findForUpdate(String number) {
        // no key update: the time-limit scanner appends to the timeline (a foreign key, so a key-share
        // lock on the order) while it holds the order's clocks; FOR UPDATE would deadlock with it
        Optional<Loaded> cached = loaded.get(number).filter(Loaded::locked);
        if (cached.isPresent()) {
            return Optional.of(cached.get().order());
        }
        return load("select " + COLUMNS + " from work_order where number = ? for no key update", number, true);
    }

    @Override
    public Optional<WorkOrder> find(String number) {
        Optional<Loaded> cached = loaded.get(number);
        if (cached.isPresent()) {
            return Optional.of(cached.get().order());
        }
        return load("select " + COLUMNS + " from work_order where number = ?", number, false);
    }

    @Override
    public List<WorkOrderSnapshot> createdSince(Instant since, long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from work_order where id > ? and created_at >= ? order by id limit ?")
                .param(afterId).param(ts(since)).param(limit).query(JdbcWorkOrderRepository::snapshot).list();
    }

    private Optional<WorkOrder> load(String sql, String number, boolean locked) {
        return jdbc.sql(sql).param(number).query(JdbcWorkOrderRepository::snapshot).optional()
                .map(s -> {
                    List<SubTask> tasks = subTasks(s.id());
                    loaded.put(number, new Loaded(s, tasks.stream().map(Loaded::copy).toList(), locked));
                    return new WorkOrder(s, tasks);
                });
    }

    private List<SubTask> subTasks(long orderId) {
        return jdbc.sql("""
                select no, unit_id, assignee_id, description, created_by, created_at, status, result, finished_at
                from work_order_subtask where order_id = ? order by no""")
                .param(orderId)
                .query((rs, i) -> new SubTask(rs.getInt("no"), rs.getLong("unit_id"), nullableLong(rs, "assignee_id"),
                        rs.getString("description"), rs.getLong("created_by"), instant(rs, "created_at"),
                        SubTaskStatus.valueOf(rs.getString("status")), rs.getString("result"), instant(rs, "finished_at")))
                .list();
    }

    @Override
    public List<TimelineEntry> timeline(long orderId) {
        return jdbc.sql("""
                select at, actor_id, actor_name, action, from_status, to_status, note, details
                from work_order_timeline where order_id = ? order by id""")
                .param(orderId)
                .query((rs, i) -> new TimelineEntry(instant(rs, "at"), rs.getLong("actor_id"), rs.getString("actor_name"),
                        rs.getString("action"), status(rs.getString("from_status")), status(rs.getString("to_status")),
                        rs.getString("note"), details(rs.getString("details"))))
                .list();
    }

    @Override
    public void appendTimeline(long orderId, TimelineEntry e) {
        jdbc.sql("""
                insert into work_order_timeline (order_id, at, actor_id, actor_name, action, from_status, to_status, note, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .param(orderId).param(ts(e.at())).param(e.actorId()).param(e.actorName()).param(e.action())
                .param(name(e.from())).param(name(e.to())).param(e.note())
                .param(e.details() == null || e.details().isEmpty() ? null : json.writeValueAsString(e.details()))
                .update();
    }

    @Override
    public List<String> familyMembers(String family) {
        return jdbc.sql("select number from work_order where case_family = ? order by number").param(family)
                .query(String.class).list();
    }

    private Map<String, Object> details(String raw) {
        return raw == null ? Map.of() : json.readValue(raw, new TypeReference<Map<String, Object>>() { });
    }

    static WorkOrderSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        String responsibility = rs.getString("responsibility");
        String satisfaction = rs.getString("callback_satisfaction");
        return new WorkOrderSnapshot(rs.getLong("id"), rs.getString("number"), Channel.valueOf(rs.getString("channel")),
                rs.getString("type_code"), rs.getString("category_code"), WorkOrderStatus.valueOf(rs.getString("status")),
                Urgency.valueOf(rs.getString("urgency")), nullableLong(rs, "customer_id"), rs.getString("account_number"),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("address"),
                rs.getString("description"), nullableLong(rs, "station_id"), rs.getLong("unit_id"),
                rs.getString("unit_path"), nullableLong(rs, "assignee_id"), nullableLong(rs, "coordinator_id"),
                rs.getInt("reminder_count"), rs.getInt("return_count"), rs.getInt("reopen_count"), rs.getInt("rework_count"),
                rs.getBoolean("first_contact_resolution"), rs.getString("resolution"), rs.getString("root_cause"),
                responsibility == null ? null : Responsibility.valueOf(responsibility),
                satisfaction == null ? null : Satisfaction.valueOf(satisfaction), rs.getString("callback_note"),
                rs.getString("cancel_reason"), rs.getString("merged_into"), nullableLong(rs, "created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "dispatched_at"),
                instant(rs, "accepted_at"), instant(rs, "resolved_at"), instant(rs, "closed_at"),
                instant(rs, "contacted_at"), instant(rs, "arrived_at"), rs.getString("case_family"), rs.getInt("version"));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static WorkOrderStatus status(String s) {
        return s == null ? null : WorkOrderStatus.valueOf(s);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
