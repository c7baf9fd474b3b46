package com.griddesk.intake;

import java.util.List;

import com.griddesk.workorder.Channel;

/**
 * Reads a demand's text and says which leaf of the taxonomy it is. Intake asks it for every
 * demand: its answer types the order when the agent or channel gives no type, and once the order
 * exists intake tells it what was chosen, so that confirmations and corrections are kept.
 * The text-mining module implements it.
 */
public interface DemandClassifier {

    DemandClassification classify(String text, Channel channel);

    /** The order exists: what the classifier suggested and what the person or channel chose. */
    void classified(ClassifiedDemand demand);

    /** One leaf code with its calibrated confidence. */
    record Candidate(String code, double confidence) {
    }

    /**
     * The most likely leaves, best first. {@code urgent} when the text reports danger now (a
     * safety word), which makes the order urgent.
     */
    record DemandClassification(List<Candidate> top, boolean urgent, int modelVersion) {

        public DemandClassification {
            if (top.isEmpty()) {
                throw new IllegalArgumentException("a classification names at least one leaf");
            }
            top = List.copyOf(top);
        }

        public String leafCode() {
            return top.get(0).code();
        }

        public String typeCode() {
            String code = leafCode();
            int dot = code.indexOf('.');
            return dot < 0 ? code : code.substring(0, dot);
        }

        /** The category of the order: the leaf, unless the leaf is a type of its own (OPINION, …). */
        public String categoryCode() {
            return leafCode().contains(".") ? leafCode() : null;
        }
    }

    /** What became of a classified demand. {@code chosenCategory} is null when only a type was chosen. */
    record ClassifiedDemand(long orderId, String orderNumber, Channel channel, String text,
            DemandClassification suggestion, String chosenType, String chosenCategory, boolean chosenByPerson,
            long decidedBy) {
    }
}
