package com.griddesk.outage.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.griddesk.org.CurrentStaff;
import com.griddesk.outage.OutageEvent;
import com.griddesk.outage.OutageEvents;
import com.griddesk.outage.OutageKind;
import com.griddesk.outage.OutageQueries;
import com.griddesk.outage.OutageRestored;
import com.griddesk.outage.OutageState;
import com.griddesk.outage.OutageStatistics;
import com.griddesk.outage.OutageTimelineEntry;
import com.griddesk.outage.OutageView;
import com.griddesk.shared.DomainException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/outages")
@Tag(name = "Outages")
class OutageApiController {

    private final OutageEvents events;
    private final OutageQueries queries;
    private final OutageStatistics statistics;

    OutageApiController(OutageEvents events, OutageQueries queries, OutageStatistics statistics) {
        this.events = events;
        this.queries = queries;
        this.statistics = statistics;
    }

    @GetMapping
    @Operation(summary = "Outage events in your units: active first, then announced, then the rest, newest first")
    List<OutageView> list(@RequestParam(required = false) Set<OutageState> state,
            @RequestParam(defaultValue = "100") int limit, CurrentStaff staff) {
        return queries.list(staff, state, limit);
    }

    @PostMapping
    @Operation(summary = "Publish a planned or temporary outage (7 days / 24 h ahead, or non-compliant with a reason), "
            + "or report a known fault")
    ResponseEntity<OutageView> create(@RequestBody OutageRequests.Create body, CurrentStaff staff) {
        if (body.kind() == null || body.kind() == OutageKind.ARREARS) {
            throw DomainException.invalid("kind", "outage.validation.creatableKind");
        }
        OutageEvent event = body.kind() == OutageKind.FAULT ? events.reportFault(body.fault(), staff)
                : events.announce(body.announcement(), staff);
        return ResponseEntity.created(URI.create("/api/v1/outages/" + event.number())).body(queries.view(event));
    }

    @GetMapping("/{number}")
    @Operation(summary = "One outage event with its scope, crew, figures and warnings")
    OutageView get(@PathVariable String number, CurrentStaff staff) {
        return queries.view(number, staff);
    }

    @GetMapping("/{number}/timeline")
    List<OutageTimelineEntry> timeline(@PathVariable String number, CurrentStaff staff) {
        return queries.timeline(number, staff);
    }

    @GetMapping("/{number}/affected-customers")
    @Operation(summary = "The customers the event cuts off, derived from the topology; important and medical first")
    List<OutageQueries.AffectedLine> affected(@PathVariable String number, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, CurrentStaff staff) {
        return queries.affected(number, staff, page, size);
    }

    @GetMapping("/{number}/calls")
    @Operation(summary = "The calls attached to the event: fault orders its crew works, and questions answered")
    List<OutageQueries.CallLine> calls(@PathVariable String number, @RequestParam(defaultValue = "1000") int limit,
            CurrentStaff staff) {
        return queries.calls(number, staff, limit);
    }

    @PostMapping("/{number}/calls")
    @Operation(summary = "Attach a caller's fault order to the event instead of sending another crew")
    OutageView attach(@PathVariable String number, @RequestBody OutageRequests.Attach body, CurrentStaff staff) {
        return queries.view(events.attachCall(number, body.orderNumber(), staff));
    }

    @PostMapping("/{number}/start")
    OutageView start(@PathVariable String number, CurrentStaff staff) {
        return queries.view(events.start(number, staff));
    }

    @PostMapping("/{number}/cancel")
    @Operation(summary = "Cancel an announced outage")
    OutageView cancel(@PathVariable String number, @RequestBody OutageRequests.Reason body, CurrentStaff staff) {
        return queries.view(events.cancel(number, body.reason(), staff));
    }

    @PostMapping("/{number}/confirm")
    @Operation(summary = "Grouping decision: the grouped calls are one outage (with its cause and estimate)")
    OutageView confirm(@PathVariable String number, @RequestBody OutageRequests.Confirm body, CurrentStaff staff) {
        return queries.view(events.confirm(number, body.cause(), body.ert(), staff));
    }

    @PostMapping("/{number}/split")
    @Operation(summary = "Grouping decision: split these transformer areas off into an outage of their own, with its own crew")
    ResponseEntity<OutageView> split(@PathVariable String number, @RequestBody OutageRequests.Split body,
            CurrentStaff staff) {
        OutageEvent part = events.split(number, body.areaCodes(), staff);
        return ResponseEntity.created(URI.create("/api/v1/outages/" + part.number())).body(queries.view(part));
    }

    @PostMapping("/{number}/dissolve")
    @Operation(summary = "Grouping decision: not one outage; the calls become orders of their own again")
    OutageView dissolve(@PathVariable String number, @RequestBody OutageRequests.Reason body, CurrentStaff staff) {
        return queries.view(events.dissolve(number, body.reason(), staff));
    }

    @PostMapping("/{number}/ert")
    @Operation(summary = "Set the estimated restoration time callers are told")
    OutageView estimate(@PathVariable String number, @RequestBody OutageRequests.Estimate body, CurrentStaff staff) {
        return queries.view(events.estimate(number, body.ert(), staff));
    }

    @PostMapping("/{number}/crew")
    @Operation(summary = "Send a crew (team, optionally a person) to the event, or another one")
    OutageView crew(@PathVariable String number, @RequestBody OutageRequests.Crew body, CurrentStaff staff) {
        return queries.view(events.dispatchCrew(number, body.unitCode(), body.assigneeId(), staff));
    }

    record Arrival(String note) {
    }

    @PostMapping("/{number}/crew-arrived")
    @Operation(summary = "The event's crew is on site: the ARRIVE clocks of all attached fault calls stop")
    OutageView crewArrived(@PathVariable String number, @RequestBody(required = false) Arrival body, CurrentStaff staff) {
        return queries.view(events.crewArrived(number, body == null ? null : body.note(), staff));
    }

    record Restoration(OutageView outage, int ordersResolved, int callersNotified) {
    }

    @PostMapping("/{number}/restore")
    @Operation(summary = "Power is back: resolves every attached order (callbacks are then due) and notifies each caller once")
    Restoration restore(@PathVariable String number, @RequestBody OutageRequests.Restore body, CurrentStaff staff) {
        OutageRestored restored = events.restore(number, body.note(), body.rootCause(), body.responsibility(), staff);
        return new Restoration(queries.view(number, staff), restored.ordersResolved(), restored.callersNotified());
    }

    @GetMapping("/statistics")
    @Operation(summary = "Per kind and in total, for outages that started in the period (local dates, inclusive)")
    OutageStatistics.PeriodFigures statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentStaff staff) {
        return statistics.period(from, to, staff);
    }
}
