package com.griddesk.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where GridDesk keeps its data. With no {@code url}, GridDesk starts its own PostgreSQL from the
 * bundled binaries and keeps the files in {@code embeddedDataDir} (blank: a throw-away temp dir).
 * {@code poolSize} 0 sizes the connection pool from the cores: see {@link #connections()}.
 */
@ConfigurationProperties("griddesk.db")
public record DatabaseSettings(
        String url,
        String user,
        String password,
        String embeddedDataDir,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("0") int poolSize) {

    /**
     * The pool's size: as set, else two connections per core and two more (HikariCP's rule of
     * thumb). More connections than that only make the requests of a burst share the cores, so that
     * all of them finish late instead of the first ones early (measured: bench/outage, README).
     */
    public int connections() {
        return poolSize > 0 ? poolSize : 2 * Runtime.getRuntime().availableProcessors() + 2;
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
