package com.griddesk.field.web;

import java.util.Set;

import com.griddesk.org.NavItem;
import com.griddesk.org.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The field app's entries in the navigation bar, and its public install files. */
@Configuration(proxyBeanMethods = false)
class FieldWebConfig {

    @Bean
    NavItem fieldAppNav() {
        return new NavItem("field.nav.app", "/m", 300, Set.of(Role.FIELD_CREW, Role.HANDLER, Role.COORDINATOR));
    }

    @Bean
    NavItem consultationsNav() {
        return new NavItem("field.nav.questions", "/m/consultations", 301, Set.of());
    }

    /** Before the page chain: the manifest and service worker need no login (browsers fetch the manifest without cookies). */
    @Bean
    @Order(0)
    SecurityFilterChain fieldInstallFiles(HttpSecurity http) throws Exception {
        http.securityMatcher("/m/manifest.webmanifest", "/m/sw.js")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable());
        return http.build();
    }
}
