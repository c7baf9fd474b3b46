package com.griddesk.textmining;

import java.time.LocalDate;
import java.util.List;

/**
 * Weekly emerging terms and categories of a unit (and the units below it): what customers talk
 * about this week more than in the weeks before. For the analytics module and the topics API; the
 * caller is responsible for the data scope of {@code unitPath}.
 */
public interface HotTopics {

    /** The week starting on Monday {@code weekStart}, compared with the baseline weeks before it. */
    WeeklyTopics weekly(String unitPath, LocalDate weekStart, int limit);

    record WeeklyTopics(LocalDate weekStart, int baselineWeeks, int orders, int baselineOrders,
            List<EmergingTerm> terms, List<CategoryTrend> categories) {
    }

    /**
     * A term of this week: its count, its mean count per baseline week, and the z-score of its
     * log-odds ratio against the baseline (informative Dirichlet prior, Monroe et al. 2008).
     */
    record EmergingTerm(String term, int count, double baselinePerWeek, double score) {
    }

    /** A category of this week: its count, mean per baseline week, and lift (count+1)/(baseline+1). */
    record CategoryTrend(String code, int count, double baselinePerWeek, double lift) {
    }
}
