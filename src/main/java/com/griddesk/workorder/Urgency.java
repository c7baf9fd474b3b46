package com.griddesk.workorder;

public enum Urgency {
    NORMAL, HIGH, URGENT;

    Urgency raised() {
        return this == NORMAL ? HIGH : URGENT;
    }
}
