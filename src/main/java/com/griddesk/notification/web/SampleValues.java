package com.griddesk.notification.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Example values for every template variable, for previews. */
final class SampleValues {

    static final Map<String, String> ALL;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("orderNumber", "GD202611230000123");
        m.put("deadline", "2026-11-27 17:30");
        m.put("unitName", "城区供电所");
        m.put("crewName", "刘志刚");
        m.put("crewEta", "2026-11-23 15:45");
        m.put("surveyLink", "https://95598.example/survey/q7Xk2pLm9RtV4wZa8bNc3dEf6gHj1kMn5");
        m.put("surveyExpires", "2026-11-26 15:45");
        m.put("outageWindow", "2026-12-02 08:00–12:00");
        m.put("area", "江滨路 1–88 号");
        m.put("reason", "线路检修");
        m.put("restoredAt", "2026-12-02 11:40");
        m.put("accountNumber", "3301234567890");
        m.put("amount", "286.40");
        m.put("disconnectAt", "2026-12-08 09:00");
        m.put("payBy", "2026-12-07");
        m.put("reconnectedAt", "2026-12-08 10:15");
        m.put("clock", "答复");
        m.put("step", "1");
        m.put("reminderCount", "2");
        m.put("urgency", "HIGH");
        m.put("note", "客户多次来电，请今日内联系");
        m.put("score", "82");
        m.put("level", "严重");
        m.put("reasons", "12398渠道、30天内重复来电");
        m.put("askedBy", "刘志刚");
        m.put("question", "表箱烧毁需要停电更换，请批示");
        m.put("remedy", "赔偿");
        m.put("requestedBy", "张海涛");
        m.put("customerWords", "晚上还是停电，没人来看");
        m.put("reworkCount", "1");
        m.put("title", "滨江供电局服务周报（2026-11-23 至 2026-11-29）");
        m.put("link", "https://griddesk.example/reports/42");
        m.put("customerName", "王女士");
        m.put("hotline", "95598");
        ALL = Map.copyOf(m);
    }

    private SampleValues() {
    }
}
