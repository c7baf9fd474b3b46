package com.griddesk.org.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.RegionClass;
import com.griddesk.org.Role;
import com.griddesk.org.StaffMember;
import com.griddesk.org.TeamKind;
import com.griddesk.org.UnitLevel;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The unit tree is small (hundreds of units) and read on every request, so it lives in memory as
 * an immutable snapshot that {@link #reload()} swaps.
 */
@Service
class JdbcOrgDirectory implements OrgDirectory {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot = new Snapshot(Map.of());

    JdbcOrgDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
        reload();
    }

    @Override
    public void reload() {
        List<OrgUnit> units = jdbc.sql("""
                select id, parent_id, code, name_zh, name_en, level, team_kind, region_class, path, address_keywords
                from org_unit order by path""").query(JdbcOrgDirectory::unit).list();
        Map<Long, OrgUnit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        snapshot = new Snapshot(byId);
    }

    private static OrgUnit unit(ResultSet rs, int row) throws SQLException {
        Array keywords = rs.getArray("address_keywords");
        String teamKind = rs.getString("team_kind");
        long parent = rs.getLong("parent_id");
        return new OrgUnit(rs.getLong("id"), rs.wasNull() ? null : parent, rs.getString("code"),
                rs.getString("name_zh"), rs.getString("name_en"), UnitLevel.valueOf(rs.getString("level")),
                teamKind == null ? null : TeamKind.valueOf(teamKind), RegionClass.valueOf(rs.getString("region_class")),
                rs.getString("path"), keywords == null ? List.of() : Arrays.asList((String[]) keywords.getArray()));
    }

    @Override
    public OrgUnit unit(long id) {
        OrgUnit unit = snapshot.byId().get(id);
        if (unit == null) {
            throw DomainException.notFound(ProblemCode.UNIT_NOT_FOUND, id);
        }
        return unit;
    }

    @Override
    public Optional<OrgUnit> unitByCode(String code) {
        return snapshot.byId().values().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public Collection<OrgUnit> units() {
        return snapshot.byId().values();
    }

    @Override
    public List<OrgUnit> children(long unitId) {
        return snapshot.byId().values().stream().filter(u -> u.parentId() != null && u.parentId() == unitId).toList();
    }

    @Override
    public List<OrgUnit> subtree(long unitId) {
        OrgUnit root = unit(unitId);
        return snapshot.byId().values().stream().filter(root::contains).toList();
    }

    @Override
    public Optional<OrgUnit> team(long stationId, TeamKind kind) {
        return children(stationId).stream().filter(u -> u.teamKind() == kind).findFirst();
    }

    @Override
    public Optional<OrgUnit> stationForAddress(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        // the longest matching keyword wins: "容桂街道" beats "容桂"
        OrgUnit best = null;
        int bestLength = 0;
        for (OrgUnit u : snapshot.byId().values()) {
            if (u.level() != UnitLevel.STATION) {
                continue;
            }
            for (String keyword : u.addressKeywords()) {
                if (keyword.length() > bestLength && address.contains(keyword)) {
                    best = u;
                    bestLength = keyword.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public Optional<OrgUnit> stationOf(long unitId) {
        OrgUnit unit = snapshot.byId().get(unitId);
        while (unit != null && unit.level() != UnitLevel.STATION) {
            unit = unit.parentId() == null ? null : snapshot.byId().get(unit.parentId());
        }
        return Optional.ofNullable(unit);
    }

    @Override
    public OrgUnit defaultIntakeUnit() {
        return snapshot.byId().values().stream().filter(u -> u.level() == UnitLevel.BUREAU).findFirst()
                .or(() -> snapshot.byId().values().stream().findFirst())
                .orElseThrow(() -> DomainException.notFound(ProblemCode.UNIT_NOT_FOUND, "bureau"));
    }

    @Override
    public Optional<StaffMember> staff(long id) {
        return jdbc.sql("select id, username, full_name, unit_id, roles, enabled from staff where id = ?")
                .param(id).query(JdbcOrgDirectory::staffMember).optional();
    }

    @Override
    public Optional<StaffMember> staffByUsername(String username) {
        return jdbc.sql("select id, username, full_name, unit_id, roles, enabled from staff where username = ?")
                .param(username).query(JdbcOrgDirectory::staffMember).optional();
    }

    @Override
    public List<StaffMember> staffWithRole(long unitId, Role role) {
        OrgUnit root = unit(unitId);
        List<StaffMember> found = new ArrayList<>(jdbc.sql("""
                select s.id, s.username, s.full_name, s.unit_id, s.roles, s.enabled
                from staff s join org_unit u on u.id = s.unit_id
                where s.enabled and u.path like ? and ? = any(s.roles)
                order by length(u.path), s.id""")
                .param(root.path() + "%").param(role.name())
                .query(JdbcOrgDirectory::staffMember).list());
        found.sort(Comparator.comparingInt(s -> unit(s.unitId()).path().length()));
        return found;
    }

    static StaffMember staffMember(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : (String[]) rs.getArray("roles").getArray()) {
            roles.add(Role.valueOf(r));
        }
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getLong("unit_id"), roles, rs.getBoolean("enabled"));
    }

    private record Snapshot(Map<Long, OrgUnit> byId) {
    }
}
