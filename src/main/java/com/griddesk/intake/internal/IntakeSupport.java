package com.griddesk.intake.internal;

import java.util.Optional;

import com.griddesk.intake.IntakeRequest;
import com.griddesk.intake.IntakeResult;
import com.griddesk.org.OrgDirectory;
import com.griddesk.workorder.Channel;

import org.springframework.stereotype.Component;

/** The parts of intake that are mechanics rather than policy. */
@Component
public class IntakeSupport {

    private final IdempotencyKeys keys;
    private final OrgDirectory org;
    IntakeSupport(IdempotencyKeys keys, OrgDirectory org) {
        this.keys = keys;
        this.org = org;
    }

    public Optional<IntakeResult> claim(long staffId, String key, IntakeRequest request) {
        return keys.claim(staffId, key, request);
    }

    public void complete(long staffId, String key, IntakeResult result) {
        keys.complete(staffId, key, result);
    }

    public String stationPath(long stationId) {
        return org.unit(stationId).path();
    }

    public String repeatCallNote(Channel channel, String description) {
        String text = description == null ? "" : description.strip();
        return "[" + channel + "] " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
    }
}
