package com.griddesk.org;

import java.util.Set;

/** A member of staff as other modules see them: no password, no personal contact data. */
public record StaffMember(long id, String username, String fullName, long unitId, Set<Role> roles, boolean enabled) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
