package com.griddesk.textmining.web;

import com.griddesk.textmining.internal.OrderInsights;

/** What the order page's text-analysis card shows; merging into a duplicate needs the order's version. */
record OrderInsightCard(String number, int version, boolean mayMerge, OrderInsights.Insight insight) {
}
