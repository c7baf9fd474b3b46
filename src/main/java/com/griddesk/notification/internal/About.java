package com.griddesk.notification.internal;

/** What a notification belongs to: an order, the caller's reference, an urgency override. */
record About(Long orderId, String orderNumber, String reference, Boolean urgent) {

    static About order(long orderId, String number) {
        return new About(orderId, number, null, null);
    }
}
