package com.griddesk.notification.web;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationEvent;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every default template previews completely: each variable an event offers has a sample value. */
class TemplatePreviewTest {

    @Test
    void every_default_template_previews_without_a_placeholder_left() throws Exception {
        Properties defaults = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("notification/default-templates.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            defaults.load(in);
        }
        for (NotificationEvent event : NotificationEvent.values()) {
            for (String variable : event.variables()) {
                assertThat(SampleValues.ALL).as(event + " " + variable).containsKey(variable);
            }
            for (Channel channel : event.channels()) {
                for (String locale : new String[] { "zh-CN", "en" }) {
                    String prefix = event + "." + channel + "." + locale + ".";
                    var preview = TemplateApiController.render(event, channel, locale, defaults.getProperty(prefix + "subject"),
                            defaults.getProperty(prefix + "body"), null);
                    assertThat(preview.body()).as(prefix).isNotBlank().doesNotContain("{").doesNotContain("}");
                    if (preview.subject() != null) {
                        assertThat(preview.subject()).as(prefix).doesNotContain("{");
                    }
                }
            }
        }
    }
}
