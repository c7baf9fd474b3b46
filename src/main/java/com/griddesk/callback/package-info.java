/**
 * Callback (回访): resolved orders that need one wait in the callback queue against their CALLBACK
 * deadline; the agent records reached or not (retries, then an SMS survey link the customer answers
 * without logging in), solved or not, satisfaction and comments. Dissatisfied or unsolved sends the
 * order back to its handler (返工), counted per unit; satisfaction with and without service recovery.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Callback",
        allowedDependencies = { "org", "workorder", "workorder::web", "recovery", "shared" })
package com.griddesk.callback;
