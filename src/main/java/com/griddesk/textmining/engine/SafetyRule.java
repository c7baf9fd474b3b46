package com.griddesk.textmining.engine;

import java.util.List;
import java.util.Optional;

/**
 * Words that mean danger to life now. Whatever the model thinks, such a text is an urgent fault:
 * a crew must go. The guards keep out questions about prevention (怎么防止触电), device names
 * (触电保护器) and hazards reported for later (存在触电隐患), which the labelling guide files elsewhere.
 */
public final class SafetyRule {

    static final List<String> WORDS = List.of("冒烟", "着火", "起火", "触电", "倒杆", "杆倒", "断线", "线断");
    private static final List<String> BEFORE = List.of("防", "如果", "万一", "怎么", "怎样", "如何", "避免", "会不会",
            "是否", "以免", "防止");
    // 着火花 is 冒着火花 (sparks), where the text usually names the cause (断线, 触电) elsewhere
    private static final List<String> AFTER = List.of("隐患", "风险", "危险吗", "保护", "事故", "的可能", "知识", "花");

    private SafetyRule() {
    }

    /** The first safety word in the text that is meant in earnest, if any. */
    public static Optional<String> trigger(String text) {
        String s = TextNormalizer.normalize(text);
        String first = null;
        int firstAt = Integer.MAX_VALUE;
        for (String word : WORDS) {
            int from = 0;
            int at;
            while ((at = s.indexOf(word, from)) >= 0 && at < firstAt) {
                if (!guarded(s, at, word.length())) {
                    first = word;
                    firstAt = at;
                    break;
                }
                from = at + word.length();
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean guarded(String s, int at, int length) {
        String before = s.substring(Math.max(0, at - 6), at);
        String after = s.substring(at + length, Math.min(s.length(), at + length + 4));
        return BEFORE.stream().anyMatch(before::contains) || AFTER.stream().anyMatch(after::startsWith);
    }
}
