package com.griddesk.textmining;

import com.griddesk.workorder.Channel;

/** Classifies free text with the active model. */
public interface TextClassifier {

    /** The suggestion of the active model; the text must not be blank. */
    Suggestion suggest(String text, Channel channel);
}
