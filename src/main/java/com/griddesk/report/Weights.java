package com.griddesk.report;

import java.util.List;
import java.util.Map;

import com.griddesk.analytics.Indicator;

/** The rules for assessment weights: whole percentages of scorable indicators, summing to 100. */
public final class Weights {

    /** Indicators a unit can be scored on (rates and ratios; not volumes or backlogs). */
    public static final List<Indicator> SCORABLE = List.of(Indicator.TIMELINESS_RATE, Indicator.CALLBACK_SATISFACTION_RATE,
            Indicator.FIRST_CONTACT_RESOLUTION_RATE, Indicator.COMPLAINTS_PER_10K_CUSTOMERS, Indicator.REPEAT_COMPLAINT_RATE,
            Indicator.REMINDER_RATE, Indicator.RETURN_RATE, Indicator.AVERAGE_HANDLING_TIME);

    private Weights() {
    }

    /** Whether a higher value is better for the unit's score. */
    public static boolean higherIsBetter(Indicator indicator) {
        return indicator == Indicator.TIMELINESS_RATE || indicator == Indicator.CALLBACK_SATISFACTION_RATE
                || indicator == Indicator.FIRST_CONTACT_RESOLUTION_RATE;
    }

    /** Null when valid, else what is wrong (for the log or a message argument). */
    public static String problem(Map<Indicator, Integer> weights) {
        int sum = 0;
        for (var e : weights.entrySet()) {
            if (!SCORABLE.contains(e.getKey())) {
                return e.getKey() + " cannot be weighted";
            }
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 100) {
                return e.getKey() + " must be between 0 and 100";
            }
            sum += e.getValue();
        }
        return sum == 100 ? null : "the weights sum to " + sum + ", not 100";
    }

    public static int sum(Map<Indicator, Integer> weights) {
        return weights.values().stream().mapToInt(v -> v == null ? 0 : v).sum();
    }
}
