package com.griddesk.outage.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerClass;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.Role;
import com.griddesk.org.StaffMember;
import com.griddesk.outage.DeliveryReport;
import com.griddesk.outage.Disconnection;
import com.griddesk.outage.Disconnections;
import com.griddesk.outage.GridTopology;
import com.griddesk.outage.NoticeChannel;
import com.griddesk.outage.NoticePurpose;
import com.griddesk.outage.NoticeView;
import com.griddesk.outage.OutageEvent;
import com.griddesk.outage.OutageEvents;
import com.griddesk.outage.OutageKind;
import com.griddesk.outage.OutageSettings;
import com.griddesk.outage.internal.JdbcNotices;
import com.griddesk.shared.Actor;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.NewWorkOrder;
import com.griddesk.workorder.WorkOrders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outage module's part of the demo world, so that its pages show something: on a demo grid
 * without any outage event yet, a planned outage next week with its notices queued, a fault
 * restored yesterday with its calls, a fault under way with its crew on the way and calls joining
 * it, and an arrears disconnection whose first notice is delivered. Everything goes through the
 * module's own use cases as the demo staff; only yesterday's fault is told with yesterday's times
 * ({@link YesterdaysFault}). Deterministic: the station's feeders in code order.
 */
@Component
public class DemoOutages {

    private static final Logger log = LoggerFactory.getLogger(DemoOutages.class);
    /** The demo world's urban station; its first feeders carry the demo outages. */
    static final String STATION = "BJ-CQ-S1";

    /** Where the four demo cases happen. */
    public record Plan(String plannedFeeder, String restoredFeeder, String activeFeeder, String arrearsAccount) {
    }

    /** What was made: the three events' numbers and the disconnection's. */
    public record Made(String planned, String restored, String active, String disconnection) {
    }

