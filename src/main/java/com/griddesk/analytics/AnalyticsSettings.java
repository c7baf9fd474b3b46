package com.griddesk.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the analytics queries: the longest period, the longest daily trend, the largest
 * drill-down page, how many root causes the dashboard shows.
 */
@ConfigurationProperties("griddesk.analytics")
public record AnalyticsSettings(Integer maxDays, Integer maxDailyPoints, Integer maxPageSize, Integer topRootCauses) {

    public AnalyticsSettings {
        maxDays = maxDays != null ? maxDays : 366;
        maxDailyPoints = maxDailyPoints != null ? maxDailyPoints : 92;
        maxPageSize = maxPageSize != null ? maxPageSize : 200;
        topRootCauses = topRootCauses != null ? topRootCauses : 10;
    }
}
