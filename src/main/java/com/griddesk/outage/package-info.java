/**
 * Outages and disconnections: the grid topology (substation → feeder → transformer area →
 * customers), outage events (planned, temporary, fault, arrears) with the customers they cut off,
 * outage-aware intake, fault-call grouping with one crew per event, R14 warnings, and the lawful
 * arrears disconnection workflow with its notices and reconnection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outages and disconnections",
        allowedDependencies = { "org", "customer", "workorder", "workorder::web", "intake", "timelimit", "shared" })
package com.griddesk.outage;
