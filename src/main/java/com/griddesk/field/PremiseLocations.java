package com.griddesk.field;

import java.util.Optional;

import com.griddesk.org.CurrentStaff;

/** Where customers' premises are, for navigation and the check-in distance. */
public interface PremiseLocations {

    enum Source { GIS, SURVEY, DEMO }

    Optional<GeoPoint> of(long customerId);

    /** Sets the premise of an account the caller may see (from GIS or a survey on site). */
    void set(String accountNumber, GeoPoint point, Source source, CurrentStaff staff);
}
