package com.griddesk.field;

/** How the customer confirmed the work: signed on site (with their name), by phone, or not there. */
public enum Confirmation {
    SIGNED_ON_SITE, BY_PHONE, CUSTOMER_ABSENT
}
