package com.griddesk.notification.internal;

import java.net.InetSocketAddress;

import com.griddesk.notification.NotificationSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfig {

    @Bean
    SmscEndpoint smscEndpoint(NotificationSettings settings) {
        return () -> InetSocketAddress.createUnresolved(settings.smpp().host(), settings.smpp().port());
    }
}
