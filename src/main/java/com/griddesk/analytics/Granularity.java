package com.griddesk.analytics;

/** How a trend groups its days: per day, per ISO week (from Monday), per calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH
}
