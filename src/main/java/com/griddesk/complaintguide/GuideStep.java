package com.griddesk.complaintguide;

/** 顾客抱怨投诉处理的六步骤, in their order. */
public enum GuideStep {
    /** 耐心倾听 */
    LISTEN,
    /** 表示同情理解并真情致歉 */
    EMPATHISE,
    /** 分析原因 */
    ANALYSE,
    /** 提出公平化解方案 */
    PROPOSE,
    /** 获得认同立即执行 */
    ACT,
    /** 跟进实施 */
    FOLLOW_UP
}
