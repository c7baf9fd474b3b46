package com.griddesk.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Loads the demo world on the first start and tells the user where GridDesk is and how to log in. */
@Component
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoWorld world;
    private final DemoSettings settings;
    private final Environment environment;

    DemoStartup(DemoWorld world, DemoSettings settings, Environment environment) {
        this.world = world;
        this.settings = settings;
        this.environment = environment;
    }

    /**
     * Before the other start-up steps, so that modules adding demo data of their own find the world
     * built, and the listeners that work on what is in the database (the analytics and improvement
     * backfills) see it.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    void ready() {
        if (!settings.enabled()) {
            return;
        }
        if (world.isEmpty()) {
            log.info("Empty database: building the demo world (seed {})…", settings.seed());
            world.build();
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder("\n\n  GridDesk is running at http://localhost:").append(port).append("/\n")
                .append("  API docs: http://localhost:").append(port).append("/swagger-ui.html\n")
                .append("  Demo logins (password '").append(DemoOrganisation.DEMO_PASSWORD).append("'):\n");
        for (String[] user : DemoWorld.DEMO_USERS) {
            banner.append(String.format("    %-12s %s%n", user[0], user[2]));
        }
        log.info(banner.toString());
    }
}
