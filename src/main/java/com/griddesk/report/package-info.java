/**
 * Reports (issue 7 item 5): the daily monitoring report, the weekly bulletin and the monthly
 * assessment with a weighted score per unit, generated on schedule (once per kind, period and unit)
 * or on a supervisor's demand from the analytics module's indicators, kept as documents (PDF with an
 * embedded Chinese font, Excel) and e-mailed to the staff who subscribed through the notification module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = { "org", "analytics", "notification", "workorder", "customer", "timelimit", "shared" })
package com.griddesk.report;
