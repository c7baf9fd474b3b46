package com.griddesk.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundle under messages/ (the core one and one per module) has the same keys in Chinese and English. */
class I18nSyncTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("messages/" + name).getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** The base names of all bundles, e.g. "messages", "notification". */
    static List<String> bundles() throws IOException {
        List<String> names = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            String file = r.getFilename();
            if (file != null && !file.contains("_")) {
                names.add(file.substring(0, file.length() - ".properties".length()));
            }
        }
        return names;
    }

    @Test
    void every_bundle_has_an_english_twin_with_the_same_keys() throws IOException {
        List<String> bundles = bundles();
        assertThat(bundles).contains("messages");
        for (String name : bundles) {
            Properties zh = bundle(name + ".properties");
            Properties en = bundle(name + "_en.properties");
            Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
            onlyZh.removeAll(en.stringPropertyNames());
            Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
            onlyEn.removeAll(zh.stringPropertyNames());
            assertThat(onlyZh).as("keys of %s missing in English", name).isEmpty();
            assertThat(onlyEn).as("keys of %s missing in Chinese", name).isEmpty();
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String name : bundles()) {
            for (String key : bundle(name + ".properties").stringPropertyNames()) {
                String before = owner.put(key, name);
                assertThat(before).as("key %s is in %s and %s", key, before, name).isNull();
            }
        }
    }

    @Test
    void no_message_is_blank_and_the_default_bundles_are_chinese() throws IOException {
        for (String name : bundles()) {
            Properties zh = bundle(name + ".properties");
            Properties en = bundle(name + "_en.properties");
            zh.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
            en.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
            assertThat(zh.values().stream().anyMatch(v -> v.toString().matches("(?s).*\\p{IsHan}.*")))
                    .as("%s.properties is Chinese", name).isTrue();
        }
        assertThat(bundle("messages.properties").getProperty("problem.work-order-not-found")).containsPattern("\\p{IsHan}");
    }
}
