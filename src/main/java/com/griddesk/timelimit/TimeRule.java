package com.griddesk.timelimit;

/**
 * One clock for one kind of order. {@code code} is {@code *}, a type or a category prefix; a null
 * channel, region or customer class matches any.
 */
public record TimeRule(Long id, String code, String channel, String regionClass, String customerClass,
        ClockName clock, int amount, LimitUnit unit, String source) {

    public boolean matches(OrderProfile order) {
        return codeMatches(order.code()) && (channel == null || channel.equals(order.channel()))
                && (regionClass == null || regionClass.equals(order.regionClass()))
                && (customerClass == null || customerClass.equals(order.customerClass()));
    }

    private boolean codeMatches(String orderCode) {
        return "*".equals(code) || orderCode.equals(code) || orderCode.startsWith(code + ".");
    }

    /** The most specific rule wins: a deeper code first, then channel, region and customer class. */
    public int specificity() {
        int depth = "*".equals(code) ? 0 : code.split("\\.").length;
        return depth * 8 + (channel != null ? 4 : 0) + (regionClass != null ? 2 : 0) + (customerClass != null ? 1 : 0);
    }
}
