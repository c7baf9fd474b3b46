package com.griddesk.textmining.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.griddesk.textmining.HotTopics;

import org.junit.jupiter.api.Test;

/** The log-odds score puts a term that jumped this week above one that is always frequent. */
class TopicStatisticsTest {

    private static TopicStatistics.Counts c(String term, int now, int before) {
        return new TopicStatistics.Counts(term, now, before);
    }

    @Test
    void a_term_that_jumped_this_week_ranks_above_a_steady_frequent_one() {
        List<HotTopics.EmergingTerm> terms = TopicStatistics.emerging(List.of(c("停电", 40, 320), c("电压", 12, 8),
                c("跳闸", 10, 80), c("漏水", 1, 0)), 8, 10);
        assertThat(terms).extracting(HotTopics.EmergingTerm::term).first().isEqualTo("电压");
        assertThat(terms).extracting(HotTopics.EmergingTerm::term).doesNotContain("漏水");
        assertThat(terms.get(0).baselinePerWeek()).isEqualTo(1.0);
    }

    @Test
    void a_category_that_doubled_has_a_lift_above_one_and_comes_first() {
        List<HotTopics.CategoryTrend> trends = TopicStatistics.trends(List.of(c("FAULT_REPAIR.LOW_VOLTAGE", 20, 160),
                c("COMPLAINT.QUALITY.VOLTAGE", 9, 16)), 8, 10);
        assertThat(trends.get(0).code()).isEqualTo("COMPLAINT.QUALITY.VOLTAGE");
        assertThat(trends.get(0).lift()).isEqualTo(3.33);
        assertThat(trends.get(1).lift()).isEqualTo(1.0);
    }
}
