package com.griddesk.notification.internal;

import java.util.Map;

/** What one attempt to hand a notification to its gateway came to. */
sealed interface SendOutcome {

    /** The gateway took it and that is as far as we can see (SMTP 250, webhook 2xx). */
    record Delivered(String gatewayId) implements SendOutcome {
    }

    /** SMS parts the SMSC took, by part number; {@code rest} says what happened to the others (null: none left). */
    record Submitted(Map<Integer, String> messageIds, SendOutcome rest) implements SendOutcome {
    }

    /** Nothing went out; try again after the backoff. */
    record Retry(String reason) implements SendOutcome {
    }

    /** The gateway said no for good. */
    record Refused(String reason) implements SendOutcome {
    }

    /** It may or may not have gone out (a timeout after the request left); the reconciler decides later. */
    record Unknown(String reason) implements SendOutcome {
    }
}
