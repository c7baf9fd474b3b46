package com.griddesk.notification.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.griddesk.notification.NotificationSettings;
import com.griddesk.notification.internal.SmscEndpoint;
import com.griddesk.org.NavItem;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * In the demo world GridDesk sends to gateways of its own: a local SMSC and a local SMTP server,
 * whose received messages the page {@code /demo/gateways} shows.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "griddesk.notification.demo.enabled", havingValue = "true")
class DemoGateways {

    @Bean(destroyMethod = "close")
    DemoSmsc demoSmsc(NotificationSettings settings) throws IOException {
        return new DemoSmsc(settings.demo().smppPort(), settings.demo().keep());
    }

    @Bean
    @Primary
    SmscEndpoint demoSmscEndpoint(DemoSmsc smsc) {
        return smsc::address;
    }

    @Bean
    NavItem demoGatewaysNav() {
        return new NavItem("nav.demoGateways", "/demo/gateways", 900, Set.of());
    }

    @Bean(destroyMethod = "close")
    DemoMailbox demoMailbox(NotificationSettings settings) {
        return new DemoMailbox(settings.demo().smtpPort());
    }

    @Bean
    JavaMailSender demoMailSender(DemoMailbox mailbox) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailbox.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }
}
