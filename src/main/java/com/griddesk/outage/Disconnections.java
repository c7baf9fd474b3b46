package com.griddesk.outage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.Role;
import com.griddesk.org.UnitLevel;
import com.griddesk.outage.internal.AffectedCustomers;
import com.griddesk.outage.internal.JdbcDisconnectionRepository;
import com.griddesk.outage.internal.JdbcNotices;
import com.griddesk.outage.internal.JdbcOutageRepository;
import com.griddesk.outage.internal.NoticeDraft;
import com.griddesk.outage.internal.OutageRestoration;
import com.griddesk.outage.internal.Places;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.DomainException.FieldError;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Responsibility;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The arrears disconnection workflow (供电营业规则 Art. 67). Each step is one transaction within the
 * caller's data scope; an execution the rules refuse is rolled back and its refusal kept on the
 * disconnection's timeline.
 */
@Service
public class Disconnections {

    static final Set<Role> CLERKS = Set.of(Role.HANDLER, Role.SUPERVISOR);
    static final Set<Role> HEADS = Set.of(Role.SUPERVISOR);
    static final Set<Role> NOTIFIERS = Set.of(Role.HANDLER, Role.AGENT, Role.SUPERVISOR);
    static final Set<Role> EXECUTORS = Set.of(Role.HANDLER, Role.FIELD_CREW, Role.SUPERVISOR);
    static final Set<Role> CASHIERS = Set.of(Role.HANDLER, Role.AGENT, Role.SUPERVISOR);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public record Request(String accountNumber, BigDecimal arrearsAmount, String reason, Instant plannedAt) {
    }

    private final JdbcDisconnectionRepository repository;
    private final JdbcOutageRepository events;
    private final AffectedCustomers affected;
    private final OutageRestoration restoration;
    private final JdbcNotices notices;
    private final Places places;
    private final CustomerDirectory customers;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final OutageSettings settings;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separately;
    private final Clock clock;

