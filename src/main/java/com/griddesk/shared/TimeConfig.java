package com.griddesk.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application; tests replace it to travel in time. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock(@Value("${griddesk.zone:Asia/Shanghai}") String zone) {
        // pages format instants with the JVM's default zone (#temporals), which on a server is often
        // UTC: a hotline reads its own local time
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
        return Clock.system(ZoneId.of(zone));
    }
}
