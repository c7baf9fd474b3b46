package com.griddesk.workorder;

public enum SubTaskStatus {
    OPEN, DONE, CANCELLED
}
