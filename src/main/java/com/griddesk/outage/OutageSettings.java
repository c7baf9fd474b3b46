package com.griddesk.outage;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param groupingWindow fault calls of one feeder within this time of each other are grouped: they
 *                       form a suspected outage, or widen a suspected area outage to the feeder
 * @param groupAfterCalls how many customers' fault calls make a suspected outage (1: every call)
 * @param groupedCategories the fault categories that can be an outage (a customer's own wiring cannot)
 * @param stillOutWindow a fault call this long after its area's restoration is flagged "still out"
 * @param plannedNotice how far ahead a planned outage must be announced (7 days)
 * @param temporaryNotice how far ahead a temporary outage must be announced (24 h)
 * @param warnCustomers warn when an outage cuts off more customers than this
 * @param warnDuration warn when an outage has lasted longer than this
 * @param scanInterval how often the warning scanner runs
 * @param disconnection the notice rules of an arrears disconnection
 * @param demoEvents in the demo world, add a few outage events and a disconnection on the demo grid
 *                   when there is none yet (see {@code outage.demo.DemoOutages})
 */
@ConfigurationProperties("griddesk.outage")
public record OutageSettings(
        @DefaultValue("PT15M") Duration groupingWindow,
        @DefaultValue("2") int groupAfterCalls,
        @DefaultValue({ "FAULT_REPAIR", "FAULT_REPAIR.HIGH_VOLTAGE", "FAULT_REPAIR.LOW_VOLTAGE" })
        List<String> groupedCategories,
        @DefaultValue("PT24H") Duration stillOutWindow,
        @DefaultValue("P7D") Duration plannedNotice,
        @DefaultValue("PT24H") Duration temporaryNotice,
        @DefaultValue("200") int warnCustomers,
        @DefaultValue("PT4H") Duration warnDuration,
        @DefaultValue("PT30S") Duration scanInterval,
        @NestedConfigurationProperty @DefaultValue Disconnection disconnection,
        @DefaultValue("false") boolean demoEvents) {

    /**
     * @param noticeMinLead the notice must be delivered at least this long before (3 days)
     * @param noticeMaxLead and at most this long before (7 days)
     * @param renoticeLead the re-notice at least this long before (30 minutes)
     * @param renoticeMaxLead and at most this long before, so that it is a re-notice of this occasion
     * @param reconnectWithin reconnection after payment within this time (24 h)
     */
    public record Disconnection(
            @DefaultValue("P3D") Duration noticeMinLead,
            @DefaultValue("P7D") Duration noticeMaxLead,
            @DefaultValue("PT30M") Duration renoticeLead,
            @DefaultValue("PT2H") Duration renoticeMaxLead,
            @DefaultValue("PT24H") Duration reconnectWithin) {

        public Disconnection {
            if (noticeMinLead.compareTo(noticeMaxLead) > 0 || renoticeLead.compareTo(renoticeMaxLead) > 0) {
                throw new IllegalArgumentException("griddesk.outage.disconnection: a minimum lead exceeds its maximum");
            }
        }
    }

    public OutageSettings {
        groupedCategories = List.copyOf(groupedCategories);
        if (warnCustomers < 1 || groupAfterCalls < 1 || groupingWindow.isNegative() || groupingWindow.isZero()) {
            throw new IllegalArgumentException(
                    "griddesk.outage: warn-customers, group-after-calls and grouping-window must be positive");
        }
    }

    /** Whether an order of this type and category may be a call about an outage. */
    public boolean grouped(String typeCode, String categoryCode) {
        return groupedCategories.contains(categoryCode != null ? categoryCode : typeCode);
    }
}
