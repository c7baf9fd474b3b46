package com.griddesk.timelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param yellowShare share of a clock's time after which the yellow warning fires
 * @param scanInterval how often the scheduler looks for due warnings
 * @param scanBatch how many due clocks one transaction handles
 * @param escalation after the red warning (to the assignee), who hears next and when, counted
 *                   from the deadline
 */
@ConfigurationProperties("griddesk.timelimit")
public record TimeLimitSettings(
        @DefaultValue("0.75") double yellowShare,
        @DefaultValue("PT1S") Duration scanInterval,
        @DefaultValue("500") int scanBatch,
        @DefaultValue({ "PT1H:TEAM_LEADER", "PT4H:STATION_HEAD", "PT8H:COORDINATOR", "PT24H:BUREAU_SUPERVISOR" })
        List<String> escalation) {

    public TimeLimitSettings {
        if (yellowShare <= 0 || yellowShare >= 1) {
            throw new IllegalArgumentException("griddesk.timelimit.yellow-share must be between 0 and 1");
        }
    }

    /** One rung of the escalation ladder. */
    public record Step(Duration afterDeadline, Recipient recipient) {
    }

    public enum Recipient {
        ASSIGNEE, TEAM_LEADER, STATION_HEAD, COORDINATOR, BUREAU_SUPERVISOR
    }

    public List<Step> steps() {
        return escalation.stream().map(s -> {
            String[] parts = s.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("escalation step must read DURATION:RECIPIENT, not " + s);
            }
            return new Step(Duration.parse(parts[0].strip()), Recipient.valueOf(parts[1].strip()));
        }).toList();
    }
}
