package com.griddesk.complaintguide;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param types order types (top level) handled with the guide
 * @param mandatory steps that must be checked before the order is resolved (following up comes after)
 * @param notesRequired steps that count as done only with a note: the cause found, the solution offered
 */
@ConfigurationProperties("griddesk.complaint-guide")
public record GuideSettings(
        @DefaultValue("COMPLAINT") List<String> types,
        @DefaultValue({ "LISTEN", "EMPATHISE", "ANALYSE", "PROPOSE", "ACT" }) List<GuideStep> mandatory,
        @DefaultValue({ "ANALYSE", "PROPOSE" }) List<GuideStep> notesRequired) {

    public GuideSettings {
        types = List.copyOf(types);
        mandatory = List.copyOf(mandatory);
        notesRequired = List.copyOf(notesRequired);
    }
}
