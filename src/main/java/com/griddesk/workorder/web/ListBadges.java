package com.griddesk.workorder.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.griddesk.org.CurrentStaff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** All modules' badges for one page of a list, merged per order. */
@Component
class ListBadges {

    private final ObjectProvider<OrderBadges> sources;

    ListBadges(ObjectProvider<OrderBadges> sources) {
        this.sources = sources;
    }

    Map<String, List<OrderBadges.Badge>> of(Collection<String> numbers, CurrentStaff staff, Locale locale) {
        Map<String, List<OrderBadges.Badge>> merged = new HashMap<>();
        if (numbers.isEmpty()) {
            return merged;
        }
        sources.orderedStream().forEach(source -> source.of(numbers, staff, locale)
                .forEach((number, badges) -> merged.computeIfAbsent(number, k -> new ArrayList<>()).addAll(badges)));
        return merged;
    }
}
