package com.griddesk.improvement;

/** Where a root cause recurs: one transformer area (台区), one feeder (线路), or one unit (供电所). */
public enum ScopeKind {
    TRANSFORMER_AREA, FEEDER, UNIT
}
