package com.griddesk.report.web;

import java.util.Set;

import com.griddesk.org.NavItem;
import com.griddesk.org.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportWebConfig {

    @Bean
    NavItem reportsNav() {
        return new NavItem("report.nav", "/reports", 350, Set.of(Role.SUPERVISOR, Role.COORDINATOR, Role.ADMIN));
    }

    @Bean
    NavItem reportWeightsNav() {
        return new NavItem("report.nav.weights", "/admin/report-weights", 420, Set.of(Role.ADMIN));
    }
}
