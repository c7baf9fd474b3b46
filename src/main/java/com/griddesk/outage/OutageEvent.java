package com.griddesk.outage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.Responsibility;

/**
 * An outage event. It changes only through its transitions, each of which checks the state and
 * writes a line of the event's timeline. The scope (the transformer areas it covers) changes when a
 * suspected area outage widens to its feeder, or when the dispatcher splits the group.
 */
public final class OutageEvent {

    private Long id;
    private final String number;
    private final OutageKind kind;
    private OutageState state;
    private OutageLevel level;
    private boolean suspected;
    private final GridScope origin;
    private String areaCode;
    private final Long customerId;
    private String cause;
    private final Instant plannedStart;
    private final Instant plannedEnd;
    private Instant ert;
    private final Instant announcedAt;
    private final Boolean compliant;
    private final String lateNoticeReason;
    private Instant startedAt;
    private Instant restoredAt;
    private Instant cancelledAt;
    private String endNote;
    private String responsibility;
    private Long crewUnitId;
    private Long crewAssigneeId;
    private Instant crewDispatchedAt;
    private Instant crewArrivedAt;
    private Instant firstCallAt;
    private Instant lastCallAt;
    private final String splitFrom;
    private final long createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private int version;
    private final Set<String> scope;
    private boolean scopeChanged;
    private final List<OutageTimelineEntry> newEntries = new ArrayList<>();

    /** Loads a stored event with its scope. */
    public OutageEvent(OutageSnapshot s, Set<String> scope) {
        this.id = s.id();
        this.number = s.number();
        this.kind = s.kind();
        this.state = s.state();
        this.level = s.level();
        this.suspected = s.suspected();
        this.origin = new GridScope(s.stationId(), s.unitPath(), s.substationCode(), s.feederCode(), s.areaCode(),
                s.level(), scope);
        this.areaCode = s.areaCode();
        this.customerId = s.customerId();
        this.cause = s.cause();
        this.plannedStart = s.plannedStart();
        this.plannedEnd = s.plannedEnd();
        this.ert = s.ert();
        this.announcedAt = s.announcedAt();
        this.compliant = s.compliant();
        this.lateNoticeReason = s.lateNoticeReason();
        this.startedAt = s.startedAt();
        this.restoredAt = s.restoredAt();
        this.cancelledAt = s.cancelledAt();
        this.endNote = s.endNote();
        this.responsibility = s.responsibility();
        this.crewUnitId = s.crewUnitId();
        this.crewAssigneeId = s.crewAssigneeId();
        this.crewDispatchedAt = s.crewDispatchedAt();
        this.crewArrivedAt = s.crewArrivedAt();
        this.firstCallAt = s.firstCallAt();
        this.lastCallAt = s.lastCallAt();
        this.splitFrom = s.splitFrom();
        this.createdBy = s.createdBy();
        this.createdAt = s.createdAt();
        this.updatedAt = s.updatedAt();
        this.version = s.version();
        this.scope = new TreeSet<>(scope);
    }

    private static OutageEvent create(String number, OutageKind kind, OutageState state, boolean suspected,
            GridScope where, Long customerId, String cause, Instant plannedStart, Instant plannedEnd, Instant ert,
            Instant announcedAt, Boolean compliant, String lateNoticeReason, Instant startedAt, String splitFrom,
            Actor actor, Instant now) {
        OutageEvent event = new OutageEvent(new OutageSnapshot(null, number, kind, state, where.level(), suspected,
                where.stationId(), where.unitPath(), where.substationCode(), where.feederCode(), where.areaCode(),
                customerId, blankToNull(cause), plannedStart, plannedEnd, ert, announcedAt, compliant,
                blankToNull(lateNoticeReason), startedAt, null, null, null, null, null, null, null, null, null, null, splitFrom,
                actor.staffId(), now, now, 0), where.areas());
        event.scopeChanged = true;
        return event;
    }

    /**
     * Publishes a planned or temporary outage. Published later than the rules require, it is marked
     * non-compliant, and only with the reason why it could not be announced in time.
     */
    public static OutageEvent announce(String number, OutageKind kind, GridScope where, String cause, Instant start,
            Instant end, String lateNoticeReason, Duration requiredNotice, Actor actor, Instant now) {
        if (!kind.announced()) {
            throw DomainException.invalid("kind", "outage.validation.announcedKind");
        }
        requireText("cause", cause);
        requireWindow(start, end, now);
        boolean inTime = !start.isBefore(now.plus(requiredNotice));
        if (!inTime && (lateNoticeReason == null || lateNoticeReason.isBlank())) {
            throw new DomainException(ProblemCode.OUTAGE_NOTICE_TOO_SHORT, requiredNotice.toHours(),
                    Duration.between(now, start).toHours());
        }
        OutageEvent event = create(number, kind, OutageState.ANNOUNCED, false, where, null, cause, start, end, null, now,
                inTime, inTime ? null : lateNoticeReason, null, null, actor, now);
        event.record(actor, now, "ANNOUNCED", cause, details("start", start, "end", end, "compliant", inTime,
                "areas", where.areas().size()));
        return event;
    }

