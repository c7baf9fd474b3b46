/**
 * The work order's API representation, shared with the modules that answer with orders (intake).
 */
@org.springframework.modulith.NamedInterface("web")
package com.griddesk.workorder.web;
