package com.griddesk.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.griddesk.analytics.Indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param units        codes of the units reports are generated for on schedule (empty: every bureau)
 * @param publicUrl    GridDesk's address, for the link to the document in the e-mail
 * @param weights      the monthly assessment's indicator weights in percent, summing to 100 (an
 *                     administrator may override them on the weights page)
 * @param topProblems  categories and root causes listed as top problems in the weekly bulletin
 * @param typicalCases complaint orders listed as typical cases in the weekly bulletin
 */
@ConfigurationProperties("griddesk.report")
public record ReportSettings(
        @DefaultValue({}) List<String> units,
        @DefaultValue("http://localhost:8080") String publicUrl,
        Map<Indicator, Integer> weights,
        @DefaultValue("5") int topProblems,
        @DefaultValue("5") int typicalCases) {

    /** Defaults: timeliness and satisfaction count most, then first-contact resolution and complaints. */
    public static final Map<Indicator, Integer> DEFAULT_WEIGHTS = Map.of(
            Indicator.TIMELINESS_RATE, 25,
            Indicator.CALLBACK_SATISFACTION_RATE, 25,
            Indicator.FIRST_CONTACT_RESOLUTION_RATE, 15,
            Indicator.COMPLAINTS_PER_10K_CUSTOMERS, 15,
            Indicator.REPEAT_COMPLAINT_RATE, 10,
            Indicator.REMINDER_RATE, 5,
            Indicator.RETURN_RATE, 5);

    public ReportSettings {
        units = List.copyOf(units);
        weights = weights == null || weights.isEmpty() ? new EnumMap<>(DEFAULT_WEIGHTS) : new EnumMap<>(weights);
        String problem = Weights.problem(weights);
        if (problem != null) {
            throw new IllegalArgumentException("griddesk.report.weights: " + problem);
        }
    }
}