    /**
     * Fault calls from customers of one area (or of several areas of one feeder) where nothing is
     * known to be off: a suspected outage at that level, off since the first of the calls.
     */
    public static OutageEvent suspectFault(String number, GridScope where, Instant firstCall, Actor actor, Instant now) {
        OutageEvent event = create(number, OutageKind.FAULT, OutageState.ACTIVE, true, where, null, null, null, null,
                null, null, null, null, firstCall, null, actor, now);
        event.firstCallAt = firstCall;
        event.lastCallAt = now;
        event.record(actor, now, "SUSPECTED", null, details("level", where.level(), "area", where.areaCode(),
                "feeder", where.feederCode()));
        return event;
    }

    /** A fault the dispatcher knows of (from SCADA or a crew), entered by hand. */
    public static OutageEvent reportFault(String number, GridScope where, String cause, Instant ert, Actor actor,
            Instant now) {
        requireText("cause", cause);
        requireFuture("ert", ert, now);
        OutageEvent event = create(number, OutageKind.FAULT, OutageState.ACTIVE, false, where, null, cause, null, null,
                ert, null, null, null, now, null, actor, now);
        event.record(actor, now, "REPORTED", cause, details("level", where.level(), "ert", ert));
        return event;
    }

    /** A lawful arrears disconnection was executed: the customer is off until reconnection. */
    public static OutageEvent disconnection(String number, GridScope customerPlace, long customerId,
            String disconnectionNumber, Actor actor, Instant now) {
        OutageEvent event = create(number, OutageKind.ARREARS, OutageState.ACTIVE, false, customerPlace, customerId,
                "欠费停电 " + disconnectionNumber, null, null, null, null, null, null, now, null, actor, now);
        event.record(actor, now, "DISCONNECTED", disconnectionNumber, details("disconnection", disconnectionNumber));
        return event;
    }

    /** The part of a fault group the dispatcher split off: a confirmed event of its own. */
    public static OutageEvent splitFrom(OutageEvent parent, String number, GridScope part, Actor actor, Instant now) {
        OutageEvent event = create(number, OutageKind.FAULT, OutageState.ACTIVE, false, part, null, parent.cause, null,
                null, parent.ert, null, null, null, parent.startedAt, parent.number, actor, now);
        event.firstCallAt = parent.firstCallAt;
        event.lastCallAt = parent.lastCallAt;
        event.record(actor, now, "SPLIT_FROM", parent.number, details("from", parent.number, "areas", part.areas()));
        return event;
    }

    /** A planned outage begins (at its start, or when the crew opens the switch). */
    public void start(Actor actor, Instant now) {
        require(EnumSet.of(OutageState.ANNOUNCED), "start");
        state = OutageState.ACTIVE;
        startedAt = now;
        record(actor, now, "STARTED", null, details("plannedStart", plannedStart));
    }

    /** Power is back. The callers' orders are resolved by the service that restores. */
    public void restore(String note, String rootCause, Responsibility responsible, Actor actor, Instant now) {
        require(EnumSet.of(OutageState.ACTIVE), "restore");
        requireText("note", note);
        requireText("rootCause", rootCause);
        if (responsible == null) {
            throw DomainException.invalid("responsibility", "validation.NotNull", "responsibility");
        }
        state = OutageState.RESTORED;
        restoredAt = now;
        endNote = note.strip();
        responsibility = responsible.name();
        suspected = false;
        record(actor, now, "RESTORED", endNote, details("rootCause", rootCause, "responsibility", responsible,
                "minutes", Duration.between(startedAt, now).toMinutes()));
    }

    /** An announced outage that will not take place. */
    public void cancel(String reason, Actor actor, Instant now) {
        require(EnumSet.of(OutageState.ANNOUNCED), "cancel");
        end(reason, "CANCELLED", actor, now);
    }

