package com.griddesk.notification;

import java.util.List;
import java.util.Optional;

import com.griddesk.org.CurrentStaff;

/** The notification module's API for other modules. */
public interface Notifications {

    /**
     * Queues a notification in the caller's transaction and returns its id. The same {@code key}
     * returns the same id (also under concurrent calls); a key reused for a different event,
     * channel or recipient is refused. A customer who opted out gets a FAILED notification with
     * the reason, unless the event is a legal notice.
     */
    long send(NotificationRequest request);

    /** The delivery state of a notification, by id. */
    Optional<DeliveryState> state(long notificationId);

    /** The notifications sent with the caller's reference, oldest first. */
    List<DeliveryState> byReference(String reference);

    /** The notifications of an order the caller may see (else a work-order-not-found problem). */
    List<DeliveryState> ofOrder(String orderNumber, CurrentStaff staff);

    /** The notifications of a customer the caller may see (else a customer-not-found problem). */
    List<DeliveryState> ofCustomer(String accountNumber, CurrentStaff staff);
}
