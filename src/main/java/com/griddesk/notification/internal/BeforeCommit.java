package com.griddesk.notification.internal;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work at the end of the current transaction, after every other listener of the same event
 * (the clocks a message quotes are started by the time-limit module in the same transaction).
 */
final class BeforeCommit {

    private BeforeCommit() {
    }

    static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return com.griddesk.shared.db.CommitOrder.WORK;
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                work.run();
            }
        });
    }
}
