package com.griddesk.intake;

import com.griddesk.workorder.Channel;

/**
 * A demand as an agent or channel submits it. {@code insist} creates a new order even when the
 * caller already has an open one of the same type; {@code firstContactAnswer} closes a
 * consultation at once with that answer.
 */
public record IntakeRequest(Channel channel, String type, String category, String accountNumber, String contactName,
        String contactPhone, String address, String description, boolean insist, String firstContactAnswer) {
}
