package com.griddesk.intake;

import java.util.function.Supplier;

import com.griddesk.shared.db.CommitOrder;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The answer to an intake request, read in the intake's own transaction just before it commits:
 * after the modules' before-commit work (an outage grouping may have attached the order), so it
 * shows what commits, and from what the transaction has already read.
 */
public final class Answered<T> implements TransactionSynchronization, Ordered {

    private final IntakeResult result;
    private final Supplier<T> read;
    private T answer;
    private boolean done;

    Answered(IntakeResult result, Supplier<T> reader) {
        this.result = result;
        this.read = reader;
    }

    public IntakeResult result() {
        return result;
    }

    /** The answer; only once the transaction has committed. */
    public T answer() {
        if (!done) {
            throw new IllegalStateException("the intake transaction has not committed");
        }
        return answer;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        answer = read.get();
        done = true;
    }

    @Override
    public int getOrder() {
        return CommitOrder.ANSWER;
    }
}
