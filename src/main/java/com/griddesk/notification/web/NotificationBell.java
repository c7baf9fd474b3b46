package com.griddesk.notification.web;

/** What the navbar bell shows. */
public record NotificationBell(int unread) {
}
