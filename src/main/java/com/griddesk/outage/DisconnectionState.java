package com.griddesk.outage;

public enum DisconnectionState {
    REQUESTED, APPROVED, EXECUTED, PAID, RECONNECTED, CANCELLED;

    public boolean isOpen() {
        return this != RECONNECTED && this != CANCELLED;
    }
}
