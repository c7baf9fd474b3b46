package com.griddesk.recovery.web;

import java.util.Set;

import com.griddesk.org.NavItem;
import com.griddesk.org.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecoveryWebConfig {

    @Bean
    NavItem recoveryApprovalsNav() {
        return new NavItem("recovery.nav", "/recoveries", 320, Set.of(Role.SUPERVISOR, Role.COORDINATOR));
    }
}
