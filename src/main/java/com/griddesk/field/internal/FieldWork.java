package com.griddesk.field.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.griddesk.field.CheckIn;
import com.griddesk.field.Confirmation;
import com.griddesk.field.CrewOnTheWay;
import com.griddesk.field.FieldSettings;
import com.griddesk.field.Finish;
import com.griddesk.field.GeoPoint;
import com.griddesk.field.Material;
import com.griddesk.field.PremiseLocations;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.RootCause;
import com.griddesk.workorder.RootCauses;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderCommand;
import com.griddesk.workorder.WorkOrderStatus;
import com.griddesk.workorder.WorkOrders;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a crew does on an order from the phone. Every action takes the phone's idempotency key, so
 * the offline queue may send it again and it still happens once.
 */
@Service
public class FieldWork {

    static final int MAX_MATERIALS = 50;

    private final WorkOrders workOrders;
    private final FieldAccess access;
    private final FieldReceipts receipts;
    private final FieldLog log;
    private final PremiseLocations premises;
    private final RootCauses rootCauses;
    private final FieldSettings settings;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    FieldWork(WorkOrders workOrders, FieldAccess access, FieldReceipts receipts, FieldLog log,
            PremiseLocations premises, RootCauses rootCauses, FieldSettings settings, ApplicationEventPublisher events,
            JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.workOrders = workOrders;
        this.access = access;
        this.receipts = receipts;
        this.log = log;
        this.premises = premises;
        this.rootCauses = rootCauses;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public FieldReceipts.Outcome accept(String number, String key, CurrentStaff staff) {
        return receipts.once(staff, key, "accept", number, "", () -> {
            workOrders.perform(number, new WorkOrderCommand.Accept(), staff, null);
            return null;
        });
    }

    /** 出发: tells the customer (through the notification module) who is coming and when. */
    @Transactional
    public FieldReceipts.Outcome onTheWay(String number, Integer etaMinutes, String key, CurrentStaff staff) {
        if (etaMinutes == null || etaMinutes < 1 || etaMinutes > 24 * 60) {
            throw DomainException.invalid("etaMinutes", "validation.etaMinutes");
        }
        return receipts.once(staff, key, "on-the-way", number, etaMinutes.toString(), () -> {
            WorkOrder order = access.workable(number, "onTheWay", staff);
            if (order.status() != WorkOrderStatus.ACCEPTED && order.status() != WorkOrderStatus.IN_PROGRESS) {
                throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, "onTheWay", order.status());
            }
            if (!Long.valueOf(staff.id()).equals(order.snapshot().assigneeId())) {
                throw new DomainException(ProblemCode.ACCESS_DENIED);
            }
            Instant now = clock.instant();
            Instant eta = now.plus(Duration.ofMinutes(etaMinutes));
            long id = jdbc.sql("""
                    insert into field_trip (order_id, order_number, crew_id, crew_name, eta, started_at)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .param(order.id()).param(number).param(staff.id()).param(staff.fullName()).param(Timestamp.from(eta))
                    .param(Timestamp.from(now)).query(Long.class).single();
            log.append(order, staff, now, "CREW_ON_THE_WAY", log.text("field.log.onTheWay", etaMinutes),
                    Map.of("eta", eta.toString(), "etaMinutes", etaMinutes));
            events.publishEvent(new CrewOnTheWay(number, staff.id(), staff.fullName(), eta, now));
            return Long.toString(id);
        });
    }

    /** 签到: where the phone is, and how far that is from the premise; far check-ins are flagged, not refused. */
    @Transactional
    public CheckIn checkIn(String number, GeoPoint at, Double accuracy, String key, CurrentStaff staff) {
        if (at == null) {
            throw DomainException.invalid("latitude", "validation.position");
        }
        if (accuracy != null && (accuracy < 0 || accuracy.isNaN())) {
            throw DomainException.invalid("accuracy", "validation.invalid", "accuracy");
        }
        FieldReceipts.Outcome outcome = receipts.once(staff, key, "check-in", number, at + "/" + accuracy, () -> {
            WorkOrder order = access.workable(number, "checkIn", staff);
            Optional<GeoPoint> premise = Optional.ofNullable(order.snapshot().customerId()).flatMap(premises::of);
            Double distance = premise.map(at::metersTo).orElse(null);
            boolean far = distance != null && distance > settings.checkInWarnMeters();
            String note = distance == null ? log.text("field.log.checkInUnknown", at.toString())
                    : log.text(far ? "field.log.checkInFar" : "field.log.checkIn", at.toString(), Math.round(distance));
            workOrders.perform(number, new WorkOrderCommand.CheckIn(note), staff, null);
            long id = jdbc.sql("""
                    insert into field_check_in (order_id, order_number, crew_id, latitude, longitude, accuracy_m,
                        distance_m, far, at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .param(order.id()).param(number).param(staff.id()).param(at.latitude()).param(at.longitude())
                    .param(accuracy).param(distance).param(far).param(Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            return Long.toString(id);
        });
        return FieldReads.checkIn(jdbc, Long.parseLong(outcome.ref()));
    }

    /** 现场记录: what the crew found or did, on the timeline as it happens. */
    @Transactional
    public FieldReceipts.Outcome note(String number, String text, String key, CurrentStaff staff) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("text", "validation.NotBlank", "text");
        }
        if (text.length() > 2000) {
            throw DomainException.invalid("text", "validation.Size", "text", 2000);
        }
        return receipts.once(staff, key, "note", number, text.strip(), () -> {
            WorkOrder order = access.workable(number, "note", staff);
            log.append(order, staff, clock.instant(), "FIELD_NOTE", text.strip(), Map.of());
            return null;
        });
    }

    /** 完工: records materials and the customer's confirmation, then resolves the order. */
    @Transactional
    public FieldReceipts.Outcome finish(String number, Finish finish, String key, CurrentStaff staff) {
        List<Material> materials = validMaterials(finish.materials());
        if (finish.confirmation() == null) {
            throw DomainException.invalid("confirmation", "validation.NotNull", "confirmation");
        }
        String confirmedBy = finish.confirmedBy() == null || finish.confirmedBy().isBlank() ? null : finish.confirmedBy().strip();
        if (finish.confirmation() == Confirmation.SIGNED_ON_SITE && confirmedBy == null) {
            throw DomainException.invalid("confirmedBy", "validation.confirmedBy");
        }
        String request = String.join("|", String.valueOf(finish.result()), String.valueOf(finish.rootCause()),
                String.valueOf(finish.responsibility()), materials.toString(), finish.confirmation().name(),
                String.valueOf(confirmedBy));
        return receipts.once(staff, key, "finish", number, request, () -> {
            WorkOrder order = access.workable(number, "finish", staff);
            Instant now = clock.instant();
            log.append(order, staff, now, "FIELD_COMPLETED", completionNote(materials, finish.confirmation(), confirmedBy),
                    Map.of("confirmation", finish.confirmation().name(), "materials", materials.size()));
            workOrders.perform(number, new WorkOrderCommand.Resolve(finish.result(), finish.rootCause(),
                    responsibility(finish)), staff, null);
            long id = jdbc.sql("""
                    insert into field_completion (order_id, order_number, crew_id, confirmation, confirmed_by, materials, finished_at)
                    values (?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                    .param(order.id()).param(number).param(staff.id()).param(finish.confirmation().name()).param(confirmedBy)
                    .param(json.writeValueAsString(materials)).param(Timestamp.from(now)).query(Long.class).single();
            return Long.toString(id);
        });
    }

    /** The root cause's usual responsibility when the crew did not say; the aggregate refuses if there is none. */
    private Responsibility responsibility(Finish finish) {
        if (finish.responsibility() != null || finish.rootCause() == null) {
            return finish.responsibility();
        }
        return rootCauses.find(finish.rootCause().strip()).map(RootCause::defaultResponsibility).orElse(null);
    }

    private static List<Material> validMaterials(List<Material> materials) {
        if (materials.size() > MAX_MATERIALS) {
            throw DomainException.invalid("materials", "validation.tooMany", MAX_MATERIALS);
        }
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            if (m.name() == null || m.name().isBlank()) {
                throw DomainException.invalid("materials[" + i + "].name", "validation.NotBlank", "name");
            }
            if (m.quantity() == null || m.quantity().signum() <= 0) {
                throw DomainException.invalid("materials[" + i + "].quantity", "validation.positive", "quantity");
            }
        }
        return materials.stream().map(m -> new Material(m.name().strip(), m.quantity().stripTrailingZeros(),
                m.unit() == null || m.unit().isBlank() ? null : m.unit().strip())).toList();
    }

    private String completionNote(List<Material> materials, Confirmation confirmation, String confirmedBy) {
        String used = materials.isEmpty() ? log.text("field.materials.none") : materials.stream()
                .map(m -> m.name() + " × " + m.quantity().toPlainString() + (m.unit() == null ? "" : " " + m.unit()))
                .collect(Collectors.joining("，"));
        return log.text("field.log.completed", used, log.text("field.confirmation." + confirmation.name()),
                confirmedBy == null ? "" : confirmedBy);
    }
}
