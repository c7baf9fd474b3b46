package com.griddesk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.griddesk.analytics.Indicator;

/**
 * The monthly assessment's score of each unit: every weighted indicator scores 0–100 between the
 * worst unit (0) and the best (100) — all equal score 100 — and the unit's score is the weighted mean
 * of its indicator scores; an indicator without a value for a unit (no denominator) leaves its
 * weight out of that unit's mean.
 */
public final class UnitScores {

    public record UnitValues(long unitId, String unitName, Map<Indicator, Double> values) {
    }

    public record UnitScore(int rank, long unitId, String unitName, Map<Indicator, Double> values,
            Map<Indicator, Double> indicatorScores, Double score) {
    }

    private UnitScores() {
    }

    public static List<UnitScore> score(List<UnitValues> units, Map<Indicator, Integer> weights) {
        Map<Indicator, double[]> ranges = new EnumMap<>(Indicator.class);
        for (Indicator indicator : weights.keySet()) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (UnitValues u : units) {
                Double v = u.values().get(indicator);
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            ranges.put(indicator, new double[] { min, max });
        }
        List<UnitScore> scored = new ArrayList<>();
        for (UnitValues u : units) {
            Map<Indicator, Double> scores = new EnumMap<>(Indicator.class);
            double weighted = 0;
            int weightUsed = 0;
            for (var w : weights.entrySet()) {
                Double v = u.values().get(w.getKey());
                if (v == null || w.getValue() == 0) {
                    continue;
                }
                double[] range = ranges.get(w.getKey());
                double s = range[1] == range[0] ? 100
                        : 100 * (Weights.higherIsBetter(w.getKey()) ? v - range[0] : range[1] - v) / (range[1] - range[0]);
                scores.put(w.getKey(), round(s));
                weighted += s * w.getValue();
                weightUsed += w.getValue();
            }
            scored.add(new UnitScore(0, u.unitId(), u.unitName(), u.values(), scores,
                    weightUsed == 0 ? null : round(weighted / weightUsed)));
        }
        scored.sort(Comparator.comparing(UnitScore::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(UnitScore::unitName));
        List<UnitScore> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            UnitScore s = scored.get(i);
            ranked.add(new UnitScore(i + 1, s.unitId(), s.unitName(), s.values(), s.indicatorScores(), s.score()));
        }
        return ranked;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
