package com.griddesk.outage;

/**
 * How much of the grid an event covers: one customer (arrears), one transformer area, a section of a
 * feeder (several of its areas, after a split), or the whole feeder.
 */
public enum OutageLevel {
    CUSTOMER, AREA, SECTION, FEEDER
}
