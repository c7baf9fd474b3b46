package com.griddesk.textmining.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerClass;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.Actor;
import com.griddesk.textmining.EscalationRisk;
import com.griddesk.textmining.EscalationRiskRaised;
import com.griddesk.textmining.EscalationRisks;
import com.griddesk.textmining.LongOutages;
import com.griddesk.textmining.engine.TextSimilarity;
import com.griddesk.workorder.OrderDeadlines;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores an order's escalation risk from its text, the caller's recent calls and complaints, the
 * customer's sensitivity, its clocks and any long outage; stores it and, the first time it
 * reaches a warning level, tells the coordinator (timeline entry and {@link EscalationRiskRaised}).
 */
@Service
class RiskAssessment implements EscalationRisks {

    private static final int COMPLAINT_HISTORY_DAYS = 365;

    private final JdbcClient jdbc;
    private final OrderIndex index;
    private final WorkOrderRepository orders;
    private final CustomerDirectory customers;
    private final OrderDeadlines deadlines;
    private final ObjectProvider<LongOutages> outages;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final TextMiningSettings settings;
    private final RiskScorer scorer;

    RiskAssessment(JdbcClient jdbc, OrderIndex index, WorkOrderRepository orders, CustomerDirectory customers,
            OrderDeadlines deadlines, ObjectProvider<LongOutages> outages, ApplicationEventPublisher events,
            MessageSource messages, JsonMapper json, Clock clock, TextMiningSettings settings) {
        this.jdbc = jdbc;
        this.index = index;
        this.orders = orders;
        this.customers = customers;
        this.deadlines = deadlines;
        this.outages = outages;
        this.events = events;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.scorer = new RiskScorer(settings.riskWarnAt(), settings.riskCriticalAt());
    }

    @Transactional
    public Optional<EscalationRisk> assess(long orderId) {
        return assess(orderId, true);
    }

    /** At intake: the clocks start after this in the same transaction, so none can be overdue yet. */
    @Transactional
    public Optional<EscalationRisk> assessNew(long orderId) {
        return assess(orderId, false);
    }

    private Optional<EscalationRisk> assess(long orderId, boolean mayBeOverdue) {
        Optional<OrderIndex.IndexedOrder> indexed = index.find(orderId);
        if (indexed.isEmpty()) {
            return Optional.empty();
        }
        OrderIndex.IndexedOrder o = indexed.get();
        WorkOrderSnapshot s = orders.find(o.number()).orElseThrow().snapshot();
        Optional<Customer> customer = o.customerId() == null ? Optional.empty() : customers.byId(o.customerId());
        Instant now = clock.instant();
        int overdue = !mayBeOverdue ? 0
                : (int) deadlines.of(orderId).stream().filter(d -> "BREACHED".equals(d.state())).count();
        Duration outage = outages.orderedStream().map(p -> p.ongoingOutage(o.customerId(), o.transformerArea(), now))
                .flatMap(Optional::stream).findFirst().orElse(null);
        List<OrderIndex.IndexedOrder> history = callerOrders(o, o.createdAt().minus(Duration.ofDays(
                Math.max(COMPLAINT_HISTORY_DAYS, settings.repeatWindowDays()))));
        RiskScorer.Inputs in = new RiskScorer.Inputs(o.text(), o.channel(), repeatCalls(o, history), s.reminderCount(),
                earlierComplaints(o, history), customer.map(Customer::repeatComplainer).orElse(false),
                customer.map(Customer::elderlyAlone).orElse(false), customer.map(Customer::medicalEquipment).orElse(false),
                customer.map(c -> c.customerClass() == CustomerClass.IMPORTANT).orElse(false), overdue, outage);
        List<EscalationRisk.Reason> reasons = scorer.reasons(in);
        int score = RiskScorer.score(reasons);
        EscalationRisk risk = new EscalationRisk(o.number(), score, scorer.level(score), reasons, now);
        jdbc.sql("""
                insert into tm_risk (order_id, number, score, level, reasons, assessed_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?)
                on conflict (order_id) do update set score = excluded.score, level = excluded.level,
                    reasons = excluded.reasons, assessed_at = excluded.assessed_at""")
                .param(orderId).param(o.number()).param(score).param(risk.level().name())
                .param(json.writeValueAsString(reasons)).param(Timestamp.from(now)).update();
        if (scorer.warns(risk.level())) {
            warn(o, s, risk);
        }
        return Optional.of(risk);
    }

    /** Earlier calls of this customer or phone about the same problem, within the repeat window. */
    private int repeatCalls(OrderIndex.IndexedOrder o, List<OrderIndex.IndexedOrder> history) {
        Instant since = o.createdAt().minus(Duration.ofDays(settings.repeatWindowDays()));
        var mine = TextSimilarity.bigrams(o.text());
        return (int) history.stream().filter(other -> !other.createdAt().isBefore(since))
                .filter(other -> other.createdAt().isBefore(o.createdAt()) || other.orderId() < o.orderId())
                .filter(other -> sameProblem(o, other, mine)).count();
    }

