/**
 * Quality inspection (质检, R19): supervisors draw closed orders — at random or by rule (rated
 * dissatisfied, sent back, escalated) — score them against the service norms (as data), and see the
 * scores per person and per unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality inspection",
        allowedDependencies = { "org", "workorder", "workorder::web", "timelimit", "shared" })
package com.griddesk.quality;
