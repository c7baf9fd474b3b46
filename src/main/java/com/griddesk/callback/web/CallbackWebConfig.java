package com.griddesk.callback.web;

import java.util.Set;

import com.griddesk.org.NavItem;
import com.griddesk.org.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class CallbackWebConfig {

    @Bean
    NavItem callbackQueueNav() {
        return new NavItem("callback.nav.queue", "/callbacks", 310, Set.of(Role.CALLBACK_AGENT, Role.COORDINATOR, Role.SUPERVISOR));
    }

    @Bean
    NavItem callbackStatsNav() {
        return new NavItem("callback.nav.stats", "/callbacks/stats", 311, Set.of(Role.SUPERVISOR, Role.COORDINATOR));
    }

    /** The customer's survey needs no login: the unguessable token is the key. Forms keep their CSRF token. */
    @Bean
    @Order(0)
    SecurityFilterChain publicSurvey(HttpSecurity http) throws Exception {
        http.securityMatcher("/survey/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
