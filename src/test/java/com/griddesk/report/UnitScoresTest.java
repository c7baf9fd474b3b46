package com.griddesk.report;

import java.util.List;
import java.util.Map;

import com.griddesk.analytics.Indicator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly assessment's scoring on three hand-made units. */
class UnitScoresTest {

    static final Map<Indicator, Integer> WEIGHTS = Map.of(Indicator.TIMELINESS_RATE, 60, Indicator.COMPLAINTS_PER_10K_CUSTOMERS, 40);

    @Test
    void best_scores_100_worst_0_weighted_and_ranked() {
        List<UnitScores.UnitScore> scores = UnitScores.score(List.of(
                new UnitScores.UnitValues(1, "甲所", Map.of(Indicator.TIMELINESS_RATE, 0.90, Indicator.COMPLAINTS_PER_10K_CUSTOMERS, 4.0)),
                new UnitScores.UnitValues(2, "乙所", Map.of(Indicator.TIMELINESS_RATE, 1.00, Indicator.COMPLAINTS_PER_10K_CUSTOMERS, 2.0)),
                new UnitScores.UnitValues(3, "丙所", Map.of(Indicator.TIMELINESS_RATE, 0.80, Indicator.COMPLAINTS_PER_10K_CUSTOMERS, 6.0))),
                WEIGHTS);
        assertThat(scores).extracting(UnitScores.UnitScore::unitName).containsExactly("乙所", "甲所", "丙所");
        assertThat(scores).extracting(UnitScores.UnitScore::score).containsExactly(100.0, 50.0, 0.0);
        assertThat(scores).extracting(UnitScores.UnitScore::rank).containsExactly(1, 2, 3);
    }

    @Test
    void a_missing_value_leaves_its_weight_out_and_equal_values_score_100() {
        List<UnitScores.UnitScore> scores = UnitScores.score(List.of(
                new UnitScores.UnitValues(1, "甲所", Map.of(Indicator.TIMELINESS_RATE, 0.9, Indicator.COMPLAINTS_PER_10K_CUSTOMERS, 3.0)),
                new UnitScores.UnitValues(2, "乙所", Map.of(Indicator.TIMELINESS_RATE, 0.9))), WEIGHTS);
        // timeliness equal: both 100; complaints only for 甲所 (100 as the only value); 乙所 on timeliness alone
        assertThat(scores).extracting(UnitScores.UnitScore::score).containsExactly(100.0, 100.0);
        List<UnitScores.UnitScore> mixed = UnitScores.score(List.of(
                new UnitScores.UnitValues(1, "甲所", Map.of(Indicator.TIMELINESS_RATE, 1.0, Indicator.COMPLAINTS_PER_10K_CUSTOMERS, 5.0)),
                new UnitScores.UnitValues(2, "乙所", Map.of(Indicator.TIMELINESS_RATE, 0.5, Indicator.COMPLAINTS_PER_10K_CUSTOMERS, 1.0)),
                new UnitScores.UnitValues(3, "丙所", Map.of())), WEIGHTS);
        assertThat(mixed).extracting(UnitScores.UnitScore::score).containsExactly(60.0, 40.0, null);
    }

    @Test
    void weights_must_sum_to_100_over_scorable_indicators() {
        assertThat(Weights.problem(ReportSettings.DEFAULT_WEIGHTS)).isNull();
        assertThat(Weights.problem(Map.of(Indicator.TIMELINESS_RATE, 90))).contains("90");
        assertThat(Weights.problem(Map.of(Indicator.VOLUME, 100))).contains("VOLUME");
    }

    @Test
    void periods_of_each_kind() {
        var today = java.time.LocalDate.of(2026, 12, 2); // a Wednesday
        assertThat(ReportKind.DAILY.latestComplete(today)).isEqualTo(new ReportPeriod(today.minusDays(1), today.minusDays(1)));
        assertThat(ReportKind.WEEKLY.latestComplete(today))
                .isEqualTo(new ReportPeriod(java.time.LocalDate.of(2026, 11, 23), java.time.LocalDate.of(2026, 11, 29)));
        assertThat(ReportKind.MONTHLY.latestComplete(today))
                .isEqualTo(new ReportPeriod(java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30)));
    }
}
