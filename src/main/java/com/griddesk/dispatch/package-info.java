/**
 * Routing rules (as data) from an order's type and place to the owning station, team and
 * coordinator, and the dispatcher board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch", allowedDependencies = { "org", "workorder", "shared" })
package com.griddesk.dispatch;
