package com.griddesk.org;

import java.util.Set;

/**
 * An entry a module adds to the navigation bar: its label (a message key), its page and the roles
 * that see it (empty: every logged-in user).
 */
public record NavItem(String messageKey, String href, int position, Set<Role> roles) {

    public NavItem {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(CurrentStaff staff) {
        return roles.isEmpty() || staff.hasAny(roles);
    }
}
