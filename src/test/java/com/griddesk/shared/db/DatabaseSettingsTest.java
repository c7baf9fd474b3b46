package com.griddesk.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void a_pool_size_set_is_taken_as_it_is() {
        assertThat(settings(3).connections()).isEqualTo(3);
        assertThat(settings(40).connections()).isEqualTo(40);
    }

    @Test
    void no_pool_size_gives_two_connections_per_core_and_two_more() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(settings(0).connections()).isEqualTo(2 * cores + 2);
    }

    private static DatabaseSettings settings(int poolSize) {
        return new DatabaseSettings(null, null, null, null, 0, poolSize);
    }
}
