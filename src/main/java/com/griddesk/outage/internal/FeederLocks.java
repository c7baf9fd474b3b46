package com.griddesk.outage.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises the decisions about one feeder's events across transactions and GridDesk instances:
 * a PostgreSQL advisory lock on the feeder, held until the transaction ends.
 */
@Component
public class FeederLocks {

    /** Advisory lock class of the outage module (its migration range), paired with the feeder's hash. */
    private static final int LOCK_CLASS = 150;

    private final JdbcClient jdbc;

    FeederLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lock if nobody holds it, without waiting. */
    boolean tryLock(String feederCode) {
        return feederCode == null || Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?, hashtext(?))")
                .param(LOCK_CLASS).param(feederCode).query(Boolean.class).single());
    }

    /**
     * Waits until whoever holds the feeder's lock ends their transaction, without taking it: a
     * session-level shared lock taken and given back in one statement, so nothing can stay behind
     * on the pooled connection.
     */
    void awaitRelease(String feederCode) {
        if (feederCode != null) {
            jdbc.sql("select pg_advisory_lock_shared(?, hashtext(?)), pg_advisory_unlock_shared(?, hashtext(?))")
                    .param(LOCK_CLASS).param(feederCode).param(LOCK_CLASS).param(feederCode).query((rs, i) -> 1).single();
        }
    }

    public void lock(String feederCode) {
        if (feederCode != null) {
            jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").param(LOCK_CLASS).param(feederCode)
                    .query((rs, i) -> 1).single();
        }
    }
}
