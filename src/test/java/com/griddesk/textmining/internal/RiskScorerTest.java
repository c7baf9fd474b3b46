package com.griddesk.textmining.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.griddesk.textmining.EscalationRisk;
import com.griddesk.textmining.EscalationRisk.Reason;

import org.junit.jupiter.api.Test;

/** Every point of an escalation-risk score comes with a reason that says what was found. */
class RiskScorerTest {

    private final RiskScorer scorer = new RiskScorer(60, 80);

    private static RiskScorer.Inputs text(String text, String channel) {
        return new RiskScorer.Inputs(text, channel, 0, 0, 0, false, false, false, false, 0, null);
    }

    @Test
    void a_calm_question_has_no_reasons_and_scores_zero() {
        List<Reason> reasons = scorer.reasons(text("想问一下峰谷电价怎么算", "PHONE"));
        assertThat(reasons).isEmpty();
        assertThat(RiskScorer.score(reasons)).isZero();
        assertThat(scorer.level(0)).isEqualTo(EscalationRisk.Level.LOW);
    }

    @Test
    void escalation_words_are_named_with_the_words_found() {
        List<Reason> reasons = scorer.reasons(text("第三次打电话了，再不修我就打12398，还要找记者曝光", "PHONE"));
        assertThat(reasons).extracting(Reason::code).contains("REGULATOR", "MEDIA", "COUNTED_CALLS");
        assertThat(reasons).filteredOn(r -> r.code().equals("MEDIA")).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("记者", "曝光"));
        assertThat(reasons).filteredOn(r -> r.code().equals("COUNTED_CALLS")).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("第三次"));
        int score = RiskScorer.score(reasons);
        assertThat(score).isEqualTo(reasons.stream().mapToInt(Reason::points).sum()).isGreaterThanOrEqualTo(60);
        assertThat(scorer.level(score)).isIn(EscalationRisk.Level.HIGH, EscalationRisk.Level.CRITICAL);
    }

    @Test
    void an_item_from_the_regulator_counts_once_for_the_channel_and_not_again_for_the_word() {
        List<Reason> reasons = scorer.reasons(text("12398转办：用户反映停电未通知", "REGULATOR"));
        assertThat(reasons).extracting(Reason::code).containsExactly("CHANNEL_REGULATOR");
    }

    @Test
    void repeat_calls_earlier_complaints_sensitivity_clocks_and_outage_each_add_a_reason() {
        List<Reason> reasons = scorer.reasons(new RiskScorer.Inputs("家里还是没电", "PHONE", 2, 1, 1, true, true, true,
                false, 2, Duration.ofHours(9)));
        assertThat(reasons).extracting(Reason::code).containsExactlyInAnyOrder("REPEAT_CALLS", "EARLIER_COMPLAINTS",
                "REPEAT_COMPLAINER", "ELDERLY_ALONE", "MEDICAL_EQUIPMENT", "OVERDUE", "LONG_OUTAGE");
        assertThat(reasons).filteredOn(r -> r.code().equals("REPEAT_CALLS")).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("3"));
        assertThat(reasons).filteredOn(r -> r.code().equals("LONG_OUTAGE")).singleElement()
                .satisfies(r -> assertThat(r.points()).isEqualTo(25));
        assertThat(RiskScorer.score(reasons)).isEqualTo(100);
        assertThat(scorer.level(100)).isEqualTo(EscalationRisk.Level.CRITICAL);
    }

    @Test
    void a_short_outage_is_no_reason() {
        assertThat(scorer.reasons(new RiskScorer.Inputs("停电了", "PHONE", 0, 0, 0, false, false, false, false, 0,
                Duration.ofMinutes(40)))).isEmpty();
    }

    @Test
    void reasons_come_strongest_first() {
        List<Reason> reasons = scorer.reasons(text("我要找律师起诉你们，家里有独居老人", "PHONE"));
        assertThat(reasons).extracting(Reason::code).containsExactly("LEGAL", "VULNERABLE");
    }
}
