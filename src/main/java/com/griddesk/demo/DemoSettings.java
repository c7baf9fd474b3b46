package com.griddesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo world into an empty database and print the demo logins
 * @param seed the random seed: the same seed gives the same world
 * @param customers how many customers
 * @param historyOrders how many past work orders
 * @param historyDays how far back the history reaches
 * @param grid write the grid topology (substations, feeders, transformer areas) of the customers'
 *             premises; without it no demo customer is placed on the grid, so no call of theirs is
 *             grouped into an outage
 */
@ConfigurationProperties("griddesk.demo")
public record DemoSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("95598") long seed,
        @DefaultValue("50000") int customers,
        @DefaultValue("150000") int historyOrders,
        @DefaultValue("730") int historyDays,
        @DefaultValue("true") boolean grid) {
}
