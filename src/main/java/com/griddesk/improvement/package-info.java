/**
 * Improvement actions (整改, issue 7 item 4): when the same root cause recurs in one transformer area,
 * feeder or unit beyond a threshold within the window, an action is proposed; it is accepted with an
 * owner, due date and plan, implemented with evidence and verified by another person, and its effect
 * is the rate of that cause in the scope before and after implementation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Improvement actions",
        allowedDependencies = { "org", "customer", "workorder", "shared" })
package com.griddesk.improvement;
