package com.griddesk.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.griddesk.workorder.OrderDeadlines;

import org.springframework.stereotype.Component;

/** Times as messages quote them (local time, minutes), and the order deadlines they name. */
@Component
class MessageTimes {

    static final String UNKNOWN = "—";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OrderDeadlines deadlines;
    private final Clock clock;

    MessageTimes(OrderDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    String format(Instant at) {
        return at == null ? UNKNOWN : FORMAT.format(at.atZone(clock.getZone()));
    }

    /** The deadline of the first of {@code clocks} the order has running, formatted. */
    String deadline(long orderId, List<String> clocks) {
        List<OrderDeadlines.Deadline> all = deadlines.of(orderId);
        for (String name : clocks) {
            for (OrderDeadlines.Deadline d : all) {
                if (d.clock().equals(name) && d.stoppedAt() == null) {
                    return format(d.deadline());
                }
            }
        }
        return UNKNOWN;
    }
}
