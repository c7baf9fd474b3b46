package com.griddesk.workorder;

import java.time.Instant;

/** Work another department does for an order (协办), numbered within the order. */
public final class SubTask {

    private final int no;
    private final long unitId;
    private final Long assigneeId;
    private final String description;
    private final long createdBy;
    private final Instant createdAt;
    private SubTaskStatus status;
    private String result;
    private Instant finishedAt;
    private boolean dirty;

    public SubTask(int no, long unitId, Long assigneeId, String description, long createdBy, Instant createdAt,
            SubTaskStatus status, String result, Instant finishedAt) {
        this.no = no;
        this.unitId = unitId;
        this.assigneeId = assigneeId;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = status;
        this.result = result;
        this.finishedAt = finishedAt;
    }

    static SubTask open(int no, long unitId, Long assigneeId, String description, long createdBy, Instant now) {
        SubTask task = new SubTask(no, unitId, assigneeId, description, createdBy, now, SubTaskStatus.OPEN, null, null);
        task.dirty = true;
        return task;
    }

    void finish(SubTaskStatus outcome, String result, Instant now) {
        this.status = outcome;
        this.result = result;
        this.finishedAt = now;
        this.dirty = true;
    }

    public boolean isOpen() {
        return status == SubTaskStatus.OPEN;
    }

    public int no() {
        return no;
    }

    public long unitId() {
        return unitId;
    }

    public Long assigneeId() {
        return assigneeId;
    }

    public String description() {
        return description;
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SubTaskStatus status() {
        return status;
    }

    public String result() {
        return result;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public boolean dirty() {
        return dirty;
    }

    public void clean() {
        dirty = false;
    }
}
