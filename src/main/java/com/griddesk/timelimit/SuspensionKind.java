package com.griddesk.timelimit;

/** Lawful reasons for the clock to stand still (挂起). */
public enum SuspensionKind {
    WAITING_FOR_CUSTOMER, FORCE_MAJEURE, OTHER
}
