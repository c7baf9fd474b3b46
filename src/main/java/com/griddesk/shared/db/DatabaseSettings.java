package com.griddesk.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where GridDesk keeps its data. With no {@code url}, GridDesk starts its own PostgreSQL from the
 * bundled binaries and keeps the files in {@code embeddedDataDir} (blank: a throw-away temp dir).
 */
@ConfigurationProperties("griddesk.db")
public record DatabaseSettings(
        String url,
        String user,
        String password,
        String embeddedDataDir,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("20") int poolSize) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
