package com.griddesk.textmining.engine;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text-mining commands that need neither Spring nor a database:
 * {@code classify-eval FILE.tsv} measures the bundled model on a labelled file;
 * {@code model-export FILE} writes the bundled model; {@code classify-bench FILE} loads it in a
 * fresh JVM (segmenter dictionaries included) and measures speed on one thread.
 */
public final class TextMiningCommand {

    private TextMiningCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length == 0) {
            usage(out);
            return;
        }
        int status = switch (args[0]) {
            case "classify-eval" -> args.length == 2 ? evaluate(Path.of(args[1]), out) : usage(out);
            case "model-export" -> args.length == 2 ? export(Path.of(args[1]), out) : usage(out);
            case "classify-bench" -> args.length == 2 ? bench(Path.of(args[1]), out) : usage(out);
            default -> usage(out);
        };
        if (status != 0) {
            System.exit(status);
        }
    }

    private static int usage(PrintStream out) {
        out.println("usage: classify-eval FILE.tsv   (TSV with header id<TAB>label<TAB>channel<TAB>text)");
        out.println("       model-export MODEL_FILE        (train on the bundled corpus, write the model)");
        out.println("       classify-bench MODEL_FILE      (cold load time and texts/s on one thread)");
        return 2;
    }

    static int evaluate(Path file, PrintStream out) {
        if (!Files.isReadable(file)) {
            out.println("cannot read " + file);
            return 1;
        }
        List<LabelledText> texts;
        try {
            texts = Corpus.read(file);
        }
        catch (Corpus.FormatException ex) {
            out.println(file + ": " + ex.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        Training.Result trained = BundledModel.get();
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        ClassifierEngine engine = new ClassifierEngine(trained.model());
        Evaluation.Report r = Evaluation.of(engine, texts);
        out.printf(Locale.ROOT, "model: bundled synthetic corpus, %d texts, %d features, temperature %.3f, "
                + "validation accuracy %.4f (trained in %.1f s)%n", trained.texts(), trained.model().vocabularySize(),
                trained.temperature(), trained.validationAccuracy(), trainSeconds);
        print(r, file.toString(), out);
        return 0;
    }

    public static void print(Evaluation.Report r, String name, PrintStream out) {
        out.printf(Locale.ROOT, "evaluated: %s, %d texts%n", name, r.texts());
        out.printf(Locale.ROOT, "top-level accuracy  %.4f%n", r.topLevelAccuracy());
        out.printf(Locale.ROOT, "leaf accuracy       %.4f%n", r.leafAccuracy());
        out.printf(Locale.ROOT, "leaf macro-F1       %.4f%n", r.macroF1());
        out.printf(Locale.ROOT, "top-3 accuracy      %.4f%n", r.top3Accuracy());
        out.printf(Locale.ROOT, "calibration (ECE)   %.4f  mean confidence %.4f%n", r.calibrationError(), r.meanConfidence());
        out.printf(Locale.ROOT, "texts/s (1 core)    %.0f  (per second of the thread's CPU time)%n", r.textsPerSecond());
        out.println("worst confused pairs (gold -> predicted: count):");
        for (Evaluation.Confusion c : r.worstPairs()) {
            out.printf(Locale.ROOT, "  %-36s -> %-36s %d%n", c.gold(), c.predicted(), c.count());
        }
        out.println("lowest F1 by leaf:");
        r.f1ByLabel().entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(8)
                .forEach(e -> out.printf(Locale.ROOT, "  %-36s %.3f%n", e.getKey(), e.getValue()));
    }

    static int export(Path file, PrintStream out) {
        Training.Result trained = BundledModel.get();
        try {
            Files.write(file, trained.model().toBytes());
        }
        catch (java.io.IOException ex) {
            out.println("cannot write " + file + ": " + ex.getMessage());
            return 1;
        }
        out.println("wrote " + file);
        return 0;
    }

    /** Run in a JVM that has not classified yet, so that the load includes the segmenter's dictionaries. */
    static int bench(Path file, PrintStream out) {
        long start = System.nanoTime();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        }
        catch (java.io.IOException ex) {
            out.println("cannot read " + file + ": " + ex.getMessage());
            return 1;
        }
        LinearModel loaded = LinearModel.fromBytes(bytes);
        ClassifierEngine engine = new ClassifierEngine(loaded);
        engine.classify("客户来电反映家中停电", "PHONE");
        double loadMs = (System.nanoTime() - start) / 1e6;
        List<LabelledText> texts = Corpus.heldOut();
        Evaluation.Speed speed = Evaluation.Speed.of(engine, texts, 20000);
        out.printf(Locale.ROOT, "model: %d bytes, %d features x %d labels%n", bytes.length, loaded.vocabularySize(),
                loaded.labels().size());
        out.printf(Locale.ROOT, "load (read + deserialise + segmenter dictionaries + first text): %.0f ms%n", loadMs);
        out.printf(Locale.ROOT, "classification, one thread, %d texts: %.0f texts per CPU-second, %.0f per wall-clock second%n",
                speed.texts(), speed.perCpuSecond(), speed.perWallSecond());
        out.printf(Locale.ROOT, "machine load average while measuring: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        return 0;
    }
}
