package com.griddesk.timelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.griddesk.timelimit.internal.WarningScanner;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Two scheduler instances on one database: every warning and escalation fires once. */
class WarningsExactlyOnceTest extends TimeTravelTestBase {

    @Autowired
    ApplicationContext context;

    @Test
    void two_scanners_racing_over_the_same_due_clocks_fire_each_warning_once() throws Exception {
        travelTo("2027-03-01T08:00");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            numbers.add(open("BJ-CQ-S" + (1 + i % 4), 50 + i, "PHONE", "FAULT_REPAIR.LOW_VOLTAGE", "停电" + i).text("number"));
        }
        // a second instance: same code, same database, its own scanner object
        WarningScanner second = context.getAutowireCapableBeanFactory().createBean(WarningScanner.class);
        var due = at("2027-03-02T12:00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> {
                start.await();
                return scanner.scan(due);
            });
            Future<Integer> b = pool.submit(() -> {
                start.await();
                return second.scan(due);
            });
            start.countDown();
            int fired = a.get() + b.get();

            long stored = jdbc.sql("select count(*) from time_warning where order_number = any(?)")
                    .param(numbers.toArray(String[]::new)).query(Long.class).single();
            long timeline = jdbc.sql("""
                    select count(*) from work_order_timeline t join work_order w on w.id = t.order_id
                    where w.number = any(?) and t.action like 'TIME_LIMIT_%'""")
                    .param(numbers.toArray(String[]::new)).query(Long.class).single();
            // per order: DISPATCH red + 4 escalations, ARRIVE red + 4 escalations (28 h after the deadlines)
            assertThat(stored).isEqualTo(numbers.size() * 10L);
            assertThat(timeline).isEqualTo(stored);
            assertThat(fired).isGreaterThanOrEqualTo((int) stored);
            long duplicates = jdbc.sql("""
                    select count(*) from (select clock_id, level, step from time_warning
                    group by clock_id, level, step having count(*) > 1) d""").query(Long.class).single();
            assertThat(duplicates).isZero();
            assertThat(scanner.scan(due)).isZero();
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void escalation_climbs_the_chain_at_the_configured_steps() {
        travelTo("2027-04-06T09:00");
        String number = open("BJ-JN-S1", 60, "PHONE", "COMPLAINT.SERVICE.ATTITUDE", "态度恶劣").text("number");
        String contactDeadline = clockOf(number, "CONTACT").get("deadline").asString();
        var deadline = java.time.Instant.parse(contactDeadline);

        scanner.scan(deadline.plusSeconds(60));
        assertThat(warnings(number, "CONTACT", "RED")).isEqualTo(1);
        assertThat(warnings(number, "CONTACT", "ESCALATION")).isZero();
        scanner.scan(deadline.plusSeconds(3600 + 60));
        scanner.scan(deadline.plusSeconds(4 * 3600 + 60));
        List<String> kinds = jdbc.sql("""
                select recipient_kind from time_warning where order_number = ? and clock = 'CONTACT' order by step""")
                .param(number).query(String.class).list();
        assertThat(kinds).containsExactly("ASSIGNEE", "TEAM_LEADER", "STATION_HEAD");
        Long coordinatorWarned = jdbc.sql("""
                select recipient_id from time_warning where order_number = ? and clock = 'CONTACT' and level = 'RED'""")
                .param(number).query(Long.class).single();
        assertThat(coordinatorWarned).isNotNull();
    }
}
