package com.griddesk.analytics.web;

import com.griddesk.org.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AnalyticsWebConfig {

    @Bean
    NavItem analyticsNav() {
        return new NavItem("analytics.nav.dashboard", "/analytics", 400, AnalyticsRequest.VIEWERS);
    }
}
