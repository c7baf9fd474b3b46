package com.griddesk.workorder;

/** Who caused the failure (source document 002): the company, the customer, or force majeure. */
public enum Responsibility {
    COMPANY, CUSTOMER, FORCE_MAJEURE
}
