package com.griddesk.outage.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.outage.Disconnection;
import com.griddesk.outage.Disconnections;
import com.griddesk.outage.NoticeChannel;
import com.griddesk.outage.NoticePurpose;
import com.griddesk.outage.NoticeView;
import com.griddesk.outage.OutageTimelineEntry;
import com.griddesk.outage.web.DisconnectionViews.DisconnectionView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/disconnections")
@Tag(name = "Disconnections")
class DisconnectionApiController {

    private final Disconnections disconnections;
    private final DisconnectionViews views;

    DisconnectionApiController(Disconnections disconnections, DisconnectionViews views) {
        this.disconnections = disconnections;
        this.views = views;
    }

    record Create(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String accountNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal arrearsAmount,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "when power would be cut: at least 3 days ahead")
            Instant plannedAt) {
    }

    record SendNotice(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            description = "DISCONNECTION_NOTICE (3–7 days before) or DISCONNECTION_RENOTICE (30 minutes before)")
            NoticePurpose purpose, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) NoticeChannel channel) {
    }

    record Payment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String receipt) {
    }

    record Reason(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    @PostMapping
    @Operation(summary = "Request an arrears disconnection (it needs the head's approval, notices, then execution)")
    ResponseEntity<DisconnectionView> create(@RequestBody Create body, CurrentStaff staff, Locale locale) {
        Disconnection d = disconnections.request(new Disconnections.Request(body.accountNumber(), body.arrearsAmount(),
                body.reason(), body.plannedAt()), staff);
        return ResponseEntity.created(URI.create("/api/v1/disconnections/" + d.number())).body(views.view(d, locale));
    }

    @GetMapping
    List<DisconnectionView> list(@RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "100") int limit, CurrentStaff staff, Locale locale) {
        return disconnections.list(staff, open, limit).stream()
                .map(s -> views.view(disconnections.get(s.number(), staff), locale)).toList();
    }

    @GetMapping("/{number}")
    @Operation(summary = "The disconnection, its notices and what an execution now would still lack (missing)")
    DisconnectionView get(@PathVariable String number, CurrentStaff staff, Locale locale) {
        return views.view(disconnections.get(number, staff), locale);
    }

    @GetMapping("/{number}/timeline")
    List<OutageTimelineEntry> timeline(@PathVariable String number, CurrentStaff staff) {
        return disconnections.timeline(disconnections.get(number, staff));
    }

    @PostMapping("/{number}/approve")
    @Operation(summary = "Approval by the unit's head (供电营业规则 Art. 67)")
    DisconnectionView approve(@PathVariable String number, CurrentStaff staff, Locale locale) {
        return views.view(disconnections.approve(number, staff), locale);
    }

    @PostMapping("/{number}/protected-approval")
    @Operation(summary = "The second approval a protected customer (important user, medical equipment) needs, "
            + "from a head above the station")
    DisconnectionView approveProtected(@PathVariable String number, CurrentStaff staff, Locale locale) {
        return views.view(disconnections.approveProtected(number, staff), locale);
    }

    @PostMapping("/{number}/notices")
    @Operation(summary = "Send the notice or the re-notice; its delivery is then reported by the notification "
            + "module or entered at POST /api/v1/notices/{reference}/delivery")
    ResponseEntity<NoticeView> notice(@PathVariable String number, @RequestBody SendNotice body, CurrentStaff staff) {
        NoticeView notice = disconnections.sendNotice(number, body.purpose(), body.channel(), staff);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.reference())).body(notice);
    }

    @PostMapping("/{number}/execute")
    @Operation(summary = "Record the execution: refused (409, one entry per missing condition in errors) unless "
            + "approved, notice delivered 3–7 days before, re-notice 30 minutes before, and protected customers' "
            + "second approval")
    DisconnectionView execute(@PathVariable String number, CurrentStaff staff, Locale locale) {
        return views.view(disconnections.execute(number, staff), locale);
    }

    @PostMapping("/{number}/payment")
    @Operation(summary = "The arrears are paid: reconnection is due within 24 h (or the request ends, if not executed)")
    DisconnectionView payment(@PathVariable String number, @RequestBody Payment body, CurrentStaff staff, Locale locale) {
        return views.view(disconnections.paid(number, body.receipt(), staff), locale);
    }

    @PostMapping("/{number}/reconnect")
    @Operation(summary = "Power reconnected: the arrears outage is restored and the customer told")
    DisconnectionView reconnect(@PathVariable String number, CurrentStaff staff, Locale locale) {
        return views.view(disconnections.reconnect(number, staff), locale);
    }

    @PostMapping("/{number}/cancel")
    DisconnectionView cancel(@PathVariable String number, @RequestBody Reason body, CurrentStaff staff, Locale locale) {
        return views.view(disconnections.cancel(number, body.reason(), staff), locale);
    }
}
