package com.griddesk.customer;

public enum CustomerClass {
    RESIDENTIAL, NON_RESIDENTIAL, IMPORTANT
}
