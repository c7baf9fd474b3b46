/**
 * Analysis (R9, R11): indicators defined once ({@link com.griddesk.analytics.Indicator}), answered
 * from rollups that listeners keep up to date in the transaction of every order change, the
 * dashboard with its drill-downs, and the API a report generator calls without a web request
 * ({@link com.griddesk.analytics.Indicators}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = { "org", "customer", "workorder", "timelimit", "outage", "shared" })
package com.griddesk.analytics;
