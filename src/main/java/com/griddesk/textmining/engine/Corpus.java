package com.griddesk.textmining.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads labelled text in the TSV of labelling.md ({@code id<TAB>label<TAB>channel<TAB>text}, UTF-8,
 * with a header). The bundled training corpus is synthetic: written for GridDesk, no customer data.
 */
public final class Corpus {

    public static final String HEADER = "id\tlabel\tchannel\ttext";
    public static final Set<String> CHANNELS = Set.of("PHONE", "HALL", "APP", "WECHAT", "GOV_HOTLINE", "REGULATOR",
            "MEDIA", "WEB");

    /** The training files, listed in {@code textmining/train/files.txt}. */
    static final String TRAIN_INDEX = "/textmining/train/files.txt";
    /** Held out: never trained on; the admin page and the tests measure models on it. */
    public static final String HELD_OUT = "/textmining/heldout/heldout.tsv";

    private Corpus() {
    }

    /** A line that is not in the format, with its number. */
    public static final class FormatException extends RuntimeException {

        private final int line;

        FormatException(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static List<LabelledText> read(Reader reader) {
        List<LabelledText> texts = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String header = lines.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
                throw new FormatException(1, "header must be: " + HEADER.replace("\t", "<TAB>"));
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", 4);
                if (cols.length < 4 || cols[3].isBlank()) {
                    throw new FormatException(number, "expected 4 tab-separated columns");
                }
                String label = cols[1].strip();
                if (!Leaves.isLeaf(label)) {
                    throw new FormatException(number, "label " + label + " is not a leaf code of taxonomy.csv");
                }
                String channel = cols[2].strip();
                if (!CHANNELS.contains(channel)) {
                    throw new FormatException(number, "unknown channel " + channel);
                }
                texts.add(new LabelledText(cols[0].strip(), label, channel, cols[3].strip()));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return texts;
    }

    public static List<LabelledText> read(Path file) {
        try {
            return read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static List<LabelledText> resource(String name) {
        InputStream in = Corpus.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The bundled synthetic training corpus. */
    public static List<LabelledText> training() {
        List<LabelledText> all = new ArrayList<>();
        for (String file : resourceLines(TRAIN_INDEX)) {
            all.addAll(resource("/textmining/train/" + file));
        }
        return all;
    }

    public static List<LabelledText> heldOut() {
        return resource(HELD_OUT);
    }

    private static List<String> resourceLines(String name) {
        InputStream in = Corpus.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
