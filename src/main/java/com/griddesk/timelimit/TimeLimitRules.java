package com.griddesk.timelimit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.griddesk.org.CurrentStaff;

/**
 * The rule sets. Editing happens on a draft copied from the version in force; publishing gives the
 * draft an effective date. Orders keep the version in force when they were opened.
 */
public interface TimeLimitRules {

    RuleSet inForce(Instant at);

    Optional<RuleSet> version(int version);

    List<RuleSet> versions();

    /** The draft, created from the version in force if there is none. */
    RuleSet draft(CurrentStaff staff);

    RuleSet addRule(TimeRule rule, CurrentStaff staff);

    RuleSet removeRule(long ruleId, CurrentStaff staff);

    RuleSet publish(Instant effectiveFrom, String note, CurrentStaff staff);
}
