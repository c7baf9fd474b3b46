package com.griddesk.outage.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.griddesk.outage.NoticeChannel;
import com.griddesk.outage.NoticePurpose;
import com.griddesk.outage.OutageEvent;
import com.griddesk.outage.OutageRestored;
import com.griddesk.shared.Actor;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.WorkOrders;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Power is back: the event is restored, every call attached to it is resolved (the callback is then
 * due, on the time-limit module's clock) and each caller is notified once, in one transaction.
 */
@Component
public class OutageRestoration {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final JdbcOutageRepository events;
    private final OutageCalls calls;
    private final WorkOrders workOrders;
    private final JdbcNotices notices;
    private final MessageSource messages;
    private final ApplicationEventPublisher publisher;

    OutageRestoration(JdbcOutageRepository events, OutageCalls calls, WorkOrders workOrders, JdbcNotices notices,
            MessageSource messages, ApplicationEventPublisher publisher) {
        this.events = events;
        this.calls = calls;
        this.workOrders = workOrders;
        this.notices = notices;
        this.messages = messages;
        this.publisher = publisher;
    }

    /** Restores the (locked) event and everything that hangs on it. */
    public OutageRestored restore(OutageEvent event, String note, String rootCause, Responsibility responsibility,
            Actor actor, Instant now) {
        event.restore(note, rootCause, responsibility, actor, now);
        events.save(event);
        String result = messages.getMessage("outage.restoration.result", new Object[] { event.number(), note.strip() },
                Locale.SIMPLIFIED_CHINESE);
        int resolved = 0;
        Map<String, OutageCalls.Call> callers = new LinkedHashMap<>();
        for (OutageCalls.Call call : calls.ofEvent(event.id())) {
            if (call.role() == OutageCalls.Role.FAULT_CALL && workOrders.resolveByRestoration(call.orderNumber(),
                    event.number(), result, rootCause, responsibility, actor).isPresent()) {
                resolved++;
            }
            if (call.contactPhone() != null) {
                callers.putIfAbsent(call.contactPhone(), call);
            }
        }
        String text = messages.getMessage("outage.notice.restored", new Object[] { event.number(), TIME.format(now) },
                Locale.SIMPLIFIED_CHINESE);
        int notified = 0;
        for (OutageCalls.Call caller : callers.values()) {
            if (notices.request(new NoticeDraft(NoticePurpose.RESTORATION, NoticeChannel.SMS, event.id(), null,
                    event.snapshot().unitPath(), caller.customerId(), null, null, caller.contactPhone(), text,
                    Map.of("area", caller.areaCode() == null ? event.number() : caller.areaCode(),
                            "restoredAt", TIME.format(now)), actor.staffId())).isPresent()) {
                notified++;
            }
        }
        event.note("CALLERS_NOTIFIED", null, Map.of("ordersResolved", resolved, "callers", notified), actor, now);
        events.save(event);
        OutageRestored restored = new OutageRestored(event.id(), event.number(), event.kind(), now, resolved, notified);
        publisher.publishEvent(restored);
        return restored;
    }
}
