package com.griddesk.textmining.engine;

import java.util.HashSet;
import java.util.Set;

/** Character-bigram Jaccard similarity: robust to word order, typos and missing punctuation. */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    public static Set<String> bigrams(String text) {
        String s = TextNormalizer.lettersOnly(TextNormalizer.normalize(text));
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        if (grams.isEmpty() && !s.isEmpty()) {
            grams.add(s);
        }
        return grams;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : a.size() < b.size() ? a : b) {
            if ((a.size() < b.size() ? b : a).contains(g)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** The same address typed twice: no spaces or punctuation, half-width, lower case. */
    public static String addressKey(String address) {
        return TextNormalizer.lettersOnly(TextNormalizer.normalize(address));
    }
}
