package com.griddesk.analytics.internal;

import java.time.LocalDate;
import java.util.Comparator;

/** A rollup cell's key: the day the order was created (hotline zone), its unit's path, type, category and channel. */
record Cell(LocalDate day, String unitPath, String typeCode, String categoryCode, String channel) implements Comparable<Cell> {

    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::day).thenComparing(Cell::unitPath)
            .thenComparing(Cell::typeCode).thenComparing(Cell::categoryCode).thenComparing(Cell::channel);

    Cell {
        categoryCode = categoryCode == null ? "" : categoryCode;
    }

    Cell month() {
        return new Cell(day.withDayOfMonth(1), unitPath, typeCode, categoryCode, channel);
    }

    /** The station trend's key: no category. */
    Cell withoutCategory() {
        return new Cell(day, unitPath, typeCode, "", channel);
    }

    Cell at(String path) {
        return new Cell(day, path, typeCode, categoryCode, channel);
    }

    /** Cells are always locked in this order, so two orders moving between the same cells never deadlock. */
    @Override
    public int compareTo(Cell o) {
        return ORDER.compare(this, o);
    }
}
