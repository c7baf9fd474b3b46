package com.griddesk.org;

import java.util.Set;

import com.griddesk.shared.Actor;

/**
 * The authenticated member of staff of a request. {@code scopePath} is their unit's path; they see
 * and act on orders whose unit path starts with it (their unit and everything below).
 */
public record CurrentStaff(long id, String username, String fullName, long unitId, String scopePath, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean sees(String unitPath) {
        return unitPath != null && unitPath.startsWith(scopePath);
    }

    /** The member of staff of the current request, or null when nobody from the staff is logged in. */
    public static CurrentStaff current() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AuthenticatedStaff a ? a.staff() : null;
    }

    public Actor actor() {
        return new Actor(id, fullName);
    }
}
