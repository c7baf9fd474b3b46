package com.griddesk.callback;

import com.griddesk.workorder.Satisfaction;

/** What the agent learned on one call: reached or not; if reached, solved or not, how satisfied, in their words. */
public record CallbackResult(Boolean reached, Boolean solved, Satisfaction satisfaction, String comment) {
}
