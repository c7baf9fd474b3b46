package com.griddesk.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.griddesk.org.OrgDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the demo world in an empty database. Deterministic: the same seed gives the same world. */
@Component
class DemoWorld {

    private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);

    /** The logins printed at start-up, all at the city bureau. */
    static final List<String[]> DEMO_USERS = List.of(
            new String[] { "agent", "话务员 王晓燕", "AGENT" },
            new String[] { "dispatcher", "调度员 李建国", "DISPATCHER" },
            new String[] { "handler", "处理人 张海涛", "HANDLER" },
            new String[] { "crew", "抢修员 刘志刚", "FIELD_CREW" },
            new String[] { "coordinator", "协调员 陈丽华", "COORDINATOR" },
            new String[] { "callback", "回访员 赵敏", "CALLBACK_AGENT" },
            new String[] { "supervisor", "值长 孙德福", "SUPERVISOR" },
            new String[] { "admin", "系统管理员", "ADMIN" });

    /** The hotline's agents agent01… and callback agents callback01…, besides the demo logins. */
    static final int AGENTS = 25;
    static final int CALLBACK_AGENTS = 5;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final OrgDirectory org;
    private final DemoSettings settings;
    private final DemoPopulation population;
    private final DemoPremises premises;

    DemoWorld(JdbcClient jdbc, PasswordEncoder passwords, OrgDirectory org, DemoSettings settings,
            DemoPopulation population, DemoPremises premises) {
        this.premises = premises;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.org = org;
        this.settings = settings;
        this.population = population;
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single() == 0;
    }

    @Transactional
    void build() {
        long started = System.nanoTime();
        Random random = new Random(settings.seed());
        List<DemoOrganisation.Unit> units = DemoOrganisation.units();
        for (DemoOrganisation.Unit u : units) {
            jdbc.sql("""
                    insert into org_unit (id, parent_id, code, name_zh, name_en, level, team_kind, region_class, path, address_keywords)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .param(u.id()).param(u.parentId()).param(u.code()).param(u.nameZh()).param(u.nameEn())
                    .param(u.level()).param(u.teamKind()).param(u.regionClass()).param(u.path())
                    .param(u.keywords().toArray(String[]::new)).update();
        }
        // one hash for every demo account: hashing 150 passwords one by one would take seconds
        String hash = passwords.encode(DemoOrganisation.DEMO_PASSWORD);
        for (String[] user : DEMO_USERS) {
            insertStaff(user[0], user[1], 2, new String[] { user[2] }, hash);
        }
        int staff = DEMO_USERS.size() + generatedStaff(units, random, hash);
        org.reload();
        DemoPopulation.Counts counts = population.populate(units, random);
        premises.locate(units);
        log.info("Demo world built in {} ms: {} units, {} staff, {} customers, {} work orders",
                (System.nanoTime() - started) / 1_000_000, units.size(), staff, counts.customers(), counts.orders());
    }

    private int generatedStaff(List<DemoOrganisation.Unit> units, Random random, String hash) {
        int n = 0;
        for (int i = 1; i <= AGENTS; i++) {
            insertStaff(String.format("agent%02d", i), ChineseNames.name(random), 3, new String[] { "AGENT" }, hash);
            n++;
        }
        for (int i = 1; i <= CALLBACK_AGENTS; i++) {
            insertStaff(String.format("callback%02d", i), ChineseNames.name(random), 3, new String[] { "CALLBACK_AGENT" }, hash);
            n++;
        }
        List<Object[]> plan = new ArrayList<>();
        for (DemoOrganisation.Unit u : units) {
            String prefix = u.code().toLowerCase().replace("-", "");
            switch (u.level()) {
                case "COUNTY" -> plan.add(new Object[] { u, prefix + "head", new String[] { "SUPERVISOR" } });
                case "STATION" -> {
                    plan.add(new Object[] { u, prefix + "head", new String[] { "SUPERVISOR" } });
                    plan.add(new Object[] { u, prefix + "disp", new String[] { "DISPATCHER" } });
                }
                case "TEAM" -> {
                    if (u.teamKind().equals("REPAIR")) {
                        for (int i = 1; i <= 3; i++) {
                            plan.add(new Object[] { u, prefix + "c" + i, new String[] { "FIELD_CREW" } });
                        }
                    }
                    else if (u.teamKind().equals("COORDINATION")) {
                        plan.add(new Object[] { u, prefix + "c1", new String[] { "COORDINATOR" } });
                    }
                    else if (!u.teamKind().equals("DISPATCH")) {
                        plan.add(new Object[] { u, prefix + "h1", new String[] { "HANDLER" } });
                    }
                }
                default -> {
                }
            }
        }
        for (Object[] p : plan) {
            DemoOrganisation.Unit u = (DemoOrganisation.Unit) p[0];
            insertStaff((String) p[1], ChineseNames.name(random), u.id(), (String[]) p[2], hash);
            n++;
        }
        return n;
    }

    private void insertStaff(String username, String fullName, long unitId, String[] roles, String hash) {
        jdbc.sql("insert into staff (username, password_hash, full_name, unit_id, roles) values (?, ?, ?, ?, ?)")
                .param(username).param(hash).param(fullName).param(unitId).param(roles).update();
    }
}
