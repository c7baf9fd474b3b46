package com.griddesk.workorder.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.griddesk.org.CurrentStaff;

/**
 * Small marks another module puts beside an order in lists (its escalation risk, its outage, …),
 * looked up for a whole page of orders at once. {@code style} is a Bootstrap badge class such as
 * {@code text-bg-danger}.
 */
public interface OrderBadges {

    record Badge(String text, String style, String title) {
    }

    /** Badges per order number, for the numbers of one list page (already within the user's scope). */
    Map<String, List<Badge>> of(Collection<String> numbers, CurrentStaff staff, Locale locale);
}
