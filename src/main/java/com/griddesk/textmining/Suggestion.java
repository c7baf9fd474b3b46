package com.griddesk.textmining;

import java.util.List;

/**
 * What the classifier says about a text: the three most likely leaf codes with calibrated
 * confidence, the model version that said it, and the safety word when one forced an urgent fault.
 */
public record Suggestion(int modelVersion, List<Candidate> top, String safetyWord) {

    public Suggestion {
        top = List.copyOf(top);
    }

    public Candidate best() {
        return top.get(0);
    }

    public boolean urgent() {
        return safetyWord != null;
    }

    /** A leaf code, its top-level type and the probability the model gives it. */
    public record Candidate(String code, String typeCode, double confidence) {

        public String categoryCode() {
            return code.contains(".") ? code : null;
        }

        public int percent() {
            return (int) Math.round(confidence * 100);
        }
    }
}
