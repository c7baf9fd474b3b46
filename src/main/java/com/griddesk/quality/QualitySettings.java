package com.griddesk.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param passShare share of the maximum points an inspection must reach to pass
 * @param maxSample the largest sample drawn at once
 */
@ConfigurationProperties("griddesk.quality")
public record QualitySettings(@DefaultValue("0.8") double passShare, @DefaultValue("200") int maxSample) {

    public QualitySettings {
        if (passShare <= 0 || passShare > 1 || maxSample < 1) {
            throw new IllegalArgumentException("griddesk.quality: 0 < pass-share ≤ 1 and max-sample ≥ 1");
        }
    }
}
