package com.griddesk.timelimit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.shared.DomainException;
import com.griddesk.timelimit.BusinessCalendar;
import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.DayKind;
import com.griddesk.timelimit.LimitUnit;
import com.griddesk.timelimit.OrderTimeControl;
import com.griddesk.timelimit.RuleSet;
import com.griddesk.timelimit.SuspensionKind;
import com.griddesk.timelimit.TimeLimitBoard;
import com.griddesk.timelimit.TimeLimitRules;
import com.griddesk.timelimit.TimeRule;
import com.griddesk.workorder.OrderDeadlines;
import com.griddesk.workorder.WorkOrderQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Time limits")
class TimeLimitApiController {

    private final TimeLimitRules rules;
    private final BusinessCalendar calendar;
    private final OrderTimeControl control;
    private final TimeLimitBoard board;
    private final OrderDeadlines deadlines;
    private final WorkOrderQueries queries;
    private final OrgDirectory org;
    private final java.time.Clock clock;

    TimeLimitApiController(TimeLimitRules rules, BusinessCalendar calendar, OrderTimeControl control, TimeLimitBoard board,
            OrderDeadlines deadlines, WorkOrderQueries queries, OrgDirectory org, java.time.Clock clock) {
        this.rules = rules;
        this.calendar = calendar;
        this.control = control;
        this.board = board;
        this.deadlines = deadlines;
        this.queries = queries;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/api/v1/time-limits/rules")
    @Operation(summary = "The rule set in force now (or a given version) with its rules")
    RuleSet rules(@RequestParam(required = false) Integer version) {
        if (version == null) {
            return rules.inForce(clock.instant());
        }
        return rules.version(version).orElseThrow(() -> DomainException.notFound(
                com.griddesk.shared.ProblemCode.NOT_FOUND, "rule set " + version));
    }

    @GetMapping("/api/v1/time-limits/rule-sets")
    @Operation(summary = "All rule-set versions, newest first, including the draft")
    List<RuleSet> ruleSets() {
        return rules.versions();
    }

    record RuleRequest(String code, String channel, String regionClass, String customerClass, ClockName clock,
            Integer amount, LimitUnit unit, String source) {
    }

    @PostMapping("/api/v1/time-limits/rule-sets/draft/rules")
    @Operation(summary = "Add a rule to the draft rule set (administrators)")
    RuleSet addRule(@RequestBody RuleRequest r, CurrentStaff staff) {
        return rules.addRule(new TimeRule(null, r.code(), blank(r.channel()), blank(r.regionClass()),
                blank(r.customerClass()), r.clock(), r.amount() == null ? 0 : r.amount(), r.unit(), r.source()), staff);
    }

    @DeleteMapping("/api/v1/time-limits/rule-sets/draft/rules/{id}")
    @Operation(summary = "Remove a rule from the draft rule set (administrators)")
    RuleSet removeRule(@PathVariable long id, CurrentStaff staff) {
        return rules.removeRule(id, staff);
    }

    record PublishRequest(Instant effectiveFrom, String note) {
    }

    @PostMapping("/api/v1/time-limits/rule-sets/draft/publish")
    @Operation(summary = "Publish the draft as the next version from its effective date; running orders keep theirs")
    RuleSet publish(@RequestBody(required = false) PublishRequest r, CurrentStaff staff) {
        return rules.publish(r == null ? null : r.effectiveFrom(), r == null ? null : r.note(), staff);
    }

    @GetMapping("/api/v1/time-limits/calendar")
    @Operation(summary = "Public holidays and make-up working days of a year")
    List<BusinessCalendar.Day> calendar(@RequestParam int year) {
        return calendar.exceptions(year);
    }

    record DayRequest(DayKind kind, String name) {
    }

    @PutMapping("/api/v1/time-limits/calendar/{day}")
    @Operation(summary = "Mark a day as holiday or make-up working day (administrators)")
    List<BusinessCalendar.Day> putDay(@PathVariable LocalDate day, @RequestBody DayRequest r, CurrentStaff staff) {
        calendar.put(new BusinessCalendar.Day(day, r.kind(), r.name()), staff);
        return calendar.exceptions(day.getYear());
    }

    @DeleteMapping("/api/v1/time-limits/calendar/{day}")
    @Operation(summary = "Make a day an ordinary day of the week again (administrators)")
    List<BusinessCalendar.Day> removeDay(@PathVariable LocalDate day, CurrentStaff staff) {
        calendar.remove(day, staff);
        return calendar.exceptions(day.getYear());
    }

    @GetMapping("/api/v1/work-orders/{number}/clocks")
    @Operation(summary = "The order's clocks: deadline, state RUNNING | PAUSED | MET | BREACHED, seconds remaining")
    List<OrderDeadlines.Deadline> clocks(@PathVariable String number, CurrentStaff staff) {
        return deadlines.of(queries.get(number, staff).id());
    }

    record SuspendRequest(SuspensionKind kind, String reason) {
    }

    @PostMapping("/api/v1/work-orders/{number}/suspend")
    @Operation(summary = "挂起: pause the order's clocks for a lawful reason; the caller approves")
    List<OrderDeadlines.Deadline> suspend(@PathVariable String number, @RequestBody SuspendRequest r, CurrentStaff staff) {
        control.suspend(number, r.kind(), r.reason(), staff);
        return clocks(number, staff);
    }

    record NoteRequest(String note) {
    }

    @PostMapping("/api/v1/work-orders/{number}/resume")
    @Operation(summary = "Resume the order's clocks after a suspension")
    List<OrderDeadlines.Deadline> resume(@PathVariable String number, @RequestBody(required = false) NoteRequest r,
            CurrentStaff staff) {
        control.resume(number, r == null ? null : r.note(), staff);
        return clocks(number, staff);
    }

    record SuperviseRequest(Instant deadline, Integer hours, String note) {
    }

    @PostMapping("/api/v1/work-orders/{number}/supervise")
    @Operation(summary = "督办: a supervisor sets a deadline of their own (deadline, or hours from now)")
    List<OrderDeadlines.Deadline> supervise(@PathVariable String number, @RequestBody SuperviseRequest r, CurrentStaff staff) {
        Instant deadline = r.deadline() != null ? r.deadline()
                : r.hours() != null ? clock.instant().plusSeconds(3600L * r.hours()) : null;
        control.supervise(number, deadline, r.note(), staff);
        return clocks(number, staff);
    }

    @GetMapping("/api/v1/time-limits/warnings")
    @Operation(summary = "The caller's warning centre")
    List<TimeLimitBoard.Warning> warnings(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "50") int limit, CurrentStaff staff) {
        return board.warningsFor(staff, unread, limit);
    }

    @PostMapping("/api/v1/time-limits/warnings/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id, CurrentStaff staff) {
        board.markRead(id, staff);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/time-limits/overdue")
    @Operation(summary = "Overdue clocks in the caller's units (or one unit and below), most overdue first")
    List<TimeLimitBoard.Overdue> overdue(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "200") int limit, CurrentStaff staff) {
        String path = unit == null || unit.isBlank() ? null : org.unitByCode(unit.strip()).map(OrgUnit::path)
                .orElseThrow(() -> DomainException.invalid("unit", "validation.unknownUnit", unit));
        return board.overdue(staff, path, limit);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
