package com.griddesk.textmining.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a calibrated model from labelled texts: a stratified tenth is set aside, a model trained
 * on the rest fixes the softmax temperature on it, then the final model is trained on everything
 * and takes that temperature.
 */
public final class Training {

    /** The model and what it was made from. */
    public record Result(LinearModel model, int texts, double temperature, double validationAccuracy) {
    }

    private final SoftmaxTrainer.Settings settings;

    public Training(SoftmaxTrainer.Settings settings) {
        this.settings = settings;
    }

    public static Training defaults() {
        return new Training(SoftmaxTrainer.Settings.defaults());
    }

    public Result train(List<LabelledText> texts) {
        List<String> labels = Leaves.all();
        List<Set<String>> features = new ArrayList<>(texts.size());
        for (LabelledText t : texts) {
            features.add(FeatureExtractor.features(t.text(), t.channel()));
        }
        List<Integer> validation = validationIndexes(texts);
        java.util.Set<Integer> held = new java.util.HashSet<>(validation);
        List<Set<String>> fitFeatures = new ArrayList<>();
        List<String> fitLabels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!held.contains(i)) {
                fitFeatures.add(features.get(i));
                fitLabels.add(texts.get(i).label());
            }
        }
        SoftmaxTrainer trainer = new SoftmaxTrainer(settings);
        LinearModel partial = trainer.train(fitFeatures, fitLabels, labels);
        List<double[]> logits = new ArrayList<>();
        int[] truth = new int[validation.size()];
        int correct = 0;
        for (int j = 0; j < validation.size(); j++) {
            int i = validation.get(j);
            double[] z = partial.logits(features.get(i));
            logits.add(z);
            truth[j] = labels.indexOf(texts.get(i).label());
            if (argmax(z) == truth[j]) {
                correct++;
            }
        }
        double t = validation.isEmpty() ? 1.0 : Temperature.fit(logits, truth);
        List<String> allLabels = texts.stream().map(LabelledText::label).toList();
        LinearModel full = trainer.train(features, allLabels, labels).withTemperature(t);
        return new Result(full, texts.size(), t, validation.isEmpty() ? Double.NaN : (double) correct / validation.size());
    }

    /** Every tenth text of each label, after a seeded shuffle: each label is represented. */
    private List<Integer> validationIndexes(List<LabelledText> texts) {
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byLabel.computeIfAbsent(texts.get(i).label(), l -> new ArrayList<>()).add(i);
        }
        Random random = new Random(settings.seed() + 1);
        List<Integer> validation = new ArrayList<>();
        for (List<Integer> indexes : byLabel.values()) {
            java.util.Collections.shuffle(indexes, random);
            for (int j = 0; j < indexes.size(); j += 10) {
                if (indexes.size() >= 10) {
                    validation.add(indexes.get(j));
                }
            }
        }
        return validation;
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
