package com.griddesk.customer;

public enum VoltageLevel {
    V220, V380, KV10, KV35, KV110
}
