package com.griddesk.workorder;

/** Where a demand came in. GOV_HOTLINE is 12345, REGULATOR is 12398. */
public enum Channel {
    PHONE, HALL, APP, WECHAT, GOV_HOTLINE, REGULATOR, MEDIA, WEB
}
