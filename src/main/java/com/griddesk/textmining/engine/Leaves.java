package com.griddesk.textmining.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The leaf codes of taxonomy.csv: the labels the classifier predicts. A leaf is a code that is no
 * other row's parent. Read without Spring so that the evaluation command needs no database.
 */
public final class Leaves {

    private static final String RESOURCE = "/domain/taxonomy.csv";
    private static volatile List<String> cached;

    private Leaves() {
    }

    /** Leaf codes in file order. */
    public static List<String> all() {
        List<String> leaves = cached;
        if (leaves == null) {
            leaves = read();
            cached = leaves;
        }
        return leaves;
    }

    public static boolean isLeaf(String code) {
        return all().contains(code);
    }

    public static String topLevelOf(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    private static List<String> read() {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> parents = new HashSet<>();
        try (InputStream in = Leaves.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                // code and parent never contain commas or quotes; the later columns may
                String[] cols = line.split(",", 3);
                codes.add(cols[0].strip());
                if (!cols[1].isBlank()) {
                    parents.add(cols[1].strip());
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> leaves = new ArrayList<>();
        for (String code : codes) {
            if (!parents.contains(code)) {
                leaves.add(code);
            }
        }
        return List.copyOf(leaves);
    }
}
