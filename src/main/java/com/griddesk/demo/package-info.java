/**
 * The demo world: a deterministic city bureau with its counties, stations, teams and staff,
 * customers and two years of work-order history, loaded on the first start of an empty database.
 * Finished history is written with COPY straight into the tables of the modules it fills, as a
 * fixture loader does; orders still open go through the work-order repository and publish their
 * events. Nothing else in the application depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo world", allowedDependencies = { "org", "customer", "workorder", "dispatch", "timelimit", "shared" })
package com.griddesk.demo;
