package com.griddesk.textmining.engine;

import java.text.Normalizer;
import java.util.Map;

/**
 * Brings typed text to one form before features are taken: full-width to half-width, lower case,
 * and the homophone typos that agents and customers type most (停店 for 停电, 电亚 for 电压, …).
 * Everything else the character n-grams absorb.
 */
public final class TextNormalizer {

    // pinyin input picks the wrong character of the same sound; these are the ones that change meaning
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("停店", "停电"), Map.entry("电亚", "电压"), Map.entry("跳匝", "跳闸"), Map.entry("跳砸", "跳闸"),
            Map.entry("投述", "投诉"), Map.entry("投素", "投诉"), Map.entry("莫电", "没电"),
            Map.entry("冇电", "没电"), Map.entry("莫得电", "没电"), Map.entry("没得电", "没电"), Map.entry("营亚厅", "营业厅"), Map.entry("抢休", "抢修"), Map.entry("电彪", "电表"), Map.entry("涨单", "账单"));

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<String, String> v : VARIANTS.entrySet()) {
            if (s.contains(v.getKey())) {
                s = s.replace(v.getKey(), v.getValue());
            }
        }
        return s;
    }

    /** Letters, digits and CJK only: the characters n-grams are taken from. */
    public static String lettersOnly(String normalized) {
        StringBuilder b = new StringBuilder(normalized.length());
        normalized.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
