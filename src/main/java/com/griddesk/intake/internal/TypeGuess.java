package com.griddesk.intake.internal;

import java.util.List;

/**
 * A first guess of the top-level type from keywords, used only when a channel submits no type.
 * The text-mining module's classifier (issue 6) is meant to replace it; until then the guess is
 * deliberately conservative and agents confirm the type on the order.
 */
final class TypeGuess {

    private record Clue(String type, List<String> words) {
    }

    // order matters: a call that says 投诉 about an outage is a complaint, not a fault report
    private static final List<Clue> CLUES = List.of(
            new Clue("REPORT", List.of("举报", "窃电", "偷电")),
            new Clue("COMPLAINT", List.of("投诉", "投述")),
            new Clue("PRAISE", List.of("表扬", "感谢", "锦旗")),
            new Clue("SUGGESTION", List.of("建议")),
            new Clue("OPINION", List.of("不投诉", "只是反映", "不用回复")),
            new Clue("BUSINESS_APPLICATION", List.of("新装", "增容", "减容", "过户", "更名", "销户", "改类", "报装")),
            new Clue("SERVICE_REQUEST", List.of("校验", "复电", "核损", "电器损坏", "用电异常")),
            new Clue("FAULT_REPAIR", List.of("停电", "没电", "停店", "跳闸", "跳匝", "断电", "冒烟", "着火", "触电",
                    "断线", "倒杆", "电压低", "电亚", "闪烁", "故障", "抢修")));

    private TypeGuess() {
    }

    static String guess(String text) {
        if (text == null) {
            return "CONSULTATION";
        }
        if (text.contains("不投诉") || text.contains("只是反映")) {
            return "OPINION";
        }
        for (Clue clue : CLUES) {
            for (String word : clue.words()) {
                if (text.contains(word)) {
                    return clue.type();
                }
            }
        }
        return "CONSULTATION";
    }
}
