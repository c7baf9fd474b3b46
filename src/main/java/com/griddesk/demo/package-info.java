/**
 * The demo world: a deterministic city bureau with its counties, stations, teams and staff,
 * customers and two years of work-order history, loaded on the first start of an empty database.
 * It writes with COPY straight into the tables of the modules it fills, as a fixture loader
 * does; nothing else in the application depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo world", allowedDependencies = { "org", "shared" })
package com.griddesk.demo;
