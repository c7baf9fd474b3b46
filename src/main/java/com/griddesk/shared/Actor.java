package com.griddesk.shared;

/** Who did something: a member of staff, or the system itself (timers, imports). */
public record Actor(long staffId, String name) {

    public static final Actor SYSTEM = new Actor(0, "system");

    public boolean isSystem() {
        return staffId == 0;
    }
}
