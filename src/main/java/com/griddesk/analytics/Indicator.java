package com.griddesk.analytics;

import java.util.Locale;

/**
 * Every indicator GridDesk reports, defined once: its code, its names, how it is computed and what
 * its value measures. The period of a query is a cohort: the orders <em>created</em> in it (hotline
 * time zone), with what has happened to them so far; backlog indicators count those of them still
 * open now.
 */
public enum Indicator {

    VOLUME("受理量", "Volume", "工单数（按创建日）", "orders created in the period", IndicatorUnit.ORDERS),
    FIRST_CONTACT_RESOLUTION_RATE("一次解决率", "First-contact resolution rate",
            "首次接触即办结归档的工单数 ÷ 工单数", "orders closed on first contact ÷ orders created", IndicatorUnit.PERCENT),
    TIMELINESS_RATE("及时率", "Timeliness rate", "按时停止的时限数 ÷ 已停止的时限数（每个时限分别计算）",
            "clocks stopped by their deadline ÷ clocks stopped (per clock)", IndicatorUnit.PERCENT),
    CALLBACK_SATISFACTION_RATE("回访满意率", "Callback satisfaction rate", "回访满意或非常满意的工单数 ÷ 有回访评价的工单数",
            "orders closed satisfied or very satisfied ÷ orders closed with a callback rating", IndicatorUnit.PERCENT),
    COMPLAINTS_PER_10K_CUSTOMERS("万户投诉率", "Complaints per 10,000 customers", "投诉工单数 × 10000 ÷ 范围内客户数",
            "complaint orders × 10,000 ÷ customers in the units", IndicatorUnit.PER_10K_CUSTOMERS),
    REPEAT_COMPLAINT_RATE("重复投诉率", "Repeat-complaint rate", "30天内同一客户同一类别再次投诉的工单数 ÷ 投诉工单数",
            "complaints by a customer who complained in the same category within the 30 days before ÷ complaints",
            IndicatorUnit.PERCENT),
    REMINDER_RATE("催办率", "Reminder rate", "被催办过的工单数 ÷ 工单数", "orders reminded (催办) at least once ÷ orders created",
            IndicatorUnit.PERCENT),
    RETURN_RATE("退单率", "Return rate", "退单过的工单数 ÷ 工单数", "orders returned (退单) at least once ÷ orders created",
            IndicatorUnit.PERCENT),
    AVERAGE_HANDLING_TIME("平均处理时长", "Average handling time", "Σ(办结时间 − 创建时间) ÷ 已办结工单数，单位小时",
            "Σ(resolved at − created at) ÷ orders resolved, in hours", IndicatorUnit.HOURS),
    OPEN_BACKLOG("在途工单", "Open backlog", "仍未办结的工单数（新建、已派、已接、处理中、退单）",
            "orders still open (new, dispatched, accepted, in progress, returned)", IndicatorUnit.ORDERS),
    OVERDUE_BACKLOG("超时在途工单", "Overdue backlog", "仍未办结且至少一个时限已超期（红色预警）的工单数",
            "open orders with at least one clock past its deadline (red warning)", IndicatorUnit.ORDERS),
    OUTAGE_CUSTOMER_MINUTES("停电时户数", "Outage customer-minutes", "Σ 停电客户数 × 停电分钟（停电模块，按停电开始日）",
            "Σ customers affected × minutes out (outage module, by the day the outage began)",
            IndicatorUnit.CUSTOMER_MINUTES);

    private final String nameZh;
    private final String nameEn;
    private final String formulaZh;
    private final String formulaEn;
    private final IndicatorUnit unit;

    Indicator(String nameZh, String nameEn, String formulaZh, String formulaEn, IndicatorUnit unit) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.formulaZh = formulaZh;
        this.formulaEn = formulaEn;
        this.unit = unit;
    }

    public String code() {
        return name();
    }

    public String label(Locale locale) {
        return english(locale) ? nameEn : nameZh;
    }

    public String formula(Locale locale) {
        return english(locale) ? formulaEn : formulaZh;
    }

    public IndicatorUnit unit() {
        return unit;
    }

    /** Whether the drill-down lists the orders behind the number (outage minutes are not orders). */
    public boolean drillable() {
        return this != OUTAGE_CUSTOMER_MINUTES;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
