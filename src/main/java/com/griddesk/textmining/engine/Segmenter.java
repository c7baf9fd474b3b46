package com.griddesk.textmining.engine;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/** Chinese word segmentation with HanLP (portable: its dictionaries ship inside the jar). */
public final class Segmenter {

    private static final Segment SEGMENT = HanLP.newSegment()
            .enableCustomDictionary(true)
            .enablePartOfSpeechTagging(true)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false);

    private Segmenter() {
    }

    /** The words of the text with their part-of-speech tags, punctuation left out. */
    public static List<Word> words(String text) {
        List<Term> terms = SEGMENT.seg(text);
        List<Word> words = new ArrayList<>(terms.size());
        for (Term t : terms) {
            String tag = t.nature == null ? "x" : t.nature.toString();
            if (tag.startsWith("w") || t.word.isBlank()) {
                continue;
            }
            words.add(new Word(t.word, tag));
        }
        return words;
    }

    public record Word(String text, String tag) {

        /** Nouns, verbs, adjectives and idioms: the words a topic is made of. */
        public boolean contentWord() {
            char c = tag.isEmpty() ? 'x' : tag.charAt(0);
            return c == 'n' || c == 'v' || c == 'a' || c == 'i' || c == 'l' || c == 'g';
        }
    }
}
