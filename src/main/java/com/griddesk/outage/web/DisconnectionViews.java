package com.griddesk.outage.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.griddesk.org.OrgDirectory;
import com.griddesk.outage.Disconnection;
import com.griddesk.outage.DisconnectionSnapshot;
import com.griddesk.outage.Disconnections;
import com.griddesk.outage.NoticeView;
import com.griddesk.shared.web.ProblemFactory;

import org.springframework.stereotype.Component;

/** Disconnections as the API and the pages show them, with what an execution now would still lack. */
@Component
class DisconnectionViews {

    record DisconnectionView(String number, String accountNumber, String customerName, String stationCode,
            String stationName, BigDecimal arrearsAmount, String reason, Instant plannedAt, String protection,
            String state, Instant requestedAt, String requestedBy, Instant approvedAt, String approvedBy,
            Instant extraApprovedAt, String extraApprovedBy, Instant executedAt, String outageNumber, Instant paidAt,
            String paymentReceipt, Instant reconnectDue, Instant reconnectedAt, Instant cancelledAt,
            String cancelReason, List<NoticeView> notices, List<Map<String, String>> missing, int version) {
    }

    private final Disconnections disconnections;
    private final OrgDirectory org;
    private final ProblemFactory problems;

    DisconnectionViews(Disconnections disconnections, OrgDirectory org, ProblemFactory problems) {
        this.disconnections = disconnections;
        this.org = org;
        this.problems = problems;
    }

    DisconnectionView view(Disconnection d, Locale locale) {
        DisconnectionSnapshot s = d.snapshot();
        var station = org.unit(s.stationId());
        List<Map<String, String>> missing = d.state().isOpen() && s.executedAt() == null
                ? problems.fieldErrors(disconnections.missingNow(d), locale) : List.of();
        return new DisconnectionView(s.number(), s.accountNumber(), s.customerName(), station.code(),
                station.name(locale), s.arrearsAmount(), s.reason(), s.plannedAt(),
                s.protection() == null ? null : s.protection().name(), s.state().name(), s.requestedAt(),
                name(s.requestedBy()), s.approvedAt(), name(s.approvedBy()), s.extraApprovedAt(),
                name(s.extraApprovedBy()), s.executedAt(), s.outageNumber(), s.paidAt(), s.paymentReceipt(),
                s.reconnectDue(), s.reconnectedAt(), s.cancelledAt(), s.cancelReason(), disconnections.notices(d),
                missing, s.version());
    }

    private String name(Long staffId) {
        return staffId == null ? null : org.staff(staffId).map(m -> m.fullName()).orElse(null);
    }
}
