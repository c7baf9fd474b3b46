package com.griddesk.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;

/**
 * The words of the demo history: a description per taxonomy leaf and a handling result per root
 * cause, from {@code demo/descriptions.tsv} and {@code demo/results.tsv}, with their slots filled.
 */
final class DemoTexts {

    private static final String[] TIMES = { "今天早上", "上午", "中午", "下午", "傍晚", "晚上", "半夜", "刚才" };

    private final Map<String, List<String>> descriptions;
    private final Map<String, List<String>> results;

    private DemoTexts(Map<String, List<String>> descriptions, Map<String, List<String>> results) {
        this.descriptions = descriptions;
        this.results = results;
    }

    static DemoTexts load() {
        return new DemoTexts(read("demo/descriptions.tsv"), read("demo/results.tsv"));
    }

    String description(String leaf, String place, Random random) {
        return fill(pick(descriptions, leaf, random), place, random);
    }

    String result(String rootCause, Random random) {
        return pick(results, rootCause, random);
    }

    private static String pick(Map<String, List<String>> texts, String key, Random random) {
        List<String> options = texts.get(key);
        if (options == null) {
            throw new IllegalStateException("the demo texts have nothing for " + key);
        }
        return options.get(random.nextInt(options.size()));
    }

    private static String fill(String text, String place, Random random) {
        return text.replace("{place}", place)
                .replace("{time}", TIMES[random.nextInt(TIMES.length)])
                .replace("{days}", String.valueOf(3 + random.nextInt(20)))
                .replace("{n}", String.valueOf(2 + random.nextInt(5)));
    }

    private static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> texts = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] parts = line.split("\t", 2);
                texts.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return texts;
    }
}
