package com.griddesk.outage;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.griddesk.shared.DomainException.FieldError;

/**
 * 供电营业规则 Art. 67 as a check: what an execution of the disconnection at {@code now} still
 * lacks. Each missing condition is one entry with its own message; none means it may go ahead.
 * Delivery facts count from whichever source reported them (notification module or staff).
 */
public final class DisconnectionRules {

    private DisconnectionRules() {
    }

    public static List<FieldError> missing(DisconnectionSnapshot d, List<NoticeView> notices, Instant now,
            OutageSettings.Disconnection rules) {
        List<FieldError> missing = new ArrayList<>();
        if (d.approvedAt() == null) {
            missing.add(new FieldError("approval", "disconnection.missing.approval"));
        }
        if (d.protection() != null && d.extraApprovedAt() == null) {
            missing.add(new FieldError("extraApproval", "disconnection.missing.extraApproval", d.protection().name()));
        }
        check(missing, "notice", delivered(notices, NoticePurpose.DISCONNECTION_NOTICE), now, rules.noticeMinLead(),
                rules.noticeMaxLead(), ChronoUnit.HOURS);
        check(missing, "renotice", delivered(notices, NoticePurpose.DISCONNECTION_RENOTICE), now, rules.renoticeLead(),
                rules.renoticeMaxLead(), ChronoUnit.MINUTES);
        if (now.isBefore(d.plannedAt())) {
            missing.add(new FieldError("plannedAt", "disconnection.beforeAnnouncedTime", d.plannedAt().toString()));
        }
        return missing;
    }

    private static List<Instant> delivered(List<NoticeView> notices, NoticePurpose purpose) {
        return notices.stream().filter(n -> n.purpose() == purpose && n.delivered()).map(NoticeView::deliveredAt)
                .sorted().toList();
    }

    /**
     * A delivery between {@code maxLead} and {@code minLead} before now; else why none counts (a
     * delivery too close to now is told in {@code unit}, one too long ago in hours).
     */
    private static void check(List<FieldError> missing, String field, List<Instant> deliveries, Instant now,
            Duration minLead, Duration maxLead, ChronoUnit unit) {
        Instant earliest = now.minus(maxLead);
        Instant latest = now.minus(minLead);
        if (deliveries.stream().anyMatch(at -> !at.isBefore(earliest) && !at.isAfter(latest))) {
            return;
        }
        Optional<Instant> last = deliveries.stream().max(Comparator.naturalOrder());
        if (last.isEmpty()) {
            missing.add(new FieldError(field, "disconnection.missing." + field));
        }
        else if (last.get().isAfter(latest)) {
            missing.add(new FieldError(field, "disconnection." + field + ".tooLate",
                    unit.between(last.get(), now), minLead.toSeconds() / unit.getDuration().toSeconds()));
        }
        else {
            missing.add(new FieldError(field, "disconnection." + field + ".tooEarly",
                    Duration.between(last.get(), now).toHours(), maxLead.toHours()));
        }
    }
}
