package com.griddesk.dispatch;

import java.util.Optional;

import com.griddesk.org.OrgUnit;
import com.griddesk.org.StaffMember;

/**
 * Where a new order belongs: the owning unit (the customer's supply station, or the hotline when
 * nothing places it), the team that should do the work, and the accountable coordinator if the
 * kind of order needs one.
 */
public record Route(OrgUnit owner, Optional<OrgUnit> team, Optional<StaffMember> coordinator) {
}
