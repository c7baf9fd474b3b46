package com.griddesk.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to the organisation for other modules. */
public interface OrgDirectory {

    OrgUnit unit(long id);

    Optional<OrgUnit> unitByCode(String code);

    Collection<OrgUnit> units();

    /** The units directly below {@code unitId}. */
    List<OrgUnit> children(long unitId);

    /** The unit and every unit below it, in tree order. */
    List<OrgUnit> subtree(long unitId);

    /** The team of the given kind under a station, if the station has one. */
    Optional<OrgUnit> team(long stationId, TeamKind kind);

    /** The supply station whose address words appear in the address, if exactly one matches best. */
    Optional<OrgUnit> stationForAddress(String address);

    /** The supply station a unit belongs to (itself, if it is one). */
    Optional<OrgUnit> stationOf(long unitId);

    /** The hotline's own unit: where orders go when nothing places them under a station. */
    OrgUnit defaultIntakeUnit();

    Optional<StaffMember> staff(long id);

    /** The member of staff with this login name (how a message @mentions someone). */
    Optional<StaffMember> staffByUsername(String username);

    /** Active staff holding the role in the unit or below it, nearest first. */
    List<StaffMember> staffWithRole(long unitId, Role role);

    /** Re-read the tree after it changed (import, demo world). */
    void reload();
}
