package com.griddesk.shared.db;

import org.springframework.core.Ordered;

/**
 * The order of the work modules do just before a transaction commits. Shared counters (the
 * analytics cells) are written last, so that they stay locked only for the commit itself; work that
 * may wait on other transactions or write more rows (outage grouping, the notification outbox) runs
 * ahead of them.
 */
public final class CommitOrder {

    /** Before-commit work that may wait or write: ahead of the counters. */
    public static final int WORK = Ordered.LOWEST_PRECEDENCE - 100;

    /**
     * The answer to the request that made the change, read back after the work (so it shows what
     * commits) and before the counters (so they are not held locked while it reads).
     */
    public static final int ANSWER = WORK + 50;

    /** Shared counters: the last before-commit step. */
    public static final int COUNTERS = Ordered.LOWEST_PRECEDENCE;

    private CommitOrder() {
    }
}
