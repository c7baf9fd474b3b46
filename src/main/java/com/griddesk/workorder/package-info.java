/**
 * The work order (工单): its aggregate with guarded transitions, the taxonomy, the immutable
 * timeline, sub-tasks for other departments (协办), the coordinator, merges and reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work orders", allowedDependencies = { "org", "customer", "shared" })
package com.griddesk.workorder;
