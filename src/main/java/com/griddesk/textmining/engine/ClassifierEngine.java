package com.griddesk.textmining.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Text (and channel) to the three most likely leaf codes with calibrated confidence. */
public final class ClassifierEngine {

    static final String FAULT = "FAULT_REPAIR";

    private final LinearModel model;

    public ClassifierEngine(LinearModel model) {
        this.model = model;
    }

    public LinearModel model() {
        return model;
    }

    /** One leaf code and the probability the model gives it. */
    public record Scored(String code, double confidence) {
    }

    /**
     * The best three leaves, most likely first. {@code safetyWord} is set when the safety rule
     * forced an urgent fault; the ranking is then over fault leaves only, renormalised.
     */
    public record Prediction(List<Scored> top, String safetyWord) {

        public Scored best() {
            return top.get(0);
        }

        public boolean urgent() {
            return safetyWord != null;
        }
    }

    public Prediction classify(String text, String channel) {
        Set<String> features = FeatureExtractor.features(text, channel);
        double[] p = model.probabilities(features);
        Optional<String> safety = SafetyRule.trigger(text);
        List<String> labels = model.labels();
        List<Scored> ranked = new ArrayList<>(labels.size());
        double faultMass = 0;
        for (int k = 0; k < labels.size(); k++) {
            boolean fault = labels.get(k).startsWith(FAULT + ".");
            if (safety.isPresent() && !fault) {
                continue;
            }
            ranked.add(new Scored(labels.get(k), p[k]));
            if (fault) {
                faultMass += p[k];
            }
        }
        if (safety.isPresent() && faultMass > 0) {
            double mass = faultMass;
            ranked.replaceAll(s -> new Scored(s.code(), s.confidence() / mass));
        }
        ranked.sort(Comparator.comparingDouble(Scored::confidence).reversed());
        return new Prediction(List.copyOf(ranked.subList(0, Math.min(3, ranked.size()))), safety.orElse(null));
    }
}
