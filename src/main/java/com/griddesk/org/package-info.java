/**
 * The organisation: the unit tree (company → bureau → county → supply station → team), staff,
 * roles, login and the data scope every query of work orders is bound to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package com.griddesk.org;
