package com.griddesk.workorder;

/** Where an order goes: a unit (with its tree path, for data scope) and optionally a person. */
public record Assignment(long unitId, String unitPath, Long assigneeId) {

    public Assignment {
        if (unitPath == null || unitPath.isBlank()) {
            throw new IllegalArgumentException("unit path is required");
        }
    }
}
