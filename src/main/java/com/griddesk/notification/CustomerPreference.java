package com.griddesk.notification;

/**
 * How a customer wants to hear from us. {@code optedOut} stops everything but legal notices.
 * {@code locale} is zh-CN or en.
 */
public record CustomerPreference(String email, boolean smsEnabled, boolean emailEnabled, boolean optedOut,
        String locale) {

    public static final CustomerPreference DEFAULT = new CustomerPreference(null, true, true, false, "zh-CN");
}
