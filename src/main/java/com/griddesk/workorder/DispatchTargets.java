package com.griddesk.workorder;

import java.util.Optional;

import com.griddesk.org.OrgUnit;

/**
 * Where routing sends an order when a dispatcher names no unit. Implemented by the dispatch
 * module, so that the routing rules stay data there.
 */
public interface DispatchTargets {

    Optional<OrgUnit> suggestedTeam(WorkOrderSnapshot order);
}
