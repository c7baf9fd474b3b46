package com.griddesk.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One pooled DataSource: the external PostgreSQL if configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("griddesk");
        config.setMaximumPoolSize(settings.connections());
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        if (settings.external()) {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
            log.info("Using external PostgreSQL at {}", settings.url());
        }
        else {
            EmbeddedPostgres postgres = EmbeddedDatabase.start(settings);
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    /** Keeps one embedded server per JVM, so several test contexts share it. */
    static final class EmbeddedDatabase {

        private static EmbeddedPostgres instance;

        private EmbeddedDatabase() {
        }

        static synchronized EmbeddedPostgres start(DatabaseSettings settings) {
            if (instance != null) {
                return instance;
            }
            try {
                boolean keep = settings.embeddedDataDir() != null && !settings.embeddedDataDir().isBlank();
                Path dir = keep ? Path.of(settings.embeddedDataDir()).toAbsolutePath()
                        : Files.createTempDirectory("griddesk-pg-");
                Files.createDirectories(dir);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(!keep)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("synchronous_commit", keep ? "on" : "off")
                        .setServerConfig("fsync", keep ? "on" : "off");
                if (settings.embeddedPort() > 0) {
                    builder.setPort(settings.embeddedPort());
                }
                instance = builder.start();
                log.info("Embedded PostgreSQL started on port {} with data in {}", instance.getPort(), dir);
                return instance;
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
            }
        }
    }
}
