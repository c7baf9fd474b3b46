package com.griddesk.timelimit;

/** What an order's time limits depend on. {@code code} is its category, or its type if it has none. */
public record OrderProfile(String code, String channel, String regionClass, String customerClass) {
}
