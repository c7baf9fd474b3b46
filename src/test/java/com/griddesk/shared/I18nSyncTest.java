package com.griddesk.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese and English bundles hold the same keys, none of them empty. */
class I18nSyncTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("messages/" + name).getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        assertThat(onlyZh).as("keys missing in English").isEmpty();
        assertThat(onlyEn).as("keys missing in Chinese").isEmpty();
    }

    @Test
    void no_message_is_blank_and_the_default_bundle_is_chinese() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        zh.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        assertThat(zh.getProperty("problem.work-order-not-found")).containsPattern("\\p{IsHan}");
    }
}
