package com.griddesk.analytics;

/** What an indicator's value measures. */
public enum IndicatorUnit {
    ORDERS, PERCENT, PER_10K_CUSTOMERS, HOURS, CUSTOMER_MINUTES
}
