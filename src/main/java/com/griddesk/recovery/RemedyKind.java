package com.griddesk.recovery;

/** What the company gives back: money for the loss, a fee refunded, or the service done first and fast. */
public enum RemedyKind {
    COMPENSATION(true), FEE_REFUND(true), EXPEDITED_SERVICE(false);

    private final boolean hasAmount;

    RemedyKind(boolean hasAmount) {
        this.hasAmount = hasAmount;
    }

    public boolean hasAmount() {
        return hasAmount;
    }
}
