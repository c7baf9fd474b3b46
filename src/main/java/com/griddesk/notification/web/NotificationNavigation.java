package com.griddesk.notification.web;

import java.util.Set;

import com.griddesk.org.NavItem;
import com.griddesk.org.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    @Bean
    NavItem failedDeliveriesNav() {
        return new NavItem("nav.failedDeliveries", "/admin/notifications/failed", 400, Set.of(Role.ADMIN, Role.SUPERVISOR));
    }

    @Bean
    NavItem notificationTemplatesNav() {
        return new NavItem("nav.notificationTemplates", "/admin/notification-templates", 410, Set.of(Role.ADMIN));
    }
}
