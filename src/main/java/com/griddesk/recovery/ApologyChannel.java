package com.griddesk.recovery;

/** How the apology reached the customer. */
public enum ApologyChannel {
    PHONE, IN_PERSON, LETTER, SMS
}