    private static boolean sameProblem(OrderIndex.IndexedOrder o, OrderIndex.IndexedOrder other,
            java.util.Set<String> bigrams) {
        if (o.categoryCode() != null && o.categoryCode().equals(other.categoryCode())) {
            return true;
        }
        if (o.categoryCode() == null && o.typeCode().equals(other.typeCode())) {
            return true;
        }
        return TextSimilarity.jaccard(bigrams, TextSimilarity.bigrams(other.text())) >= 0.3;
    }

    private int earlierComplaints(OrderIndex.IndexedOrder o, List<OrderIndex.IndexedOrder> history) {
        Instant since = o.createdAt().minus(Duration.ofDays(COMPLAINT_HISTORY_DAYS));
        return (int) history.stream().filter(other -> !other.createdAt().isBefore(since))
                .filter(other -> "COMPLAINT".equals(other.typeCode()))
                .filter(other -> other.createdAt().isBefore(o.createdAt()) || other.orderId() < o.orderId())
                .count();
    }

    /** The caller's orders over the longer of the two windows, newest first: one read for both reasons. */
    private List<OrderIndex.IndexedOrder> callerOrders(OrderIndex.IndexedOrder o, Instant since) {
        return jdbc.sql("""
                select * from tm_order
                where order_id <> ? and created_at >= ? and created_at <= ?
                  and (contact_phone = ? or (cast(? as bigint) is not null and customer_id = ?))
                order by created_at desc limit 200""")
                .param(o.orderId()).param(Timestamp.from(since)).param(Timestamp.from(o.createdAt()))
                .param(o.contactPhone()).param(o.customerId()).param(o.customerId())
                .query(index::row).list();
    }

    /** Once per order and level: the highest level newly reached is announced. */
    private void warn(OrderIndex.IndexedOrder o, WorkOrderSnapshot s, EscalationRisk risk) {
        EscalationRisk.Level announced = null;
        for (EscalationRisk.Level level : List.of(EscalationRisk.Level.HIGH, EscalationRisk.Level.CRITICAL)) {
            if (risk.level().compareTo(level) >= 0 && jdbc.sql("""
                    insert into tm_risk_warning (order_id, level, score, raised_at) values (?, ?, ?, ?)
                    on conflict do nothing""").param(o.orderId()).param(level.name()).param(risk.score())
                    .param(Timestamp.from(risk.assessedAt())).update() == 1) {
                announced = level;
            }
        }
        if (announced == null) {
            return;
        }
        List<String> codes = risk.reasons().stream().map(EscalationRisk.Reason::code).toList();
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String reasonNames = String.join("、", codes.stream()
                .map(c -> messages.getMessage("textmining.risk.reasonName." + c, null, c, zh)).toList());
        String note = messages.getMessage("textmining.risk.timelineNote",
                new Object[] { risk.score(), messages.getMessage("textmining.risk.level." + announced, null, zh), reasonNames },
                zh);
        orders.appendTimeline(o.orderId(), new TimelineEntry(risk.assessedAt(), Actor.SYSTEM.staffId(),
                Actor.SYSTEM.name(), "ESCALATION_RISK", null, null, note,
                Map.of("score", risk.score(), "level", announced.name(), "reasons", codes)));
        events.publishEvent(new EscalationRiskRaised(o.orderId(), o.number(), risk.score(), announced, codes,
                s.coordinatorId(), risk.assessedAt()));
    }

    @Override
    public Optional<EscalationRisk> of(String orderNumber, CurrentStaff staff) {
        return jdbc.sql("""
                select r.number, r.score, r.level, r.reasons, r.assessed_at from tm_risk r
                join tm_order o on o.order_id = r.order_id
                where r.number = ? and o.unit_path like ?""").param(orderNumber).param(staff.scopePath() + "%")
                .query((rs, i) -> new EscalationRisk(rs.getString(1), rs.getInt(2),
                        EscalationRisk.Level.valueOf(rs.getString(3)),
                        Arrays.asList(json.readValue(rs.getString(4), EscalationRisk.Reason[].class)),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    @Override
    public List<AtRisk> atRisk(CurrentStaff staff, int minScore, int limit) {
        return jdbc.sql("""
                select r.number, r.score, r.level, r.reasons, o.type_code, o.category_code, o.text, o.created_at
                from tm_risk r join tm_order o on o.order_id = r.order_id
                where o.is_open and r.score >= ? and o.unit_path like ?
                order by r.score desc, o.created_at desc limit ?""")
                .param(minScore).param(staff.scopePath() + "%").param(Math.min(Math.max(limit, 1), 500))
                .query((rs, i) -> new AtRisk(rs.getString(1), rs.getInt(2), EscalationRisk.Level.valueOf(rs.getString(3)),
                        Arrays.stream(json.readValue(rs.getString(4), EscalationRisk.Reason[].class))
                                .map(EscalationRisk.Reason::code).toList(),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }
}