    /** The dispatcher says the grouped calls were no outage: the calls go back to being orders of their own. */
    public void dissolve(String reason, Actor actor, Instant now) {
        requireSuspectedFault("dissolve");
        end(reason, "DISSOLVED", actor, now);
    }

    private void end(String reason, String action, Actor actor, Instant now) {
        requireText("reason", reason);
        state = OutageState.CANCELLED;
        cancelledAt = now;
        endNote = reason.strip();
        record(actor, now, action, endNote, Map.of());
    }

    /** The dispatcher confirms that the grouped calls are one outage, and why. */
    public void confirm(String cause, Instant estimate, Actor actor, Instant now) {
        requireSuspectedFault("confirm");
        requireText("cause", cause);
        if (estimate != null) {
            requireFuture("ert", estimate, now);
            ert = estimate;
        }
        suspected = false;
        this.cause = cause.strip();
        record(actor, now, "CONFIRMED", this.cause, details("ert", ert, "level", level));
    }

    /** Calls from a second area of the feeder: the lowest level covering them all is the feeder. */
    public void widenToFeeder(Set<String> feederAreas, Actor actor, Instant now) {
        requireSuspectedFault("widen");
        if (level != OutageLevel.AREA) {
            throw new DomainException(ProblemCode.OUTAGE_ILLEGAL_TRANSITION, number, "widen", level);
        }
        level = OutageLevel.FEEDER;
        areaCode = null;
        scope.addAll(feederAreas);
        scopeChanged = true;
        record(actor, now, "WIDENED_TO_FEEDER", origin.feederCode(), details("feeder", origin.feederCode(),
                "areas", scope.size()));
    }

    /**
     * Takes {@code areas} out of this fault group, which keeps the rest. Returns the scope of the part
     * split off, for its own event.
     */
    public GridScope splitOff(Set<String> areas, String newNumber, Actor actor, Instant now) {
        require(EnumSet.of(OutageState.ACTIVE), "split");
        if (kind != OutageKind.FAULT || level == OutageLevel.AREA) {
            throw new DomainException(ProblemCode.OUTAGE_ILLEGAL_TRANSITION, number, "split",
                    kind == OutageKind.FAULT ? level : kind);
        }
        if (areas == null || areas.isEmpty() || !scope.containsAll(areas) || areas.containsAll(scope)) {
            throw DomainException.invalid("areas", "outage.validation.splitAreas");
        }
        scope.removeAll(areas);
        scopeChanged = true;
        narrowLevel();
        suspected = false;
        record(actor, now, "SPLIT", newNumber, details("into", newNumber, "areas", new TreeSet<>(areas)));
        OutageLevel partLevel = areas.size() == 1 ? OutageLevel.AREA : OutageLevel.SECTION;
        return new GridScope(origin.stationId(), origin.unitPath(), origin.substationCode(), origin.feederCode(),
                areas.size() == 1 ? areas.iterator().next() : null, partLevel, areas);
    }

    private void narrowLevel() {
        level = scope.size() == 1 ? OutageLevel.AREA : OutageLevel.SECTION;
        areaCode = scope.size() == 1 ? scope.iterator().next() : null;
    }

    /** The crew (or dispatcher) estimates when power will be back; callers are told this time. */
    public void estimateRestoration(Instant estimate, Actor actor, Instant now) {
        require(EnumSet.of(OutageState.ACTIVE), "estimate");
        if (kind != OutageKind.FAULT) {
            throw new DomainException(ProblemCode.OUTAGE_ILLEGAL_TRANSITION, number, "estimate", kind);
        }
        requireFuture("ert", estimate, now);
        Instant before = ert;
        ert = estimate;
        record(actor, now, "ERT_SET", null, details("ert", estimate, "before", before));
    }

    /** Sends a crew (or another one) to the event. */
    public void dispatchCrew(Assignment crew, Actor actor, Instant now) {
        require(EnumSet.of(OutageState.ANNOUNCED, OutageState.ACTIVE), "dispatchCrew");
        boolean first = crewUnitId == null;
        crewUnitId = crew.unitId();
        crewAssigneeId = crew.assigneeId();
        crewDispatchedAt = first ? now : crewDispatchedAt;
        record(actor, now, first ? "CREW_DISPATCHED" : "CREW_CHANGED", null,
                details("unitId", crew.unitId(), "assigneeId", crew.assigneeId()));
    }

