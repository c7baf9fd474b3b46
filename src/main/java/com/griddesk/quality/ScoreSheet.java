package com.griddesk.quality;

import java.util.Map;

/** The inspector's points per norm code, a note per norm where wanted, and a comment on the whole. */
public record ScoreSheet(Map<String, Integer> points, Map<String, String> notes, String comment) {

    public ScoreSheet {
        points = points == null ? Map.of() : Map.copyOf(points);
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }
}
