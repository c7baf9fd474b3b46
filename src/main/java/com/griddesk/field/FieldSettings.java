package com.griddesk.field;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param photoDir where photos are stored, one file per SHA-256, outside the database
 * @param maxPhotoSize the largest upload accepted (phone cameras write 3–8 MB)
 * @param photoMaxEdge longest edge of a stored photo in pixels; larger ones are scaled down
 * @param thumbEdge longest edge of the thumbnail lists show
 * @param checkInWarnMeters a check-in farther than this from the premise is flagged and the crew warned
 * @param navigationUrl link to a map app; {lat}, {lng} and {name} are filled in (WGS-84)
 * @param materials suggestions offered when the crew lists the materials used
 */
@ConfigurationProperties("griddesk.field")
public record FieldSettings(
        @DefaultValue("./data/photos") Path photoDir,
        @DefaultValue("15MB") DataSize maxPhotoSize,
        @DefaultValue("1600") int photoMaxEdge,
        @DefaultValue("320") int thumbEdge,
        @DefaultValue("500") double checkInWarnMeters,
        @DefaultValue("https://uri.amap.com/marker?position={lng},{lat}&name={name}&coordinate=wgs84&callnative=1")
        String navigationUrl,
        @DefaultValue({ "熔断器", "熔丝", "空气开关", "漏电保护器", "接户线", "电缆终端头", "电能表", "计量箱", "绝缘胶带", "线夹" })
        List<String> materials) {

    public FieldSettings {
        if (photoMaxEdge < 320 || thumbEdge < 64 || thumbEdge > photoMaxEdge) {
            throw new IllegalArgumentException("griddesk.field: photo-max-edge ≥ 320 and 64 ≤ thumb-edge ≤ photo-max-edge");
        }
        if (checkInWarnMeters <= 0) {
            throw new IllegalArgumentException("griddesk.field.check-in-warn-meters must be positive");
        }
    }
}
