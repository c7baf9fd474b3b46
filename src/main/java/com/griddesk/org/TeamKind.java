package com.griddesk.org;

/** What a team does; routing rules send orders to a kind of team. */
public enum TeamKind {
    REPAIR, BUSINESS, SERVICE, COORDINATION, METERING, DISPATCH, CALLBACK
}
