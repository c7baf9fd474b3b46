package com.griddesk.improvement.web;

import java.util.Set;

import com.griddesk.org.NavItem;
import com.griddesk.org.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImprovementWebConfig {

    @Bean
    NavItem improvementNav() {
        return new NavItem("improvement.nav", "/improvement", 340,
                Set.of(Role.SUPERVISOR, Role.COORDINATOR, Role.HANDLER, Role.ADMIN));
    }
}
