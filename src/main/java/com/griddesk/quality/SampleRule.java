package com.griddesk.quality;

/** How closed orders are drawn for inspection. */
public enum SampleRule {
    /** any closed order */
    RANDOM,
    /** rated dissatisfied at callback */
    DISSATISFIED,
    /** sent back: reworked after a callback or reopened */
    REWORKED,
    /** a time limit escalated up the chain, or a supervisor supervised it (督办) */
    ESCALATED
}
