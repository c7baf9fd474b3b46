package com.griddesk.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores receipts in batches: the SMPP threads hand theirs over and wait until the batch holding
 * it committed, so the SMSC gets its deliver_sm_resp only for a stored receipt, and a burst of
 * receipts costs a few transactions instead of one each.
 */
@Component
class ReceiptWriter {

    private static final Logger log = LoggerFactory.getLogger(ReceiptWriter.class);
    private static final int MAX_BATCH = 1000;

    private record Pending(Receipts.Receipt receipt, CompletableFuture<Void> stored) {
    }

    private final Receipts receipts;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    ReceiptWriter(Receipts receipts) {
        this.receipts = receipts;
        this.writer = new Thread(this::drain, "sms-receipt-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Returns once the receipt is stored; throws if it could not be. */
    void store(Receipts.Receipt receipt) throws Exception {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        queue.put(new Pending(receipt, stored));
        stored.get(30, TimeUnit.SECONDS);
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>();
        while (running) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                receipts.recordAll(batch.stream().map(Pending::receipt).toList());
                batch.forEach(p -> p.stored().complete(null));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException ex) {
                log.warn("Could not store {} delivery receipts; the SMSC will send them again", batch.size(), ex);
                batch.forEach(p -> p.stored().completeExceptionally(ex));
            }
            batch.clear();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }
}
