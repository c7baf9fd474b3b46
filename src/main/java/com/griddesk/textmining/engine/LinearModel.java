package com.griddesk.textmining.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic regression over sparse binary features, with a softmax temperature
 * fitted after training so that its probabilities are calibrated. Immutable once built; a stored
 * version always classifies the same way.
 */
public final class LinearModel {

    private static final int MAGIC = 0x4744544d; // "GDTM"
    private static final int FORMAT = 1;

    private final List<String> labels;
    private final Map<String, Integer> vocabulary;
    private final float[] weights; // feature-major: weights[f * classes + k]
    private final float[] bias;
    private final double temperature;

    LinearModel(List<String> labels, Map<String, Integer> vocabulary, float[] weights, float[] bias, double temperature) {
        this.labels = List.copyOf(labels);
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.bias = bias;
        this.temperature = temperature;
    }

    public List<String> labels() {
        return labels;
    }

    public int vocabularySize() {
        return vocabulary.size();
    }

    public double temperature() {
        return temperature;
    }

    LinearModel withTemperature(double t) {
        return new LinearModel(labels, vocabulary, weights, bias, t);
    }

    /** Raw scores per label, before temperature and softmax. */
    double[] logits(Collection<String> features) {
        int classes = labels.size();
        double[] z = new double[classes];
        for (int k = 0; k < classes; k++) {
            z[k] = bias[k];
        }
        int known = 0;
        int[] rows = new int[features.size()];
        for (String f : features) {
            Integer row = vocabulary.get(f);
            if (row != null) {
                rows[known++] = row;
            }
        }
        if (known == 0) {
            return z;
        }
        double value = 1.0 / Math.sqrt(known);
        for (int i = 0; i < known; i++) {
            int base = rows[i] * classes;
            for (int k = 0; k < classes; k++) {
                z[k] += weights[base + k] * value;
            }
        }
        return z;
    }

    public double[] probabilities(Collection<String> features) {
        return softmax(logits(features), temperature);
    }

    static double[] softmax(double[] z, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp((z[k] - max) / t);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(weights.length * 2);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(bytes), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeDouble(temperature);
            out.writeInt(labels.size());
            for (String label : labels) {
                out.writeUTF(label);
            }
            String[] byRow = new String[vocabulary.size()];
            vocabulary.forEach((f, row) -> byRow[row] = f);
            out.writeInt(byRow.length);
            for (String f : byRow) {
                out.writeUTF(f);
            }
            ByteBuffer buffer = ByteBuffer.allocate((weights.length + bias.length) * Float.BYTES);
            buffer.asFloatBuffer().put(weights).put(bias);
            out.write(buffer.array());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    public static LinearModel fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(new ByteArrayInputStream(data), 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IllegalArgumentException("not a GridDesk text model");
            }
            double temperature = in.readDouble();
            int classes = in.readInt();
            String[] labels = new String[classes];
            for (int k = 0; k < classes; k++) {
                labels[k] = in.readUTF();
            }
            int features = in.readInt();
            Map<String, Integer> vocabulary = new HashMap<>(features * 2);
            for (int f = 0; f < features; f++) {
                vocabulary.put(in.readUTF(), f);
            }
            byte[] raw = new byte[(features * classes + classes) * Float.BYTES];
            in.readFully(raw);
            float[] weights = new float[features * classes];
            float[] bias = new float[classes];
            ByteBuffer.wrap(raw).asFloatBuffer().get(weights).get(bias);
            return new LinearModel(List.of(labels), vocabulary, weights, bias, temperature);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
