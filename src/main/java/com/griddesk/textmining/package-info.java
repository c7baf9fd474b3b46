/**
 * Text mining of work orders (R10, R20): the classifier of free text into a leaf of the taxonomy
 * with calibrated confidence and versioned models, escalation risk with its reasons and early
 * warnings, likely duplicates among open orders, and weekly hot topics per unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Text mining",
        allowedDependencies = { "org", "customer", "workorder", "workorder::web", "intake", "timelimit", "shared" })
package com.griddesk.textmining;
