package com.griddesk.outage;

public enum OutageState {
    ANNOUNCED, ACTIVE, RESTORED, CANCELLED;

    public boolean isOpen() {
        return this == ANNOUNCED || this == ACTIVE;
    }
}
