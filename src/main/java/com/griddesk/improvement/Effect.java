package com.griddesk.improvement;

/**
 * The effect of an action: orders of its root cause in its scope per 30 days, in the window before
 * implementation and from implementation until now (at most one window). {@code after} is null until
 * the action is implemented; {@code change} is the relative change (−0.5 = halved), null without a before rate.
 */
public record Effect(int beforeOrders, double beforeDays, Double before, Integer afterOrders, Double afterDays,
        Double after, Double change) {

    public static Effect of(int beforeOrders, double beforeDays, Integer afterOrders, Double afterDays) {
        double before = per30(beforeOrders, beforeDays);
        Double after = afterOrders == null || afterDays == null || afterDays <= 0 ? null : per30(afterOrders, afterDays);
        Double change = after == null || before == 0 ? null : (after - before) / before;
        return new Effect(beforeOrders, beforeDays, before, after == null ? null : afterOrders,
                after == null ? null : afterDays, after, change);
    }

    private static double per30(int orders, double days) {
        return days <= 0 ? 0 : Math.round(orders * 30.0 / days * 100) / 100.0;
    }
}
