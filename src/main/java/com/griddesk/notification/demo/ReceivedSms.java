package com.griddesk.notification.demo;

import java.time.Instant;
import java.util.List;

/** A message the demo SMSC took, reassembled from its parts. */
public record ReceivedSms(String from, String to, String text, List<String> messageIds, boolean ucs2, Instant at) {
}
