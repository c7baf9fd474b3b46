package com.griddesk.dispatch;

/** Decides where orders go, from the routing rules. */
public interface Routing {

    /**
     * @param code the category if known, else the type
     * @param stationId the customer's supply station, if the customer is known
     * @param address used to place callers without an account
     */
    Route route(String code, Long stationId, String address);
}
