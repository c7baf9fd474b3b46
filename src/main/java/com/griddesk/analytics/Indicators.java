package com.griddesk.analytics;

import java.util.List;

/**
 * The indicators of GridDesk, answered from the rollups (never by scanning the orders). Works
 * without a web request: the scope is the query's {@link IndicatorQuery#scopePath()} (take it from
 * {@link com.griddesk.org.CurrentStaff#scopePath()} for a user, or use the path of the unit a report
 * is about), so a scheduled report generator calls it directly. Invalid queries (period reversed or
 * too long for the granularity, unit outside the scope, unknown type) raise a
 * {@link com.griddesk.shared.DomainException} with a validation or out-of-scope code.
 */
public interface Indicators {

    /** Every indicator with its formula, in display order. */
    default List<Indicator> definitions() {
        return List.of(Indicator.values());
    }

    IndicatorReport report(IndicatorQuery query);

    /** The orders behind one number of {@link #report}; their total equals that number. */
    DrillDown.Result drillDown(DrillDown drillDown);
}
