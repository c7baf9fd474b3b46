package com.griddesk.textmining.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link LinearModel}: multinomial logistic regression by stochastic gradient descent
 * with AdaGrad step sizes and L2 decay, in a fixed order from a seed so that the same corpus
 * always gives the same model.
 */
public final class SoftmaxTrainer {

    /** How to train; {@code minCount} drops features seen in fewer texts (mostly typos of one text). */
    public record Settings(int epochs, double learningRate, double l2, int minCount, long seed) {

        public static Settings defaults() {
            return new Settings(20, 0.4, 1e-6, 2, 95598L);
        }
    }

    private final Settings settings;

    public SoftmaxTrainer(Settings settings) {
        this.settings = settings;
    }

    public LinearModel train(List<Set<String>> documents, List<String> labelOfDocument, List<String> labels) {
        Map<String, Integer> classOf = new HashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            classOf.put(labels.get(k), k);
        }
        Map<String, Integer> vocabulary = vocabulary(documents);
        int classes = labels.size();
        int[][] rows = new int[documents.size()][];
        int[] y = new int[documents.size()];
        for (int d = 0; d < documents.size(); d++) {
            rows[d] = documents.get(d).stream().map(vocabulary::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).toArray();
            Integer k = classOf.get(labelOfDocument.get(d));
            if (k == null) {
                throw new IllegalArgumentException("label " + labelOfDocument.get(d) + " is not a model label");
            }
            y[d] = k;
        }
        float[] w = new float[vocabulary.size() * classes];
        float[] g2 = new float[w.length];
        float[] b = new float[classes];
        float[] b2 = new float[classes];
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        double lr = settings.learningRate();
        double l2 = settings.l2();
        double[] z = new double[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int d : order) {
                int[] row = rows[d];
                if (row.length == 0) {
                    continue;
                }
                double value = 1.0 / Math.sqrt(row.length);
                for (int k = 0; k < classes; k++) {
                    z[k] = b[k];
                }
                for (int f : row) {
                    int base = f * classes;
                    for (int k = 0; k < classes; k++) {
                        z[k] += w[base + k] * value;
                    }
                }
                double[] p = LinearModel.softmax(z, 1.0);
                p[y[d]] -= 1.0;
                for (int k = 0; k < classes; k++) {
                    double g = p[k];
                    b2[k] += (float) (g * g);
                    b[k] -= (float) (lr * g / Math.sqrt(b2[k] + 1e-8));
                }
                for (int f : row) {
                    int base = f * classes;
                    for (int k = 0; k < classes; k++) {
                        int i = base + k;
                        double g = p[k] * value + l2 * w[i];
                        g2[i] += (float) (g * g);
                        w[i] -= (float) (lr * g / Math.sqrt(g2[i] + 1e-8));
                    }
                }
            }
        }
        return new LinearModel(labels, vocabulary, w, b, 1.0);
    }

    private Map<String, Integer> vocabulary(List<Set<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> doc : documents) {
            for (String f : doc) {
                df.merge(f, 1, Integer::sum);
            }
        }
        List<String> kept = new ArrayList<>();
        df.forEach((f, n) -> {
            if (n >= settings.minCount() || f.startsWith("c:")) {
                kept.add(f);
            }
        });
        kept.sort(null);
        Map<String, Integer> vocabulary = new HashMap<>(kept.size() * 2);
        for (String f : kept) {
            vocabulary.put(f, vocabulary.size());
        }
        return vocabulary;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
