package com.griddesk.notification.internal;

import java.util.Optional;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationDelivered;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.NotificationFailed;
import com.griddesk.notification.NotificationRequest;
import com.griddesk.notification.Notifications;
import com.griddesk.notification.Recipient;
import com.griddesk.outage.DeliveryReport;
import com.griddesk.outage.Notice;
import com.griddesk.outage.NoticeDelivery;
import com.griddesk.outage.NoticeReceipts;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Outage and disconnection notices leave by SMS or e-mail through the notification module, and
 * their delivery receipts come back to the outage module as proof (供电营业规则 Art. 67). Notices
 * by phone call or registered mail stay with staff, who enter the proof by hand.
 */
@Component
class OutageNoticeDelivery implements NoticeDelivery {

    /** Marks the notifications that carry an outage notice, so that their receipts find their way back. */
    static final String REFERENCE_PREFIX = "outage-notice:";
    private static final String OUTAGE_NOTICE = "#a0.reference() != null and #a0.reference().startsWith('outage-notice:')";

    private static final Logger log = LoggerFactory.getLogger(OutageNoticeDelivery.class);

    private final Notifications notifications;
    private final NoticeReceipts receipts;

    OutageNoticeDelivery(Notifications notifications, NoticeReceipts receipts) {
        this.notifications = notifications;
        this.receipts = receipts;
    }

    @Override
    public void send(Notice notice) {
        Channel channel = switch (notice.channel()) {
            case SMS -> Channel.SMS;
            case EMAIL -> Channel.EMAIL;
            case PHONE_CALL, REGISTERED_MAIL -> null;
        };
        if (channel == null) {
            return;
        }
        Recipient recipient = notice.customerId() != null ? Recipient.customer(notice.customerId())
                : Recipient.address(notice.phone());
        String reference = REFERENCE_PREFIX + notice.reference();
        // the same key on a retried hand-over gives the same notification: sent once
        notifications.send(new NotificationRequest(reference, event(notice), channel, recipient, notice.variables(),
                reference, null, null));
    }

    @Override
    public boolean reportsDelivery() {
        return true;
    }

    /**
     * Every delivered message raises the event; only an outage notice's concerns this listener, and the
     * condition keeps the others (every in-app message, every order SMS) out of the publication registry.
     */
    @ApplicationModuleListener(condition = OUTAGE_NOTICE)
    void on(NotificationDelivered delivered) {
        String proof = delivered.gatewayMessageIds().isEmpty() ? "notification-" + delivered.notificationId()
                : String.join(",", delivered.gatewayMessageIds());
        noticeReference(delivered.reference()).ifPresent(ref -> report(ref, new DeliveryReport(
                DeliveryReport.Outcome.DELIVERED, delivered.at(), proof, null, "notification")));
    }

    @ApplicationModuleListener(condition = OUTAGE_NOTICE)
    void on(NotificationFailed failed) {
        String reason = failed.reason() == null || failed.reason().isBlank() ? "FAILED" : failed.reason();
        noticeReference(failed.reference()).ifPresent(ref -> report(ref, new DeliveryReport(
                DeliveryReport.Outcome.FAILED, failed.at(), null, reason, "notification")));
    }

    private void report(String reference, DeliveryReport report) {
        try {
            receipts.report(reference, report);
        }
        catch (DomainException ex) {
            if (ex.code() != ProblemCode.NOTICE_ALREADY_DELIVERED) {
                throw ex;
            }
            // staff recorded a proof first (say, a phone call while the SMS was under way): that proof stands
            log.info("Notice {} already delivered; the gateway's report {} is not recorded over it", reference,
                    report.proofId());
        }
    }

    private static Optional<String> noticeReference(String reference) {
        return reference != null && reference.startsWith(REFERENCE_PREFIX)
                ? Optional.of(reference.substring(REFERENCE_PREFIX.length())) : Optional.empty();
    }

    private static NotificationEvent event(Notice notice) {
        return switch (notice.purpose()) {
            case PLANNED_OUTAGE -> NotificationEvent.PLANNED_OUTAGE;
            case RESTORATION -> NotificationEvent.OUTAGE_RESTORED;
            case DISCONNECTION_NOTICE -> NotificationEvent.ARREARS_NOTICE;
            case DISCONNECTION_RENOTICE -> NotificationEvent.ARREARS_RENOTICE;
            case RECONNECTION_CONFIRMED -> NotificationEvent.RECONNECTED;
        };
    }
}
