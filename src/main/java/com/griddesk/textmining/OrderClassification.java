package com.griddesk.textmining;

import java.time.Instant;
import java.util.List;

/**
 * What the classifier suggested for an order when it was taken, and what was chosen: AUTO when
 * nobody chose (the suggestion typed the order), CONFIRMED when the person chose the suggested
 * leaf, OVERRIDDEN when they chose another.
 */
public record OrderClassification(String orderNumber, int modelVersion, String suggestedCode, double confidence,
        List<Suggestion.Candidate> top, boolean urgent, String chosenType, String chosenCode, Decision decision,
        Instant decidedAt) {

    public enum Decision { AUTO, CONFIRMED, OVERRIDDEN }
}
