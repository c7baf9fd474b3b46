package com.griddesk.recovery;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param types the order types (top level) whose company-caused failures need a recovery record before close
 * @param supervisorApprovalAbove remedies above this amount (CNY) need a supervisor's approval; up to it a
 *                                coordinator may approve
 * @param maxAmount the largest single remedy the system accepts (CNY); larger ones go through finance
 */
@ConfigurationProperties("griddesk.recovery")
public record RecoverySettings(
        @DefaultValue("COMPLAINT") List<String> types,
        @DefaultValue("500") BigDecimal supervisorApprovalAbove,
        @DefaultValue("50000") BigDecimal maxAmount) {

    public RecoverySettings {
        types = List.copyOf(types);
        if (supervisorApprovalAbove.signum() < 0 || maxAmount.signum() <= 0) {
            throw new IllegalArgumentException("griddesk.recovery: amounts must be positive");
        }
    }
}
