package com.griddesk.textmining.engine;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The features of a text: character 1- to 3-grams (they survive typos, homophones and missing
 * punctuation), HanLP words (they carry meaning that spans more than three characters), and the
 * channel (a 12398 item reads differently from a WeChat message).
 */
public final class FeatureExtractor {

    private FeatureExtractor() {
    }

    public static Set<String> features(String text, String channel) {
        String normalized = TextNormalizer.normalize(text);
        String chars = TextNormalizer.lettersOnly(normalized);
        Set<String> features = new LinkedHashSet<>(chars.length() * 4);
        features.add("c:" + (channel == null ? "?" : channel));
        int n = chars.length();
        for (int i = 0; i < n; i++) {
            features.add("1:" + chars.charAt(i));
            if (i + 1 < n) {
                features.add("2:" + chars.substring(i, i + 2));
            }
            if (i + 2 < n) {
                features.add("3:" + chars.substring(i, i + 3));
            }
        }
        for (Segmenter.Word w : Segmenter.words(normalized)) {
            if (w.text().length() > 1) {
                features.add("w:" + w.text());
            }
        }
        return features;
    }
}
