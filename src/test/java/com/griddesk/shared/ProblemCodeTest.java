package com.griddesk.shared;

import java.io.IOException;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemCodeTest {

    @Test
    void codes_and_type_uris_are_unique() {
        assertThat(Arrays.stream(ProblemCode.values()).map(ProblemCode::code)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ProblemCode.values()).map(ProblemCode::typeUri)).doesNotHaveDuplicates();
    }

    @Test
    void every_code_has_a_title_and_a_detail_in_both_languages() throws IOException {
        for (String suffix : new String[] { "", "_en" }) {
            Properties p = new Properties();
            for (String name : I18nSyncTest.bundles()) {
                p.putAll(I18nSyncTest.bundle(name + suffix + ".properties"));
            }
            String bundle = suffix.isEmpty() ? "zh" : "en";
            for (ProblemCode code : ProblemCode.values()) {
                assertThat(p.getProperty(code.messageKey())).as(bundle + " " + code).isNotBlank();
                assertThat(p.getProperty(code.messageKey() + ".title")).as(bundle + " " + code).isNotBlank();
            }
        }
    }

    @Test
    void statuses_are_client_or_server_errors() {
        assertThat(ProblemCode.values()).allSatisfy(c -> assertThat(c.status()).isBetween(400, 599));
    }
}
