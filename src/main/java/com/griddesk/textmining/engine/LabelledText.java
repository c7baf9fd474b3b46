package com.griddesk.textmining.engine;

/** One line of a labelled corpus in the TSV of labelling.md: id, leaf label, channel, text. */
public record LabelledText(String id, String label, String channel, String text) {

    public String topLevel() {
        return Leaves.topLevelOf(label);
    }
}
