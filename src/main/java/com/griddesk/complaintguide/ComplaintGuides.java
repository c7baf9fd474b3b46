package com.griddesk.complaintguide;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and checks off a complaint's guide, within the caller's data scope. */
@Service
public class ComplaintGuides {

    static final Set<Role> MAY_CHECK = EnumSet.of(Role.HANDLER, Role.FIELD_CREW, Role.COORDINATOR, Role.SUPERVISOR);
    static final int MAX_NOTE = 1000;

    private final WorkOrderQueries queries;
    private final GuideSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintGuides(WorkOrderQueries queries, GuideSettings settings, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean applies(WorkOrderSnapshot order) {
        return settings.types().contains(order.typeCode());
    }

    @Transactional(readOnly = true)
    public Guide of(String number, CurrentStaff staff) {
        return guide(queries.get(number, staff));
    }

    /** The guide of an order already in hand (the precondition, the order page). */
    @Transactional(readOnly = true)
    public Guide guide(WorkOrder order) {
        Map<GuideStep, Guide.Step> stored = jdbc.sql("""
                select step, done, note, checked_by_name, checked_at from complaint_guide_step where order_id = ?""")
                .param(order.id())
                .query((rs, i) -> step(GuideStep.valueOf(rs.getString("step")), rs.getBoolean("done"), rs.getString("note"),
                        rs.getString("checked_by_name"), rs.getTimestamp("checked_at").toInstant()))
                .list().stream().collect(Collectors.toMap(Guide.Step::step, Function.identity()));
        return new Guide(order.number(), Arrays.stream(GuideStep.values())
                .map(s -> stored.getOrDefault(s, step(s, false, null, null, null))).toList());
    }

    @Transactional
    public Guide check(String number, GuideStep step, boolean done, String note, CurrentStaff staff) {
        WorkOrder order = queries.get(number, staff);
        if (!staff.hasAny(MAY_CHECK)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        if (!applies(order.snapshot())) {
            throw DomainException.invalid("type", "validation.guideNotForType", order.snapshot().typeCode());
        }
        if (order.status().isFinal()) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, "guide", order.status());
        }
        if (step == null) {
            throw DomainException.invalid("step", "validation.NotNull", "step");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw DomainException.invalid("note", "validation.Size", "note", MAX_NOTE);
        }
        if (done && text == null && settings.notesRequired().contains(step)) {
            throw DomainException.invalid("note", "validation.guideNoteRequired");
        }
        jdbc.sql("""
                insert into complaint_guide_step (order_id, order_number, step, done, note, checked_by, checked_by_name, checked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id, step) do update set done = excluded.done, note = excluded.note,
                    checked_by = excluded.checked_by, checked_by_name = excluded.checked_by_name, checked_at = excluded.checked_at""")
                .param(order.id()).param(number).param(step.name()).param(done).param(text).param(staff.id())
                .param(staff.fullName()).param(Timestamp.from(clock.instant())).update();
        return guide(order);
    }

    private Guide.Step step(GuideStep s, boolean done, String note, String by, java.time.Instant at) {
        return new Guide.Step(s, settings.mandatory().contains(s), settings.notesRequired().contains(s), done, note, by, at);
    }
}
