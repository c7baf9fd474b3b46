package com.griddesk.callback;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.griddesk.callback.internal.CallbackStore;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderCommand;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrders;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The callback agent's work: one call's result moves the order — satisfied and solved closes it,
 * otherwise it goes back to its handler with the customer's words; not reached is retried, and after
 * the last try the customer gets the SMS survey link.
 */
@Service
public class Callbacks {

    public static final Set<Role> AGENTS = EnumSet.of(Role.CALLBACK_AGENT, Role.COORDINATOR, Role.SUPERVISOR);
    private static final SecureRandom TOKENS = new SecureRandom();

    private final CallbackStore store;
    private final CallbackSettings settings;
    private final WorkOrders workOrders;
    private final WorkOrderQueries queries;
    private final WorkOrderRepository orders;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    Callbacks(CallbackStore store, CallbackSettings settings, WorkOrders workOrders, WorkOrderQueries queries,
            WorkOrderRepository orders, ApplicationEventPublisher events, MessageSource messages, JdbcClient jdbc,
            Clock clock) {
        this.store = store;
        this.settings = settings;
        this.workOrders = workOrders;
        this.queries = queries;
        this.orders = orders;
        this.events = events;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean applies(String typeCode) {
        return settings.types().contains(typeCode);
    }

    /** The order's latest callback, if it has had one. */
    @Transactional(readOnly = true)
    public Optional<CallbackTask> of(String number, CurrentStaff staff) {
        queries.get(number, staff);
        return store.latest(number).map(this::task);
    }

    @Transactional
    public CallbackTask record(String number, CallbackResult result, CurrentStaff staff) {
        WorkOrder order = queries.get(number, staff);
        if (!staff.hasAny(AGENTS)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        if (result == null || result.reached() == null) {
            throw DomainException.invalid("reached", "validation.NotNull", "reached");
        }
        CallbackStore.Row task = store.openTaskForUpdate(number)
                .orElseThrow(() -> new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, "callback", order.status()));
        Instant now = clock.instant();
        String comment = blankToNull(result.comment());
        if (!result.reached()) {
            store.attempt(task.id(), now, staff.id(), staff.fullName(), "PHONE", false, null, null, comment);
            int attempts = task.attempts() + 1;
            store.notReached(task.id(), attempts, now.plus(settings.retryAfter()));
            note(order, staff.actor(), now, "CALLBACK_NOT_REACHED", text("callback.log.notReached", attempts,
                    settings.maxAttempts()), Map.of("attempt", attempts));
            if (attempts >= settings.maxAttempts() && task.status() == CallbackStatus.OPEN) {
                issueSurvey(order, task, staff.actor(), now);
            }
            return store.task(task.id()).map(this::task).orElseThrow();
        }
        if (result.solved() == null) {
            throw DomainException.invalid("solved", "validation.NotNull", "solved");
        }
        if (result.satisfaction() == null) {
            throw DomainException.invalid("satisfaction", "validation.NotNull", "satisfaction");
        }
        boolean goesBack = sendsBack(order, result.solved(), result.satisfaction());
        if (goesBack && comment == null) {
            throw DomainException.invalid("comment", "validation.customerWords");
        }
        store.attempt(task.id(), now, staff.id(), staff.fullName(), "PHONE", true, result.solved(), result.satisfaction(),
                comment);
        store.heard(task.id(), result.solved(), result.satisfaction(), comment);
        workOrders.perform(number, goesBack ? new WorkOrderCommand.Rework(comment)
                : new WorkOrderCommand.Close(result.satisfaction(), comment), staff, null);
        return store.task(task.id()).map(this::task).orElseThrow();
    }

    /** Sends the survey link now (the customer prefers SMS), instead of after the last unanswered call. */
    @Transactional
    public CallbackTask sendSurvey(String number, CurrentStaff staff) {
        WorkOrder order = queries.get(number, staff);
        if (!staff.hasAny(AGENTS)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        CallbackStore.Row task = store.openTaskForUpdate(number)
                .filter(t -> t.status() == CallbackStatus.OPEN)
                .orElseThrow(() -> new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, "survey", order.status()));
        issueSurvey(order, task, staff.actor(), clock.instant());
        return store.task(task.id()).map(this::task).orElseThrow();
    }

    /** Unsolved, or dissatisfied while reworks are left: back to the handler. */
    public boolean sendsBack(WorkOrder order, boolean solved, Satisfaction satisfaction) {
        return (!solved || satisfaction.dissatisfied()) && order.snapshot().reworkCount() < settings.maxReworks();
    }

    private void issueSurvey(WorkOrder order, CallbackStore.Row task, Actor actor, Instant now) {
        issueLink(order, task.id(), actor, now);
        store.status(task.id(), CallbackStatus.SURVEY_SENT);
    }

    /**
     * A consultation answered while the caller was on the line (当场答复) has no callback call; its
     * caller gets one survey link instead, which only records the answer (the order is closed
     * already). Once per order, whoever asks again.
     */
    @Transactional
    public void surveyFirstContact(String number, Instant now) {
        if (!settings.firstContactSurvey()) {
            return;
        }
        WorkOrder order = orders.find(number).orElseThrow();
        if (order.snapshot().firstContactResolution()) {
            issueLink(order, null, Actor.SYSTEM, now);
        }
    }

    /** Writes the link's token (one per task, or one per order without a task) and tells the notification module. */
    private void issueLink(WorkOrder order, Long taskId, Actor actor, Instant now) {
        byte[] random = new byte[24];
        TOKENS.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random)
                + Long.toString(taskId != null ? taskId : order.id(), 36);
        Instant expires = now.plus(settings.surveyTtl());
        int written = jdbc.sql("""
                insert into callback_survey (token, task_id, order_id, order_number, issued_at, expires_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .param(token).param(taskId).param(order.id()).param(order.number()).param(Timestamp.from(now))
                .param(Timestamp.from(expires)).update();
        if (written == 0) {
            return;
        }
        String url = settings.publicUrl() + "/survey/" + token;
        note(order, actor, now, "CALLBACK_SURVEY_SENT", null, Map.of("expiresAt", expires.toString()));
        events.publishEvent(new CallbackSurveyLinkIssued(order.number(), url, expires, now));
    }

    CallbackTask task(CallbackStore.Row r) {
        return new CallbackTask(r.id(), r.orderNumber(), r.typeCode(), r.unitId(), r.handlerId(), r.responsibility(),
                r.resolvedAt(), r.status(), r.attempts(), r.nextAttemptAt(), r.solved(), r.satisfaction(), r.comment(),
                r.withRecovery(), r.finishedAt(), store.survey(r.id()).orElse(null), store.attempts(r.id()));
    }

    void note(WorkOrder order, Actor actor, Instant at, String action, String note, Map<String, Object> details) {
        orders.appendTimeline(order.id(), new TimelineEntry(at, actor.staffId(), actor.name(), action, null, null, note, details));
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