    private final OutageEvents outages;
    private final Disconnections disconnections;
    private final JdbcNotices notices;
    private final YesterdaysFault yesterday;
    private final WorkOrders workOrders;
    private final GridTopology topology;
    private final CustomerDirectory customers;
    private final OrgDirectory org;
    private final OutageSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoOutages(OutageEvents outages, Disconnections disconnections, JdbcNotices notices, YesterdaysFault yesterday,
            WorkOrders workOrders, GridTopology topology, CustomerDirectory customers, OrgDirectory org,
            OutageSettings settings, JdbcClient jdbc, Clock clock) {
        this.outages = outages;
        this.disconnections = disconnections;
        this.notices = notices;
        this.yesterday = yesterday;
        this.workOrders = workOrders;
        this.topology = topology;
        this.customers = customers;
        this.org = org;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After the demo world is built (its start-up step runs first), once: never where any outage event exists. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready() {
        if (!settings.demoEvents() || jdbc.sql("select exists (select 1 from outage_event)").query(Boolean.class).single()) {
            return;
        }
        org.unitByCode(STATION).flatMap(this::plan).ifPresent(plan -> {
            Made made = build(plan);
            log.info("Demo outages: planned {}, restored {}, active {}, disconnection {}", made.planned(), made.restored(),
                    made.active(), made.disconnection());
        });
    }

    /** The station's first three feeders with customers, and a residential customer of the fourth (else the third). */
    Optional<Plan> plan(OrgUnit station) {
        List<String> feeders = topology.feedersOf(station.id()).stream().map(GridTopology.Feeder::code).sorted()
                .filter(f -> !customersOf(f).isEmpty()).limit(4).toList();
        if (feeders.size() < 3) {
            return Optional.empty();
        }
        String arrearsFeeder = feeders.get(feeders.size() - 1);
        return customersOf(arrearsFeeder).stream().filter(DemoOutages::disconnectable).findFirst()
                .map(c -> new Plan(feeders.get(0), feeders.get(1), feeders.get(2), c.accountNumber()));
    }

    public Made build(Plan plan) {
        CurrentStaff dispatcher = staff("dispatcher");
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();

        // next week, with more than the 7 days' notice: the notices go out to the customers of two areas
        LocalDate nextWeek = LocalDate.ofInstant(now, zone).plusDays(8);
        List<String> plannedAreas = topology.areasOf(plan.plannedFeeder()).stream().map(GridTopology.TransformerArea::code)
                .sorted().limit(2).toList();
        OutageEvent planned = outages.announce(new OutageEvents.Announcement(OutageKind.PLANNED, plan.plannedFeeder(),
                plannedAreas, "10kV线路检修，更换老旧导线", nextWeek.atTime(8, 0).atZone(zone).toInstant(),
                nextWeek.atTime(12, 0).atZone(zone).toInstant(), null), dispatcher);

        String restored = yesterday.tell(plan.restoredFeeder(), LocalDate.ofInstant(now, zone).minusDays(1), dispatcher);

        String active = activeFault(plan.activeFeeder(), dispatcher, now);

        String disconnection = arrears(plan.arrearsAccount(), LocalDate.ofInstant(now, zone).plusDays(5)
                .atTime(LocalTime.of(9, 0)).atZone(zone).toInstant(), now);
        return new Made(planned.number(), restored, active, disconnection);
    }

    /** A feeder tripped a little while ago: a named crew is on its way, and the first callers join the event. */
    private String activeFault(String feeder, CurrentStaff dispatcher, Instant now) {
        OutageEvent event = outages.reportFault(new OutageEvents.FaultReport(feeder, null, "10kV线路故障跳闸，正在巡线查找故障点",
                now.plus(Duration.ofHours(2))), dispatcher);
        OrgUnit team = org.unit(event.crewUnitId());
        org.staffWithRole(team.id(), Role.FIELD_CREW).stream().findFirst().ifPresent(crew ->
                outages.dispatchCrew(event.number(), team.code(), crew.id(), dispatcher));
        StaffMember agent = org.staffByUsername("agent").orElseThrow();
        for (Customer caller : customersOf(feeder).stream().filter(c -> c.phone() != null).limit(4).toList()) {
            OrgUnit station = org.unit(caller.stationId());
            // grouping (in the order's transaction) joins each call to the event that cuts the premise off
            workOrders.open(new NewWorkOrder(workOrders.nextNumber(), Channel.PHONE, "FAULT_REPAIR", "FAULT_REPAIR.HIGH_VOLTAGE",
                    caller.id(), caller.accountNumber(), caller.name(), caller.phone(), caller.address(),
                    "整个小区都停电了，请尽快抢修", station.id(), new Assignment(station.id(), station.path(), null), null), null,
                    new Actor(agent.id(), agent.fullName()));
        }
        return event.number();
    }

    /** Approved, first notice delivered today by phone (with the call's recording id), disconnection in five days. */
    private String arrears(String account, Instant plannedAt, Instant now) {
        CurrentStaff clerk = staff("handler");
        Disconnection d = disconnections.request(new Disconnections.Request(account, new BigDecimal("386.50"),
                "连续三个月欠费，经多次催缴仍未缴清", plannedAt), clerk);
        disconnections.approve(d.number(), staff("supervisor"));
        NoticeView notice = disconnections.sendNotice(d.number(), NoticePurpose.DISCONNECTION_NOTICE,
                NoticeChannel.PHONE_CALL, clerk);
        notices.record(notice.reference(), new DeliveryReport(DeliveryReport.Outcome.DELIVERED, now,
                "通话录音 REC-" + d.number(), null, null), clerk);
        return d.number();
    }

    private List<Customer> customersOf(String feeder) {
        return customers.inTransformerAreas(topology.areasOf(feeder).stream().map(GridTopology.TransformerArea::code).toList())
                .stream().sorted(Comparator.comparing(Customer::accountNumber)).toList();
    }

    private static boolean disconnectable(Customer c) {
        return c.customerClass() == CustomerClass.RESIDENTIAL && !c.medicalEquipment() && !c.elderlyAlone()
                && c.phone() != null;
    }

    private CurrentStaff staff(String username) {
        StaffMember m = org.staffByUsername(username).orElseThrow();
        return new CurrentStaff(m.id(), m.username(), m.fullName(), m.unitId(), org.unit(m.unitId()).path(), m.roles());
    }
}
