package com.griddesk.textmining.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param riskWarnAt score from which the coordinator gets an early warning (level HIGH)
 * @param riskCriticalAt score from which the risk is CRITICAL (a second warning)
 * @param repeatWindowDays calls about the same problem within this many days count as repeats
 * @param duplicateWindowDays open orders younger than this are duplicate candidates
 * @param topicBaselineWeeks a week's terms are compared with this many weeks before it
 */
@ConfigurationProperties("griddesk.textmining")
record TextMiningSettings(
        @DefaultValue("60") int riskWarnAt,
        @DefaultValue("80") int riskCriticalAt,
        @DefaultValue("30") int repeatWindowDays,
        @DefaultValue("30") int duplicateWindowDays,
        @DefaultValue("8") int topicBaselineWeeks) {

    TextMiningSettings {
        if (riskWarnAt <= 0 || riskCriticalAt <= riskWarnAt || riskCriticalAt > 100) {
            throw new IllegalArgumentException("griddesk.textmining: need 0 < risk-warn-at < risk-critical-at <= 100");
        }
    }
}
