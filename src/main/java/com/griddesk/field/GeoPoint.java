package com.griddesk.field;

import com.griddesk.shared.DomainException;

/** A WGS-84 position as a phone's geolocation reports it. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || Double.isNaN(latitude)) {
            throw DomainException.invalid("latitude", "validation.latitude");
        }
        if (!(longitude >= -180 && longitude <= 180) || Double.isNaN(longitude)) {
            throw DomainException.invalid("longitude", "validation.longitude");
        }
    }

    /** Great-circle distance (haversine); metres are plenty precise for "is the crew on site". */
    public double metersTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLng = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }
}
