package com.griddesk.field;

import java.util.List;

/** Everything the field did on one order: trips, check-ins, photos and completions, oldest first. */
public record FieldRecord(String orderNumber, GeoPoint premise, List<Trip> trips, List<CheckIn> checkIns,
        List<Photo> photos, List<Completion> completions) {

    public boolean isEmpty() {
        return trips.isEmpty() && checkIns.isEmpty() && photos.isEmpty() && completions.isEmpty();
    }

    public CheckIn lastCheckIn() {
        return checkIns.isEmpty() ? null : checkIns.get(checkIns.size() - 1);
    }

    public Trip lastTrip() {
        return trips.isEmpty() ? null : trips.get(trips.size() - 1);
    }
}
