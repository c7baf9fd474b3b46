package com.griddesk.improvement;

/** PROPOSED → ACCEPTED (owner, due date, plan) → IMPLEMENTED (evidence) → VERIFIED, or rejected back to ACCEPTED. */
public enum ActionState {
    PROPOSED, ACCEPTED, IMPLEMENTED, VERIFIED;

    public boolean open() {
        return this != VERIFIED;
    }
}
