package com.griddesk.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Picks one of several values by weight: {@code Weighted.of("A", 3, "B", 1)} gives A three times as often. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    @SuppressWarnings("unchecked")
    static <T> Weighted<T> of(Object... valueWeightPairs) {
        Weighted<T> w = new Weighted<>();
        for (int i = 0; i < valueWeightPairs.length; i += 2) {
            w.add((T) valueWeightPairs[i], ((Number) valueWeightPairs[i + 1]).doubleValue());
        }
        return w;
    }

    Weighted<T> add(T value, double weight) {
        if (weight > 0) {
            total += weight;
            values.add(value);
            cumulative.add(total);
        }
        return this;
    }

    T pick(Random random) {
        double r = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            if (r < cumulative.get(i)) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
