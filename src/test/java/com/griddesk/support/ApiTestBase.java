package com.griddesk.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The running application with an API client and demo-data lookups. */
@GridDeskIntegrationTest
public abstract class ApiTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected ApiClient api;
    protected DemoData demo;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        demo = new DemoData(jdbc);
    }
}
