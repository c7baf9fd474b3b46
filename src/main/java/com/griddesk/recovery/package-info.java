/**
 * Service recovery (服务补救, source document 002): for a complaint the company caused, the apology
 * (how, by whom), the remedies (compensation, fee refund, expedited service) with their amounts and
 * four-eyes approval, and the outcome / procedural / interactional fairness checks — complete before
 * the order may close.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service recovery",
        allowedDependencies = { "org", "workorder", "workorder::web", "shared" })
package com.griddesk.recovery;
