/**
 * Intake on every channel: customer lookup, the caller's history, repeat-call detection,
 * idempotent creation and routing of new work orders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake", allowedDependencies = { "org", "customer", "workorder", "workorder::web", "dispatch", "shared" })
package com.griddesk.intake;
