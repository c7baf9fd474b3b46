package com.griddesk.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.griddesk.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Who works where in the demo world, read once after the staff were written. */
final class DemoStaff {

    private final Map<String, List<Actor>> byUnitAndRole = new HashMap<>();
    private final Map<String, Actor> byUsername = new HashMap<>();

    DemoStaff(JdbcClient jdbc) {
        jdbc.sql("select id, username, full_name, unit_id, roles from staff order by id").query(rs -> {
            Actor actor = new Actor(rs.getLong("id"), rs.getString("full_name"));
            byUsername.put(rs.getString("username"), actor);
            for (String role : (String[]) rs.getArray("roles").getArray()) {
                byUnitAndRole.computeIfAbsent(rs.getLong("unit_id") + "/" + role, k -> new ArrayList<>()).add(actor);
            }
        });
    }

    /** Someone with the role in exactly this unit, or null. */
    Actor in(long unitId, String role, Random random) {
        List<Actor> found = byUnitAndRole.get(unitId + "/" + role);
        return found == null || found.isEmpty() ? null : found.get(random.nextInt(found.size()));
    }

    Actor user(String username) {
        Actor actor = byUsername.get(username);
        if (actor == null) {
            throw new IllegalStateException("no demo user " + username);
        }
        return actor;
    }

    /** One of the hotline's agents (agent01…) or callback agents (callback01…). */
    Actor numbered(String prefix, int count, Random random) {
        return user(String.format("%s%02d", prefix, 1 + random.nextInt(count)));
    }
}