    /**
     * The event's crew reached the site (it said so, or checked in on one of the attached calls):
     * once, at {@code at}, which may lie a little before {@code now} (a check-in reported late).
     */
    public void crewArrived(Instant at, String note, Actor actor, Instant now) {
        require(EnumSet.of(OutageState.ACTIVE), "crewArrived");
        if (crewUnitId == null || crewArrivedAt != null) {
            throw new DomainException(ProblemCode.OUTAGE_ILLEGAL_TRANSITION, number, "crewArrived",
                    crewUnitId == null ? "NO_CREW" : "CREW_ON_SITE");
        }
        crewArrivedAt = at.isAfter(now) ? now : at;
        record(actor, now, "CREW_ARRIVED", blankToNull(note), details("at", crewArrivedAt));
    }

    /** When the event's crew reached the site, if it has. */
    public Instant crewArrivedAt() {
        return crewArrivedAt;
    }

    /** One more call about this event (not a timeline line: the calls are listed with the event). */
    public void callArrived(Instant at) {
        if (firstCallAt == null) {
            firstCallAt = at;
        }
        lastCallAt = at;
    }

    /** A warning or a notice, noted on the timeline without changing the event. */
    public void note(String action, String note, Map<String, Object> details, Actor actor, Instant now) {
        record(actor, now, action, note, details);
    }

    private void requireSuspectedFault(String action) {
        require(EnumSet.of(OutageState.ACTIVE), action);
        if (kind != OutageKind.FAULT || !suspected) {
            throw new DomainException(ProblemCode.OUTAGE_ILLEGAL_TRANSITION, number, action,
                    suspected ? kind : "CONFIRMED");
        }
    }

    private void require(Set<OutageState> allowed, String action) {
        if (!allowed.contains(state)) {
            throw new DomainException(ProblemCode.OUTAGE_ILLEGAL_TRANSITION, number, action, state);
        }
    }

    private static void requireWindow(Instant start, Instant end, Instant now) {
        if (start == null || end == null) {
            throw DomainException.invalid(start == null ? "plannedStart" : "plannedEnd", "validation.NotNull",
                    start == null ? "plannedStart" : "plannedEnd");
        }
        if (!start.isAfter(now)) {
            throw DomainException.invalid("plannedStart", "outage.validation.startInFuture");
        }
        if (!end.isAfter(start)) {
            throw DomainException.invalid("plannedEnd", "outage.validation.endAfterStart");
        }
    }

    private static void requireFuture(String field, Instant at, Instant now) {
        if (at != null && !at.isAfter(now)) {
            throw DomainException.invalid(field, "outage.validation.ertInFuture");
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "validation.NotBlank", field);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void record(Actor actor, Instant now, String action, String note, Map<String, Object> details) {
        updatedAt = now;
        newEntries.add(new OutageTimelineEntry(now, actor.staffId(), actor.name(), action, note, details));
    }

    static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v != null) {
                map.put((String) keyValues[i], v instanceof Enum<?> e ? e.name()
                        : v instanceof Instant || v instanceof Set<?> ? v.toString() : v);
            }
        }
        return map;
    }

    /** Called by the repository after writing; clears what it wrote. */
    public void saved(long newId, int newVersion) {
        id = newId;
        version = newVersion;
        newEntries.clear();
        scopeChanged = false;
    }

    public List<OutageTimelineEntry> newTimelineEntries() {
        return Collections.unmodifiableList(newEntries);
    }

    public boolean scopeChanged() {
        return scopeChanged;
    }

    public Set<String> scope() {
        return Collections.unmodifiableSet(scope);
    }

    public OutageSnapshot snapshot() {
        return new OutageSnapshot(id, number, kind, state, level, suspected, origin.stationId(), origin.unitPath(),
                origin.substationCode(), origin.feederCode(), areaCode, customerId, cause, plannedStart, plannedEnd, ert,
                announcedAt, compliant, lateNoticeReason, startedAt, restoredAt, cancelledAt, endNote, responsibility,
                crewUnitId, crewAssigneeId, crewDispatchedAt, crewArrivedAt, firstCallAt, lastCallAt, splitFrom, createdBy, createdAt,
                updatedAt, version);
    }

    /** The place the event covers now. */
    public GridScope where() {
        return new GridScope(origin.stationId(), origin.unitPath(), origin.substationCode(), origin.feederCode(),
                areaCode, level, scope);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public OutageKind kind() {
        return kind;
    }

    public OutageState state() {
        return state;
    }

    public OutageLevel level() {
        return level;
    }

    public boolean suspected() {
        return suspected;
    }

    public Long crewUnitId() {
        return crewUnitId;
    }

    public Long crewAssigneeId() {
        return crewAssigneeId;
    }

    public String cause() {
        return cause;
    }

    public int version() {
        return version;
    }
}
