package com.griddesk.outage;

/** How a notice reaches the customer (供电营业规则 Art. 67 asks for delivery, not just posting it on the meter box). */
public enum NoticeChannel {
    SMS, PHONE_CALL, REGISTERED_MAIL, EMAIL
}
