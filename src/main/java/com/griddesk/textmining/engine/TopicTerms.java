package com.griddesk.textmining.engine;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words a hot topic can be made of: content words of two characters or more, without the
 * phrases every work order has (客户来电反映, 要求, 处理…), which would top every week.
 */
public final class TopicTerms {

    private static final Set<String> STOP = Set.of("客户", "来电", "反映", "表示", "要求", "处理", "情况", "我们", "你们",
            "他们", "现在", "一下", "没有", "就是", "这个", "那个", "什么", "怎么", "已经", "可以", "需要", "请问", "问题",
            "供电", "公司", "电力", "咨询", "申请", "投诉", "称其", "来人", "派人", "派员", "看看", "知道", "时候", "今天",
            "东西", "不是", "觉得", "说明", "核实", "回复", "答复", "办理", "告知", "市民", "群众", "转办", "工单", "口述",
            "本人", "有点", "一直", "还是", "这样", "为什么", "多少", "大概", "尽快", "麻烦", "谢谢", "询问", "是否", "希望",
            "目前", "当前", "进行", "相关");

    private TopicTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (Segmenter.Word w : Segmenter.words(TextNormalizer.normalize(text))) {
            String t = w.text();
            if (t.length() >= 2 && t.length() <= 8 && w.contentWord() && !STOP.contains(t)
                    && t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                terms.add(t);
            }
        }
        return terms;
    }
}
