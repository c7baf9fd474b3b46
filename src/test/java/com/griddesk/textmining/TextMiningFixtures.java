package com.griddesk.textmining;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Demands for text-mining tests: a fresh caller phone each time, so that no test turns another's order into a reminder. */
public final class TextMiningFixtures {

    private static final AtomicInteger PHONES = new AtomicInteger();

    private TextMiningFixtures() {
    }

    public static String phone() {
        return String.format("1372%07d", 2_000_000 + PHONES.incrementAndGet() + (int) (System.nanoTime() % 997) * 1000);
    }

    /** A demand on the channel with the text; {@code extra} adds or replaces fields (type, category, accountNumber). */
    public static Map<String, Object> demand(String channel, String text, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", channel, "contactName", "测试客户",
                "contactPhone", phone(), "address", "江滨街道江滨路18号", "description", text, "insist", true));
        body.putAll(extra);
        return body;
    }
}
