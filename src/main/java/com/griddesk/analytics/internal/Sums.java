package com.griddesk.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import com.griddesk.analytics.ClockTally;
import com.griddesk.analytics.Figures;
import com.griddesk.timelimit.ClockName;

/** A running sum of the measure columns, and the {@link Figures} it makes. */
final class Sums {

    final long[] m = new long[Measure.COUNT];

    static Sums read(ResultSet rs, int firstColumn) throws SQLException {
        Sums s = new Sums();
        for (int i = 0; i < Measure.COUNT; i++) {
            s.m[i] = rs.getLong(firstColumn + i);
        }
        return s;
    }

    Sums add(Sums other) {
        for (int i = 0; i < m.length; i++) {
            m[i] += other.m[i];
        }
        return this;
    }

    long get(Measure measure) {
        return m[measure.ordinal()];
    }

    Figures figures() {
        Map<ClockName, ClockTally> clocks = new EnumMap<>(ClockName.class);
        for (ClockName c : ClockName.values()) {
            long stopped = get(Measure.stopped(c));
            if (stopped > 0) {
                clocks.put(c, new ClockTally(stopped, get(Measure.met(c))));
            }
        }
        return new Figures(get(Measure.CREATED), get(Measure.FIRST_CONTACT), get(Measure.COMPLAINTS),
                get(Measure.REPEAT_COMPLAINTS), get(Measure.REMINDED), get(Measure.RETURNED), get(Measure.RESOLVED),
                get(Measure.HANDLING_SECONDS), get(Measure.RATED), get(Measure.SATISFIED), get(Measure.OPEN),
                get(Measure.OVERDUE), clocks);
    }
}
