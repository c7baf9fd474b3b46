package com.griddesk.callback;

public enum CallbackStatus {
    /** waiting for the agent's call */
    OPEN,
    /** not reached; the SMS survey is out */
    SURVEY_SENT,
    /** the order closed with the customer's rating */
    DONE,
    /** the order went back to its handler */
    REWORKED,
    /** the order was reopened or cancelled some other way */
    CANCELLED;

    public boolean open() {
        return this == OPEN || this == SURVEY_SENT;
    }
}
