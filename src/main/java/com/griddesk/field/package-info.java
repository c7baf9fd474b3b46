/**
 * Field work on a phone (外勤, the 微聊 terminal of source document 000): the crew's orders by urgency
 * and deadline, accept, "on my way", navigation, check-in with the distance from the premise,
 * photos, notes, a consultation thread with experts and leaders, and finishing with result, root
 * cause, materials and the customer's confirmation — offline-capable, each action applied once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Field work",
        allowedDependencies = { "org", "customer", "workorder", "workorder::web", "shared" })
package com.griddesk.field;
