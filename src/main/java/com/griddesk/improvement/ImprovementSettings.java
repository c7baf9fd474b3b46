package com.griddesk.improvement;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param areaThreshold     orders of one root cause in one transformer area within the window that propose an action
 * @param feederThreshold   the same for a feeder
 * @param unitThreshold     the same for a unit (the supply station owning the orders)
 * @param window            how far back recurrences are counted
 * @param ignoredRootCauses causes that say nothing went wrong (a question answered, a request done)
 * @param ignoredResponsibilities responsibilities whose orders the company cannot improve on (the customer's own
 *                          installation or conduct)
 * @param backfillOnStart   on a first start, read the orders resolved within the window that went in
 *                          without events (the demo history) in the background, as if just resolved
 */
@ConfigurationProperties("griddesk.improvement")
public record ImprovementSettings(
        @DefaultValue("3") int areaThreshold,
        @DefaultValue("5") int feederThreshold,
        @DefaultValue("10") int unitThreshold,
        @DefaultValue("P90D") Duration window,
        @DefaultValue({ "INFORMATION_ANSWERED", "REQUEST_COMPLETED" }) List<String> ignoredRootCauses,
        @DefaultValue("CUSTOMER") List<String> ignoredResponsibilities,
        @DefaultValue("true") boolean backfillOnStart) {

    public ImprovementSettings {
        ignoredRootCauses = List.copyOf(ignoredRootCauses);
        ignoredResponsibilities = List.copyOf(ignoredResponsibilities);
        if (areaThreshold < 2 || feederThreshold < 2 || unitThreshold < 2) {
            throw new IllegalArgumentException("griddesk.improvement: a recurrence needs a threshold of at least 2");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("griddesk.improvement.window must be positive");
        }
    }

    public int threshold(ScopeKind kind) {
        return switch (kind) {
            case TRANSFORMER_AREA -> areaThreshold;
            case FEEDER -> feederThreshold;
            case UNIT -> unitThreshold;
        };
    }
}
