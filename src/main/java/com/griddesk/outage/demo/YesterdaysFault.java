package com.griddesk.outage.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.TeamKind;
import com.griddesk.outage.GridScope;
import com.griddesk.outage.OutageEvent;
import com.griddesk.outage.internal.AffectedCustomers;
import com.griddesk.outage.internal.CrewDesk;
import com.griddesk.outage.internal.JdbcOutageRepository;
import com.griddesk.outage.internal.OutageCalls;
import com.griddesk.outage.internal.Places;
import com.griddesk.shared.Actor;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.NewWorkOrder;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A feeder fault of yesterday evening, told as it happened: the dispatcher's report, the crew,
 * six callers attached as they rang, the crew on site, restoration two and a half hours later and
 * the calls resolved with it. The use cases run on the clock of now, so this story is replayed
 * through the aggregates (the event's and each order's transitions, with yesterday's times) and
 * saved through the repositories, with the orders' events published as the demo history does.
 */
@Component
class YesterdaysFault {

    private static final int CALLERS = 6;
    private static final String ROOT_CAUSE = "VEGETATION";

    private final JdbcOutageRepository events;
    private final AffectedCustomers affected;
    private final OutageCalls calls;
    private final CrewDesk crews;
    private final Places places;
    private final WorkOrderRepository orders;
    private final CustomerDirectory customers;
    private final OrgDirectory org;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    YesterdaysFault(JdbcOutageRepository events, AffectedCustomers affected, OutageCalls calls, CrewDesk crews,
            Places places, WorkOrderRepository orders, CustomerDirectory customers, OrgDirectory org,
            ApplicationEventPublisher publisher, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.affected = affected;
        this.calls = calls;
        this.crews = crews;
        this.places = places;
        this.orders = orders;
        this.customers = customers;
        this.org = org;
        this.publisher = publisher;
    }

    /** Returns the event's number. */
    @Transactional
    String tell(String feederCode, LocalDate day, CurrentStaff dispatcher) {
        Instant tripped = day.atTime(LocalTime.of(19, 10)).atZone(clock.getZone()).toInstant();
        Actor actor = dispatcher.actor();
        GridScope where = places.named(feederCode, null);
        OutageEvent event = OutageEvent.reportFault(events.nextNumber(tripped), where, "10kV线路跳闸（树枝搭线）",
                tripped.plus(Duration.ofHours(3)), actor, tripped);
        event.dispatchCrew(crews.teamOf(where.stationId(), TeamKind.REPAIR), actor, tripped.plus(Duration.ofMinutes(3)));
        events.save(event);
        affected.derive(event.id(), event.scope());

        List<Customer> callers = customers.inTransformerAreas(event.scope()).stream().filter(c -> c.phone() != null)
                .sorted(Comparator.comparing(Customer::accountNumber)).limit(CALLERS).toList();
        Actor agent = org.staffByUsername("agent").map(s -> new Actor(s.id(), s.fullName())).orElse(actor);
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < callers.size(); i++) {
            Instant rang = tripped.plus(Duration.ofMinutes(2 + 4L * i));
            numbers.add(call(event, callers.get(i), agent, actor, rang));
            event.callArrived(rang);
        }
        Instant onSite = tripped.plus(Duration.ofMinutes(45));
        crews.arrived(event, onSite, "巡线发现树枝搭在10kV线路上", actor, onSite);
        Instant restored = tripped.plus(Duration.ofMinutes(150));
        String note = "已清除树障，恢复送电";
        event.restore(note, ROOT_CAUSE, Responsibility.COMPANY, actor, restored);
        events.save(event);
        for (String number : numbers) {
            WorkOrder order = orders.findForUpdate(number).orElseThrow();
            order.resolveByRestoration(event.number(), "停电事件 " + event.number() + " 已恢复送电：" + note, ROOT_CAUSE,
                    Responsibility.COMPANY, actor, restored);
            orders.save(order).forEach(publisher::publishEvent);
        }
        return event.number();
    }

    private String call(OutageEvent event, Customer caller, Actor agent, Actor dispatcher, Instant rang) {
        OrgUnit station = org.unit(caller.stationId());
        WorkOrder order = WorkOrder.open(new NewWorkOrder(orders.nextNumber(rang), Channel.PHONE, "FAULT_REPAIR",
                "FAULT_REPAIR.HIGH_VOLTAGE", caller.id(), caller.accountNumber(), caller.name(), caller.phone(),
                caller.address(), "家里和整栋楼都停电了", station.id(), new Assignment(station.id(), station.path(), null), null),
                agent, rang);
        order.attachToOutage(event.number(), crews.crewOf(event), dispatcher, rang.plusSeconds(30));
        orders.save(order).forEach(publisher::publishEvent);
        WorkOrder saved = orders.find(order.number()).orElseThrow();
        calls.attach(new OutageCalls.Call(saved.id(), saved.number(), event.id(), OutageCalls.Role.FAULT_CALL, caller.id(),
                caller.transformerArea(), caller.phone(), false, 0, rang));
        return saved.number();
    }
}
