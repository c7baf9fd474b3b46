package com.griddesk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.griddesk.dispatch.Routing;
import com.griddesk.org.OrgDirectory;
import com.griddesk.timelimit.BusinessCalendar;
import com.griddesk.timelimit.OrderProfile;
import com.griddesk.timelimit.RuleSet;
import com.griddesk.timelimit.TimeLimitRules;
import com.griddesk.workorder.RootCauses;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two years of work orders for the demo customers. Each demand is a scenario replayed on the real
 * aggregate, so every order passed the same guarded transitions a user's would. Finished orders go
 * in with COPY (with the clocks they ran); orders still open today are saved through the
 * repository and their events published, so their clocks, warnings and queues are live.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final CopyWriter copy;
    private final JdbcClient jdbc;
    private final Routing routing;
    private final OrgDirectory org;
    private final RootCauses rootCauses;
    private final TimeLimitRules rules;
    private final BusinessCalendar calendar;
    private final WorkOrderRepository orders;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final DemoSettings settings;

    DemoHistory(CopyWriter copy, JdbcClient jdbc, Routing routing, OrgDirectory org, RootCauses rootCauses,
            TimeLimitRules rules, BusinessCalendar calendar, WorkOrderRepository orders, ApplicationEventPublisher events,
            JsonMapper json, Clock clock, DemoSettings settings) {
        this.copy = copy;
        this.jdbc = jdbc;
        this.routing = routing;
        this.org = org;
        this.rootCauses = rootCauses;
        this.rules = rules;
        this.calendar = calendar;
        this.orders = orders;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    int write(List<DemoCustomers.DemoCustomer> customers, Random random) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        DemoStaff staff = new DemoStaff(jdbc);
        DemoTexts texts = DemoTexts.load();
        DemoScenarios scenarios = new DemoScenarios(new DemoOutcomes(texts, staff, rootCauses),
                new DemoRoutes(routing, org, staff), texts, staff, org);
        List<DemoScenario> all = scenarios.generate(settings.historyOrders(), settings.historyDays(), now, zone, customers,
                random);

        HistoryCopy finished = new HistoryCopy(copy, new HistoricClocks(calendar.calendar()), json);
        List<WorkOrder> open = new ArrayList<>();
        long seq = 0;
        for (DemoScenario scenario : all) {
            seq++;
            String number = "GD" + DAY.format(scenario.createdAt().atZone(zone)) + String.format("%07d", seq);
            WorkOrder order = replay(scenario, number, now);
            if (scenario.unfinishedAt(now) || !order.status().isFinal()) {
                open.add(order);
            }
            else {
                RuleSet ruleSet = rules.inForce(scenario.createdAt());
                finished.add(seq, order, ruleSet, profile(scenario));
            }
        }
        finished.flush();
        jdbc.sql("select setval('work_order_number_seq', ?)").param(Math.max(seq, 1)).query(Long.class).single();
        jdbc.sql("select setval(pg_get_serial_sequence('work_order', 'id'), ?)").param(Math.max(seq, 1))
                .query(Long.class).single();
        // open orders go through the repository and their events, in the order they were opened
        for (WorkOrder order : open) {
            orders.save(order).forEach(events::publishEvent);
        }
        log.info("Demo history: {} orders, {} of them still open", all.size(), open.size());
        return all.size();
    }

    private static WorkOrder replay(DemoScenario scenario, String number, Instant now) {
        try {
            return scenario.replayUntil(number, now);
        }
        catch (RuntimeException ex) {
            throw new IllegalStateException("demo scenario " + number + " (" + scenario.type() + " "
                    + scenario.category() + ") broke a rule of the work order", ex);
        }
    }

    private static OrderProfile profile(DemoScenario s) {
        return new OrderProfile(s.category() != null ? s.category() : s.type(), s.channel().name(),
                s.station().regionClass().name(), s.customer().customerClass());
    }
}
