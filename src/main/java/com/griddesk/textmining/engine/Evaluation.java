package com.griddesk.textmining.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** How well a classifier does on labelled texts it was not trained on. */
public final class Evaluation {

    private Evaluation() {
    }

    /** Gold label and predicted label, with how often the model confused them. */
    public record Confusion(String gold, String predicted, int count) {
    }

    public record Report(int texts, double topLevelAccuracy, double leafAccuracy, double macroF1, double top3Accuracy,
            double calibrationError, double meanConfidence, List<Confusion> worstPairs, Map<String, Double> f1ByLabel,
            double textsPerSecond) {
    }

    public static Report of(ClassifierEngine engine, List<LabelledText> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate");
        }
        int top = 0;
        int leaf = 0;
        int top3 = 0;
        double confidenceSum = 0;
        Map<String, Integer> truePositive = new HashMap<>();
        Map<String, Integer> goldCount = new HashMap<>();
        Map<String, Integer> predictedCount = new HashMap<>();
        Map<String, Integer> confusions = new HashMap<>();
        int bins = 10;
        double[] binConfidence = new double[bins];
        int[] binCorrect = new int[bins];
        int[] binCount = new int[bins];
        for (LabelledText t : texts) {
            ClassifierEngine.Prediction p = engine.classify(t.text(), t.channel());
            String predicted = p.best().code();
            boolean right = predicted.equals(t.label());
            goldCount.merge(t.label(), 1, Integer::sum);
            predictedCount.merge(predicted, 1, Integer::sum);
            if (right) {
                leaf++;
                truePositive.merge(predicted, 1, Integer::sum);
            }
            else {
                confusions.merge(t.label() + "\u0000" + predicted, 1, Integer::sum);
            }
            if (Leaves.topLevelOf(predicted).equals(t.topLevel())) {
                top++;
            }
            if (p.top().stream().anyMatch(s -> s.code().equals(t.label()))) {
                top3++;
            }
            double c = p.best().confidence();
            confidenceSum += c;
            int bin = Math.min(bins - 1, (int) (c * bins));
            binConfidence[bin] += c;
            binCount[bin]++;
            if (right) {
                binCorrect[bin]++;
            }
        }
        int n = texts.size();
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (binCount[b] > 0) {
                ece += Math.abs(binConfidence[b] / binCount[b] - (double) binCorrect[b] / binCount[b]) * binCount[b] / n;
            }
        }
        Map<String, Double> f1 = new LinkedHashMap<>();
        double f1Sum = 0;
        for (String label : new TreeSet<>(goldCount.keySet())) {
            int tp = truePositive.getOrDefault(label, 0);
            double precision = predictedCount.getOrDefault(label, 0) == 0 ? 0 : (double) tp / predictedCount.get(label);
            double recall = (double) tp / goldCount.get(label);
            double score = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1.put(label, score);
            f1Sum += score;
        }
        List<Confusion> worst = new ArrayList<>();
        confusions.forEach((pair, count) -> {
            String[] parts = pair.split("\u0000");
            worst.add(new Confusion(parts[0], parts[1], count));
        });
        worst.sort(Comparator.comparingInt(Confusion::count).reversed().thenComparing(Confusion::gold));
        return new Report(n, (double) top / n, (double) leaf / n, f1Sum / f1.size(), (double) top3 / n, ece,
                confidenceSum / n, List.copyOf(worst.subList(0, Math.min(10, worst.size()))), f1, speed(engine, texts));
    }

    /** Texts per second of this thread's CPU time (one core), after a warm-up pass. */
    static double speed(ClassifierEngine engine, List<LabelledText> texts) {
        return Speed.of(engine, texts, 4000).perCpuSecond();
    }

    /**
     * Throughput measured both ways: per second of this thread's CPU time (what one core does,
     * whatever else runs on the machine) and per second of wall-clock time.
     */
    public record Speed(int texts, double perCpuSecond, double perWallSecond) {

        public static Speed of(ClassifierEngine engine, List<LabelledText> texts, int atLeast) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (LabelledText t : texts) {
                engine.classify(t.text(), t.channel());
            }
            int rounds = Math.max(1, atLeast / texts.size());
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int done = 0;
            for (int r = 0; r < rounds; r++) {
                for (LabelledText t : texts) {
                    engine.classify(t.text(), t.channel());
                    done++;
                }
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            return new Speed(done, done / cpuSeconds, done / wallSeconds);
        }
    }
}
