package com.griddesk.textmining.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escalation signals of labelling.md found in a text: the customer names a regulator, the
 * government hotline, the media, a lawyer or court, a petition, a threat, or says how many times
 * they have called; and vulnerable people or important customers it mentions.
 */
public final class EscalationSignals {

    /** A group of signal words and the points it adds once, however many of its words appear. */
    public record Signal(String code, int points, List<String> words) {
    }

    /** A signal found, with the words that were in the text. */
    public record Found(String code, int points, List<String> words) {
    }

    static final List<Signal> SIGNALS = List.of(
            new Signal("REGULATOR", 30, List.of("12398", "能源局", "监管", "电监")),
            new Signal("MEDIA", 25, List.of("媒体", "记者", "曝光", "发网上", "网上曝光", "电视台", "抖音", "微博", "报社")),
            new Signal("LEGAL", 25, List.of("律师", "起诉", "法院", "打官司", "诉讼", "仲裁")),
            new Signal("PETITION", 25, List.of("信访", "上访")),
            new Signal("GOV_HOTLINE", 15, List.of("12345", "市长热线", "政府热线", "市长信箱", "找政府")),
            new Signal("THREAT", 20, List.of("威胁", "后果自负", "闹大", "拼命", "跳楼", "堵路", "拉横幅", "围堵")),
            new Signal("VULNERABLE", 10, List.of("独居", "孤寡", "残疾", "瘫痪", "呼吸机", "制氧机", "透析", "医疗设备",
                    "孕妇", "婴儿", "病人", "卧床")),
            new Signal("IMPORTANT_SITE", 10, List.of("医院", "学校", "幼儿园", "养老院", "敬老院", "连续生产", "化工", "冷库",
                    "生产线", "手术")));

    // 第三次, 第3次, 三番五次, 打了好几次: the caller counting their calls
    private static final Pattern COUNTED_CALLS = Pattern.compile(
            "第[二三四五六七八九十两0-9]+[次回遍]|[好多几无数][次回遍]|三番五次|反复反映|一直没人管|多次反映|又打");

    private EscalationSignals() {
    }

    public static List<Found> in(String text) {
        String s = TextNormalizer.normalize(text);
        List<Found> found = new ArrayList<>();
        for (Signal signal : SIGNALS) {
            List<String> words = signal.words().stream().filter(s::contains).toList();
            if (!words.isEmpty()) {
                found.add(new Found(signal.code(), signal.points(), words));
            }
        }
        Matcher m = COUNTED_CALLS.matcher(s);
        List<String> counted = new ArrayList<>();
        while (m.find()) {
            counted.add(m.group());
        }
        if (!counted.isEmpty()) {
            found.add(new Found("COUNTED_CALLS", 10, List.copyOf(new java.util.LinkedHashSet<>(counted))));
        }
        return found;
    }
}
