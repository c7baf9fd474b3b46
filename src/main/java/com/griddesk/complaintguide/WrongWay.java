package com.griddesk.complaintguide;

/** 避免10种错误处理顾客抱怨的方式 — shown as reminders beside the checklist. */
public enum WrongWay {
    APOLOGY_WITHOUT_ACTION, BLAMING_THE_CUSTOMER, BROKEN_PROMISE, NO_RESPONSE, RUDENESS, DODGING_RESPONSIBILITY,
    NON_VERBAL_REJECTION, INTERROGATING, LANGUAGE_LANDMINES, IGNORING_FEELINGS
}
