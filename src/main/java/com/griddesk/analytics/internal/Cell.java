package com.griddesk.analytics.internal;

import java.time.LocalDate;

/**
 * A rollup cell's key: the day the order was created (hotline zone), its unit's path, type,
 * category and channel, and its root cause once resolved ('' for none).
 */
record Cell(LocalDate day, String unitPath, String typeCode, String categoryCode, String channel, String rootCause)
        implements Comparable<Cell> {

    Cell {
        categoryCode = categoryCode == null ? "" : categoryCode;
        rootCause = rootCause == null ? "" : rootCause;
    }

    Cell month() {
        return new Cell(day.withDayOfMonth(1), unitPath, typeCode, categoryCode, channel, rootCause);
    }

    Cell in(String path, String cause) {
        return new Cell(day, path, typeCode, categoryCode, channel, cause);
    }

    /** Cells are always locked in this order, so two orders moving between the same cells never deadlock. */
    @Override
    public int compareTo(Cell o) {
        return java.util.Comparator.comparing(Cell::day).thenComparing(Cell::unitPath).thenComparing(Cell::typeCode)
                .thenComparing(Cell::categoryCode).thenComparing(Cell::channel).thenComparing(Cell::rootCause)
                .compare(this, o);
    }
}
