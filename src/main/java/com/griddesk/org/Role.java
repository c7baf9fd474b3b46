package com.griddesk.org;

/** What a member of staff does. One person may hold several roles. */
public enum Role {
    AGENT, DISPATCHER, HANDLER, FIELD_CREW, COORDINATOR, CALLBACK_AGENT, SUPERVISOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
