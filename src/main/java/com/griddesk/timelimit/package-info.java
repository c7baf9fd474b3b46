/**
 * Time limits: rule sets versioned by effective date, the Chinese working-day calendar, the clocks
 * of each order (start, stop, pause), yellow and red warnings, escalation up the organisation and
 * supervision (督办).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time limits",
        allowedDependencies = { "org", "customer", "workorder", "workorder::web", "shared" })
package com.griddesk.timelimit;
