package com.griddesk.outage.web;

import java.util.Set;

import com.griddesk.org.NavItem;
import com.griddesk.org.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's pages in the navigation bar. */
@Configuration(proxyBeanMethods = false)
class OutageNavigation {

    @Bean
    NavItem outagesNav() {
        return new NavItem("nav.outages", "/outages", 50, Set.of(Role.AGENT, Role.DISPATCHER, Role.FIELD_CREW,
                Role.SUPERVISOR, Role.COORDINATOR));
    }

    @Bean
    NavItem disconnectionsNav() {
        return new NavItem("nav.disconnections", "/disconnections", 51, Set.of(Role.HANDLER, Role.SUPERVISOR,
                Role.AGENT, Role.FIELD_CREW));
    }

    @Bean
    NavItem gridNav() {
        return new NavItem("nav.grid", "/admin/grid", 52, Set.of(Role.ADMIN, Role.DISPATCHER, Role.SUPERVISOR));
    }
}
