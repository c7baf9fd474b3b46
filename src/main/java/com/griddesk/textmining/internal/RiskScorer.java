package com.griddesk.textmining.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.griddesk.textmining.EscalationRisk;
import com.griddesk.textmining.EscalationRisk.Reason;
import com.griddesk.textmining.engine.EscalationSignals;

/**
 * Adds up the escalation signals of one order into a score of 0–100. Each reason carries its own
 * points, so the score explains itself; the weights follow the labelling guide's order of
 * sensitivity (the regulator first, then media and courts, then repeat calls and vulnerability).
 */
final class RiskScorer {

    /** Everything the score is made of, gathered from the order, the customer and the clocks. */
    record Inputs(String text, String channel, int repeatCalls, int reminders, int earlierComplaints,
            boolean repeatComplainer, boolean elderlyAlone, boolean medicalEquipment, boolean importantCustomer,
            int overdueClocks, Duration outage) {
    }

    /** Channels that already are an escalation: the item came through the regulator, the city or the press. */
    private static final Set<String> ESCALATED_CHANNELS = Set.of("REGULATOR", "GOV_HOTLINE", "MEDIA");

    private final int warnAt;
    private final int criticalAt;

    RiskScorer(int warnAt, int criticalAt) {
        this.warnAt = warnAt;
        this.criticalAt = criticalAt;
    }

    List<Reason> reasons(Inputs in) {
        List<Reason> reasons = new ArrayList<>();
        String channelSignal = switch (in.channel()) {
            case "REGULATOR" -> "REGULATOR";
            case "GOV_HOTLINE" -> "GOV_HOTLINE";
            case "MEDIA" -> "MEDIA";
            default -> null;
        };
        if (ESCALATED_CHANNELS.contains(in.channel())) {
            int points = switch (in.channel()) {
                case "REGULATOR" -> 35;
                case "MEDIA" -> 30;
                default -> 20;
            };
            reasons.add(new Reason("CHANNEL_" + in.channel(), points, in.channel()));
        }
        for (EscalationSignals.Found f : EscalationSignals.in(in.text())) {
            if (!f.code().equals(channelSignal)) {
                reasons.add(new Reason(f.code(), f.points(), String.join("、", f.words())));
            }
        }
        int calls = in.repeatCalls() + in.reminders();
        if (calls > 0) {
            reasons.add(new Reason("REPEAT_CALLS", Math.min(30, 12 * calls), String.valueOf(calls)));
        }
        if (in.earlierComplaints() > 0) {
            reasons.add(new Reason("EARLIER_COMPLAINTS", Math.min(20, 10 * in.earlierComplaints()),
                    String.valueOf(in.earlierComplaints())));
        }
        if (in.repeatComplainer()) {
            reasons.add(new Reason("REPEAT_COMPLAINER", 10, ""));
        }
        if (in.elderlyAlone()) {
            reasons.add(new Reason("ELDERLY_ALONE", 15, ""));
        }
        if (in.medicalEquipment()) {
            reasons.add(new Reason("MEDICAL_EQUIPMENT", 20, ""));
        }
        if (in.importantCustomer()) {
            reasons.add(new Reason("IMPORTANT_CUSTOMER", 15, ""));
        }
        if (in.overdueClocks() > 0) {
            reasons.add(new Reason("OVERDUE", Math.min(30, 20 + 5 * (in.overdueClocks() - 1)),
                    String.valueOf(in.overdueClocks())));
        }
        if (in.outage() != null && in.outage().toMinutes() >= 120) {
            long hours = in.outage().toHours();
            reasons.add(new Reason("LONG_OUTAGE", hours >= 8 ? 25 : hours >= 4 ? 15 : 10, String.valueOf(hours)));
        }
        reasons.sort(java.util.Comparator.comparingInt(Reason::points).reversed());
        return reasons;
    }

    static int score(List<Reason> reasons) {
        return Math.min(100, reasons.stream().mapToInt(Reason::points).sum());
    }

    EscalationRisk.Level level(int score) {
        if (score >= criticalAt) {
            return EscalationRisk.Level.CRITICAL;
        }
        if (score >= warnAt) {
            return EscalationRisk.Level.HIGH;
        }
        return score >= 30 ? EscalationRisk.Level.MEDIUM : EscalationRisk.Level.LOW;
    }

    boolean warns(EscalationRisk.Level level) {
        return level == EscalationRisk.Level.HIGH || level == EscalationRisk.Level.CRITICAL;
    }
}
