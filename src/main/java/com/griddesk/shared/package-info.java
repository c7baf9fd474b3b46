/**
 * The small open kernel every module may use: value objects, the clock, domain exceptions with
 * stable problem codes, and the RFC 9457 mapping at the web edge.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.griddesk.shared;
