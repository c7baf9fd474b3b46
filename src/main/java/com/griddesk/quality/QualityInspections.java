package com.griddesk.quality;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DateRange;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.ClosedSample;
import com.griddesk.workorder.WorkOrderQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sampling and scoring. An order is inspected once (a second sample skips it); nobody scores an
 * order they handled; the points of each norm stay within its maximum.
 */
@Service
public class QualityInspections {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom SEEDS = new SecureRandom();
    private static final String INSPECTION = """
            select id, order_number, type_code, unit_id, person_id, satisfaction, closed_at, rule, sampled_at, status,
                   inspector_id, inspector_name, scored_at, total, max_total, comment from quality_inspection""";

    private final WorkOrderQueries queries;
    private final QualitySettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    QualityInspections(WorkOrderQueries queries, QualitySettings settings, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Norm> norms() {
        return jdbc.sql("select code, position, name_zh, name_en, source, max_points from quality_norm where active order by position")
                .query((rs, i) -> new Norm(rs.getString("code"), rs.getInt("position"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getString("source"), rs.getInt("max_points")))
                .list();
    }

    /** Draws up to {@code size} orders closed between the dates (inclusive) that no inspection has yet. */
    @Transactional
    public List<Inspection> sample(LocalDate from, LocalDate to, SampleRule rule, int size, CurrentStaff staff) {
        requireSupervisor(staff);
        if (rule == null) {
            throw DomainException.invalid("rule", "validation.NotNull", "rule");
        }
        if (size < 1 || size > settings.maxSample()) {
            throw DomainException.invalid("size", "validation.sampleSize", settings.maxSample());
        }
        DateRange range = DateRange.of(from, to, ZONE);
        List<String> escalated = rule == SampleRule.ESCALATED
                ? jdbc.sql("select distinct order_number from quality_escalation where first_at < ?").param(Timestamp.from(range.end()))
                        .query(String.class).list()
                : null;
        // draw more than asked: some may have been inspected already
        List<ClosedSample.ClosedOrder> drawn = queries.sampleClosed(new ClosedSample(range.start(), range.end(),
                rule == SampleRule.DISSATISFIED, rule == SampleRule.REWORKED, escalated, SEEDS.nextLong(), size * 3), staff);
        Instant now = clock.instant();
        List<Long> created = new ArrayList<>();
        for (ClosedSample.ClosedOrder o : drawn) {
            if (created.size() == size) {
                break;
            }
            jdbc.sql("""
                    insert into quality_inspection (order_id, order_number, type_code, unit_id, unit_path, person_id,
                        satisfaction, closed_at, rule, sampled_by, sampled_at, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')
                    on conflict (order_number) do nothing returning id""")
                    .param(o.id()).param(o.number()).param(o.typeCode()).param(o.unitId()).param(o.unitPath())
                    .param(o.assigneeId()).param(o.satisfaction() == null ? null : o.satisfaction().name())
                    .param(Timestamp.from(o.closedAt())).param(rule.name()).param(staff.id()).param(Timestamp.from(now))
                    .query(Long.class).optional().ifPresent(created::add);
        }
        return created.stream().map(id -> find(id).orElseThrow()).toList();
    }

    @Transactional
    public Inspection score(long id, ScoreSheet sheet, CurrentStaff staff) {
        requireSupervisor(staff);
        Inspection inspection = jdbc.sql(INSPECTION + " where id = ? and unit_path like ? for update")
                .param(id).param(staff.scopePath() + "%").query(QualityInspections::row).optional()
                .orElseThrow(() -> DomainException.notFound(ProblemCode.NOT_FOUND, "inspection " + id));
        if (inspection.scored()) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, inspection.orderNumber(), "score", inspection.status());
        }
        if (inspection.personId() != null && inspection.personId() == staff.id()) {
            throw new DomainException(ProblemCode.SELF_INSPECTION, inspection.orderNumber());
        }
        List<Norm> norms = norms();
        List<DomainException.FieldError> errors = new ArrayList<>();
        for (Norm n : norms) {
            Integer points = sheet.points().get(n.code());
            if (points == null || points < 0 || points > n.maxPoints()) {
                errors.add(new DomainException.FieldError("points." + n.code(), "validation.normPoints", n.maxPoints()));
            }
        }
        sheet.points().keySet().stream().filter(code -> norms.stream().noneMatch(n -> n.code().equals(code)))
                .forEach(code -> errors.add(new DomainException.FieldError("points." + code, "validation.unknownNorm", code)));
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        int total = 0;
        int max = 0;
        for (Norm n : norms) {
            int points = sheet.points().get(n.code());
            total += points;
            max += n.maxPoints();
            String note = sheet.notes().get(n.code());
            jdbc.sql("insert into quality_score (inspection_id, norm_code, points, note) values (?, ?, ?, ?)")
                    .param(id).param(n.code()).param(points).param(note == null || note.isBlank() ? null : note.strip())
                    .update();
        }
        jdbc.sql("""
                update quality_inspection set status = 'SCORED', inspector_id = ?, inspector_name = ?, scored_at = ?,
                    total = ?, max_total = ?, comment = ? where id = ?""")
                .param(staff.id()).param(staff.fullName()).param(Timestamp.from(clock.instant())).param(total).param(max)
                .param(sheet.comment() == null || sheet.comment().isBlank() ? null : sheet.comment().strip()).param(id)
                .update();
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Inspection> list(String status, CurrentStaff staff) {
        requireSupervisor(staff);
        boolean any = status == null || status.isBlank();
        return jdbc.sql(INSPECTION + " where unit_path like ? and (? or status = ?) order by status, sampled_at desc, id limit 200")
                .param(staff.scopePath() + "%").param(any).param(any ? "PENDING" : status.strip())
                .query(QualityInspections::row).list();
    }

    @Transactional(readOnly = true)
    public Inspection get(long id, CurrentStaff staff) {
        requireSupervisor(staff);
        return jdbc.sql("select id from quality_inspection where id = ? and unit_path like ?").param(id)
                .param(staff.scopePath() + "%").query(Long.class).optional().flatMap(this::find)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.NOT_FOUND, "inspection " + id));
    }

    /** The inspection of an order, if it has been sampled (for the order page). */
    @Transactional(readOnly = true)
    public java.util.Optional<Inspection> ofOrder(String number) {
        return jdbc.sql("select id from quality_inspection where order_number = ?").param(number).query(Long.class)
                .optional().flatMap(this::find);
    }

    public double passShare() {
        return settings.passShare();
    }

    private java.util.Optional<Inspection> find(long id) {
        List<Inspection.Score> scores = jdbc.sql("""
                select s.norm_code, s.points, s.note from quality_score s join quality_norm n on n.code = s.norm_code
                where s.inspection_id = ? order by n.position""").param(id)
                .query((rs, i) -> new Inspection.Score(rs.getString("norm_code"), rs.getInt("points"), rs.getString("note")))
                .list();
        return jdbc.sql(INSPECTION + " where id = ?").param(id).query(QualityInspections::row).optional()
                .map(r -> new Inspection(r.id(), r.orderNumber(), r.typeCode(), r.unitId(), r.personId(), r.satisfaction(),
                        r.closedAt(), r.rule(), r.sampledAt(), r.status(), r.inspectorId(), r.inspectorName(), r.scoredAt(),
                        r.total(), r.maxTotal(), r.comment(), scores));
    }

    static void requireSupervisor(CurrentStaff staff) {
        if (!staff.has(Role.SUPERVISOR)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
    }

    static Inspection row(ResultSet rs, int i) throws SQLException {
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        long inspector = rs.getLong("inspector_id");
        Long inspectorId = rs.wasNull() ? null : inspector;
        int total = rs.getInt("total");
        Integer totalOrNull = rs.wasNull() ? null : total;
        int max = rs.getInt("max_total");
        Integer maxOrNull = rs.wasNull() ? null : max;
        Timestamp scored = rs.getTimestamp("scored_at");
        return new Inspection(rs.getLong("id"), rs.getString("order_number"), rs.getString("type_code"), rs.getLong("unit_id"),
                personId, rs.getString("satisfaction"), rs.getTimestamp("closed_at").toInstant(),
                SampleRule.valueOf(rs.getString("rule")), rs.getTimestamp("sampled_at").toInstant(), rs.getString("status"),
                inspectorId, rs.getString("inspector_name"), scored == null ? null : scored.toInstant(), totalOrNull,
                maxOrNull, rs.getString("comment"), List.of());
    }
}
