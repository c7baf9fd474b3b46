/**
 * Customers (户号), their premises and where they hang on the grid (transformer area, feeder),
 * class and sensitivity, and the audited reveal of their phone numbers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers", allowedDependencies = { "org", "shared" })
package com.griddesk.customer;
