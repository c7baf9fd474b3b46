package com.griddesk.callback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.griddesk.callback.internal.CallbackStore;
import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderCommand;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS survey a customer answers without logging in. The answer is kept first, in its own
 * transaction, so that it survives whatever the order then refuses (a recovery record still open,
 * an order reopened meanwhile): then the callback goes back to an agent with the answer in hand.
 */
@Service
public class Surveys {

    private static final Logger log = LoggerFactory.getLogger(Surveys.class);

    /** What the survey page shows: never the customer's phone or the handler's name. */
    public record Invitation(String orderNumber, String typeCode, String resolution, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final CallbackStore store;
    private final Callbacks callbacks;
    private final WorkOrders workOrders;
    private final WorkOrderRepository orders;
    private final TransactionTemplate tx;
    private final Clock clock;

    Surveys(JdbcClient jdbc, CallbackStore store, Callbacks callbacks, WorkOrders workOrders, WorkOrderRepository orders,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.callbacks = callbacks;
        this.workOrders = workOrders;
        this.orders = orders;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The invitation behind a token; an unknown token is not found, a used or expired one is closed. */
    public Invitation open(String token) {
        Map<String, Object> survey = survey(token);
        if (survey.get("answered_at") != null || ((Timestamp) survey.get("expires_at")).toInstant().isBefore(clock.instant())) {
            throw new DomainException(ProblemCode.SURVEY_CLOSED);
        }
        WorkOrder order = orders.find((String) survey.get("order_number")).orElseThrow();
        return new Invitation(order.number(), order.snapshot().typeCode(), order.snapshot().resolution(),
                ((Timestamp) survey.get("expires_at")).toInstant());
    }

    /** Records the one answer of this token, then closes the order or sends it back, as an agent's call would. */
    public String answer(String token, Boolean solved, Satisfaction satisfaction, String comment, String customerName,
            String reworkFallback) {
        if (solved == null) {
            throw DomainException.invalid("solved", "validation.NotNull", "solved");
        }
        if (satisfaction == null) {
            throw DomainException.invalid("satisfaction", "validation.NotNull", "satisfaction");
        }
        String words = comment == null || comment.isBlank() ? null : comment.strip();
        if (words != null && words.length() > 1000) {
            throw DomainException.invalid("comment", "validation.Size", "comment", 1000);
        }
        Long taskId = tx.execute(status -> keep(token, solved, satisfaction, words, customerName));
        if (taskId == null) {
            return "RECORDED";
        }
        CallbackStore.Row task = store.task(taskId).orElseThrow();
        Actor customer = new Actor(0, customerName);
        try {
            String outcome = tx.execute(status -> {
                WorkOrder order = orders.find(task.orderNumber()).orElseThrow();
                boolean back = callbacks.sendsBack(order, solved, satisfaction);
                workOrders.performAs(customer, task.orderNumber(), back
                        ? new WorkOrderCommand.Rework(words != null ? words : reworkFallback)
                        : new WorkOrderCommand.Close(satisfaction, words));
                return back ? "REWORKED" : "CLOSED";
            });
            outcome(token, outcome);
            return outcome;
        }
        catch (DomainException refused) {
            log.info("Survey answer for {} left to an agent: {}", task.orderNumber(), refused.getMessage());
            tx.executeWithoutResult(status -> {
                outcome(token, "FOR_AGENT");
                store.openTaskForUpdate(task.orderNumber()).ifPresent(t -> store.status(t.id(), CallbackStatus.OPEN));
            });
            return "FOR_AGENT";
        }
    }

    /** Keeps the answer; returns the callback task it answers, or null for a first-contact survey (recorded with the order). */
    private Long keep(String token, boolean solved, Satisfaction satisfaction, String words, String customerName) {
        Instant now = clock.instant();
        int answered = jdbc.sql("""
                update callback_survey set answered_at = ?, solved = ?, satisfaction = ?, comment = ?
                where token = ? and answered_at is null and expires_at > ?""")
                .param(Timestamp.from(now)).param(solved).param(satisfaction.name()).param(words).param(token)
                .param(Timestamp.from(now)).update();
        if (answered == 0) {
            survey(token);
            throw new DomainException(ProblemCode.SURVEY_CLOSED);
        }
        Long taskId = jdbc.sql("select task_id from callback_survey where token = ?").param(token)
                .query((rs, i) -> rs.getObject(1, Long.class)).list().get(0);
        if (taskId == null) {
            WorkOrder order = orders.find((String) survey(token).get("order_number")).orElseThrow();
            orders.appendTimeline(order.id(), new TimelineEntry(now, 0, customerName, "CALLBACK_SURVEY_ANSWERED", null,
                    null, words, Map.of("solved", solved, "satisfaction", satisfaction.name())));
            outcome(token, "RECORDED");
            return null;
        }
        store.attempt(taskId, now, 0, customerName, "SMS", true, solved, satisfaction, words);
        store.heard(taskId, solved, satisfaction, words);
        return taskId;
    }

    private void outcome(String token, String outcome) {
        jdbc.sql("update callback_survey set outcome = ? where token = ?").param(outcome).param(token).update();
    }

    private Map<String, Object> survey(String token) {
        Optional<Map<String, Object>> row = token == null || token.length() < 32 ? Optional.empty()
                : jdbc.sql("select order_number, expires_at, answered_at from callback_survey where token = ?")
                        .param(token).query().listOfRows().stream().findFirst();
        return row.orElseThrow(() -> DomainException.notFound(ProblemCode.NOT_FOUND, "survey"));
    }
}
