package com.griddesk.outage;

/**
 * What an outage (or a period's outages) cost: customers cut off, customer-minutes interrupted,
 * calls received (fault calls, repeat calls on them, questions), and the calls answered from the
 * outage information on the line, without sending anyone.
 */
public record OutageFigures(long customersAffected, long customerMinutes, long callsReceived, long faultCalls,
        long repeatCalls, long questions, long answeredWithoutDispatch, long stillOut) {
}
