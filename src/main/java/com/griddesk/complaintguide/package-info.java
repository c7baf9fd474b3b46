/**
 * The complaint-handling guide (source document 000) on the handler's order page: the six steps as a
 * checklist with a note per step, the ten wrong ways as reminders; a complaint is not resolved
 * while a mandatory step is unchecked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaint-handling guide",
        allowedDependencies = { "org", "workorder", "workorder::web", "shared" })
package com.griddesk.complaintguide;
