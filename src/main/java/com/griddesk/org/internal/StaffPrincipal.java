package com.griddesk.org.internal;

import java.util.Collection;
import java.util.List;

import com.griddesk.org.AuthenticatedStaff;
import com.griddesk.org.CurrentStaff;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: the staff member plus, only while logging in, the password hash. */
record StaffPrincipal(CurrentStaff staff, String passwordHash, boolean enabled) implements UserDetails, AuthenticatedStaff {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return staff.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return staff.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    StaffPrincipal withoutPassword() {
        return new StaffPrincipal(staff, null, enabled);
    }

    static List<SimpleGrantedAuthority> authorities(CurrentStaff staff) {
        return staff.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
