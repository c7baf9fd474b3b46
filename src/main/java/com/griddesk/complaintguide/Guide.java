package com.griddesk.complaintguide;

import java.time.Instant;
import java.util.List;

/** The guide of one complaint: each step, whether it is done, the handler's note, and which steps are mandatory. */
public record Guide(String orderNumber, List<Step> steps) {

    public record Step(GuideStep step, boolean mandatory, boolean noteRequired, boolean done, String note,
            String checkedByName, Instant checkedAt) {

        /** Done, and with its note where the step needs one. */
        public boolean satisfied() {
            return done && (!noteRequired || note != null && !note.isBlank());
        }
    }

    /** The mandatory steps not yet satisfied, in order. */
    public List<GuideStep> missing() {
        return steps.stream().filter(s -> s.mandatory() && !s.satisfied()).map(Step::step).toList();
    }
}
