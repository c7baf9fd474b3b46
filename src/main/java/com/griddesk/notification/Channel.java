package com.griddesk.notification;

/** How a notification travels. */
public enum Channel {
    SMS, EMAIL, IN_APP, WEBHOOK
}