    Disconnections(JdbcDisconnectionRepository repository, JdbcOutageRepository events, AffectedCustomers affected,
            OutageRestoration restoration, JdbcNotices notices, Places places, CustomerDirectory customers,
            OrgDirectory org, MessageSource messages, OutageSettings settings, PlatformTransactionManager tm,
            Clock clock) {
        this.repository = repository;
        this.events = events;
        this.affected = affected;
        this.restoration = restoration;
        this.notices = notices;
        this.places = places;
        this.customers = customers;
        this.org = org;
        this.messages = messages;
        this.settings = settings;
        this.transactions = new TransactionTemplate(tm);
        this.separately = new TransactionTemplate(tm);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public Disconnection request(Request r, CurrentStaff staff) {
        allow(staff, CLERKS);
        Customer customer = customers.visibleTo(r.accountNumber() == null ? "" : r.accountNumber().strip(), staff);
        Instant now = clock.instant();
        return inTransaction(() -> {
            Disconnection d = Disconnection.request(repository.nextNumber(now), customer,
                    places.path(customer.stationId()), r.arrearsAmount(), r.reason(), r.plannedAt(),
                    settings.disconnection().noticeMinLead(), staff.actor(), now);
            repository.save(d);
            return d;
        });
    }

    public Disconnection approve(String number, CurrentStaff staff) {
        return change(number, staff, HEADS, d -> d.approve(staff.actor(), clock.instant()));
    }

    /** The protected customer's second approval, by a head above the station (county or city). */
    public Disconnection approveProtected(String number, CurrentStaff staff) {
        UnitLevel level = org.unit(staff.unitId()).level();
        if (level == UnitLevel.STATION || level == UnitLevel.TEAM) {
            throw DomainException.invalid("approver", "disconnection.validation.extraApproverLevel");
        }
        return change(number, staff, HEADS, d -> d.approveProtected(staff.actor(), clock.instant()));
    }

    /** Sends the notice (3–7 days before) or the re-notice (30 minutes before) by the chosen channel. */
    public NoticeView sendNotice(String number, NoticePurpose purpose, NoticeChannel channel, CurrentStaff staff) {
        if (purpose != NoticePurpose.DISCONNECTION_NOTICE && purpose != NoticePurpose.DISCONNECTION_RENOTICE) {
            throw DomainException.invalid("purpose", "disconnection.validation.noticePurpose");
        }
        if (channel == null) {
            throw DomainException.invalid("channel", "validation.NotNull", "channel");
        }
        String reference = inTransaction(() -> {
            Disconnection d = locked(number, staff, NOTIFIERS);
            DisconnectionSnapshot s = d.snapshot();
            Customer customer = customers.byId(s.customerId()).orElseThrow();
            String key = purpose == NoticePurpose.DISCONNECTION_NOTICE ? "disconnection.notice.text" : "disconnection.renotice.text";
            String text = messages.getMessage(key, new Object[] { s.customerName(), s.accountNumber(),
                s.arrearsAmount().toPlainString(), WHEN.format(s.plannedAt()) }, Locale.SIMPLIFIED_CHINESE);
            String ref = notices.request(new NoticeDraft(purpose, channel, null, s.id(), s.unitPath(), s.customerId(),
                    s.accountNumber(), s.customerName(), customer.phone(), text, arrears(s, purpose), staff.id()))
                    .orElseThrow();
            // refused before the head's approval: the notice written above is rolled back with it
            d.noticeRequested(purpose, ref, channel, staff.actor(), clock.instant());
            repository.save(d);
            return ref;
        });
        return notices.find(reference, staff).orElseThrow();
    }

    /**
     * Executes the disconnection if every condition holds; else refuses with each missing one named
     * (and keeps the refusal on the timeline).
     */
    public Disconnection execute(String number, CurrentStaff staff) {
        try {
            return inTransaction(() -> {
                Disconnection d = locked(number, staff, EXECUTORS);
                Instant now = clock.instant();
                DisconnectionSnapshot s = d.snapshot();
                List<FieldError> missing = DisconnectionRules.missing(s, notices.ofDisconnection(s.id()), now,
                        settings.disconnection());
                Customer customer = customers.byId(s.customerId()).orElseThrow();
                String outage = missing.isEmpty() ? events.nextNumber(now) : null;
                d.execute(missing, outage, staff.actor(), now);
                OutageEvent off = OutageEvent.disconnection(outage, places.customer(customer), customer.id(), number,
                        staff.actor(), now);
                events.save(off);
                affected.single(off.id(), customer);
                repository.save(d);
                return d;
            });
        }
        catch (DomainException ex) {
            if (ex.code() == ProblemCode.DISCONNECTION_REFUSED) {
                List<String> conditions = ex.fieldErrors().stream().map(FieldError::field).toList();
                separately.executeWithoutResult(status -> {
                    Disconnection d = repository.findForUpdate(number).orElseThrow();
                    d.refused(conditions, staff.actor(), clock.instant());
                    repository.save(d);
                });
            }
            throw ex;
        }
    }

    /** The arrears are paid: before execution this ends the request, after it reconnection is due. */
    public Disconnection paid(String number, String receipt, CurrentStaff staff) {
        return change(number, staff, CASHIERS,
                d -> d.paid(receipt, settings.disconnection().reconnectWithin(), staff.actor(), clock.instant()));
    }

    /** Power back on: the arrears outage is restored and the customer told. */
    public Disconnection reconnect(String number, CurrentStaff staff) {
        return inTransaction(() -> {
            Disconnection d = locked(number, staff, EXECUTORS);
            Instant now = clock.instant();
            d.reconnect(staff.actor(), now);
            repository.save(d);
            DisconnectionSnapshot s = d.snapshot();
            events.findForUpdate(s.outageNumber()).filter(e -> e.state() == OutageState.ACTIVE)
                    .ifPresent(e -> restoration.restore(e, messages.getMessage("disconnection.reconnected.note",
                            new Object[] { number }, Locale.SIMPLIFIED_CHINESE), "CUSTOMER_ARREARS", Responsibility.CUSTOMER,
                            staff.actor(), now));
            Customer customer = customers.byId(s.customerId()).orElseThrow();
            notices.request(new NoticeDraft(NoticePurpose.RECONNECTION_CONFIRMED, NoticeChannel.SMS, null, s.id(),
                    s.unitPath(), s.customerId(), s.accountNumber(), s.customerName(), customer.phone(),
                    messages.getMessage("disconnection.reconnected.text", new Object[] { s.accountNumber(),
                        WHEN.format(now) }, Locale.SIMPLIFIED_CHINESE),
                    java.util.Map.of("accountNumber", s.accountNumber(), "reconnectedAt", WHEN.format(now)), staff.id()));
            return d;
        });
    }

    private static java.util.Map<String, String> arrears(DisconnectionSnapshot s, NoticePurpose purpose) {
        java.util.Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put("accountNumber", s.accountNumber());
        v.put("amount", s.arrearsAmount().toPlainString());
        v.put("disconnectAt", WHEN.format(s.plannedAt()));
        if (purpose == NoticePurpose.DISCONNECTION_NOTICE) {
            v.put("payBy", WHEN.format(s.plannedAt()));
        }
        return v;
    }

    public Disconnection cancel(String number, String reason, CurrentStaff staff) {
        return change(number, staff, CLERKS, d -> d.cancel(reason, staff.actor(), clock.instant()));
    }

    public Disconnection get(String number, CurrentStaff staff) {
        return repository.find(number).filter(d -> staff.sees(d.snapshot().unitPath()))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.DISCONNECTION_NOT_FOUND, number));
    }

    public List<NoticeView> notices(Disconnection d) {
        return notices.ofDisconnection(d.snapshot().id());
    }

    public List<OutageTimelineEntry> timeline(Disconnection d) {
        return repository.timeline(d.snapshot().id());
    }

    /** What an execution now would still lack (empty: it may go ahead). */
    public List<FieldError> missingNow(Disconnection d) {
        return DisconnectionRules.missing(d.snapshot(), notices(d), clock.instant(), settings.disconnection());
    }

    public List<DisconnectionSnapshot> list(CurrentStaff staff, boolean openOnly, int limit) {
        return repository.list(staff.scopePath(), openOnly, Math.min(Math.max(limit, 1), 500));
    }

    private Disconnection change(String number, CurrentStaff staff, Set<Role> roles,
            java.util.function.Consumer<Disconnection> transition) {
        return inTransaction(() -> {
            Disconnection d = locked(number, staff, roles);
            transition.accept(d);
            repository.save(d);
            return d;
        });
    }

    private Disconnection locked(String number, CurrentStaff staff, Set<Role> roles) {
        Disconnection d = repository.findForUpdate(number).filter(x -> staff.sees(x.snapshot().unitPath()))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.DISCONNECTION_NOT_FOUND, number));
        allow(staff, roles);
        return d;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private static void allow(CurrentStaff staff, Set<Role> roles) {
        if (!staff.hasAny(roles)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
    }
}
