package com.griddesk.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source over every bundle under {@code messages/}: the core bundle {@code messages}
 * and one per module ({@code messages/notification.properties} with its {@code _en} twin), so that
 * a module brings its texts with it. The base file of each bundle is Chinese.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** {@code messages/x.properties} (not {@code x_en.properties}) → {@code messages/x}, core bundle first. */
    static String[] basenames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
            return Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .filter(name -> !name.contains("_"))
                    .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct()
                    .sorted((a, b) -> a.equals("messages/messages") ? -1 : b.equals("messages/messages") ? 1 : a.compareTo(b))
                    .toArray(String[]::new);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the message bundles", ex);
        }
    }
}
