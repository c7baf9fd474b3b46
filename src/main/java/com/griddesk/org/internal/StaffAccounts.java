package com.griddesk.org.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff for authentication, with their unit's path as data scope. */
@Service
class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StaffPrincipal loadUserByUsername(String username) {
        return find("s.username = ?", username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    Optional<StaffPrincipal> byId(long id) {
        return find("s.id = ?", id);
    }

    private Optional<StaffPrincipal> find(String where, Object value) {
        return jdbc.sql("""
                select s.id, s.username, s.full_name, s.unit_id, u.path, s.roles, s.password_hash, s.enabled
                from staff s join org_unit u on u.id = s.unit_id where""" + " " + where)
                .param(value)
                .query((rs, i) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String r : (String[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(r));
                    }
                    CurrentStaff staff = new CurrentStaff(rs.getLong("id"), rs.getString("username"),
                            rs.getString("full_name"), rs.getLong("unit_id"), rs.getString("path"), Set.copyOf(roles));
                    return new StaffPrincipal(staff, rs.getString("password_hash"), rs.getBoolean("enabled"));
                })
                .optional();
    }
}
