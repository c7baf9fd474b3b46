package com.griddesk.textmining.web;

import java.util.List;
import java.util.Locale;

import com.griddesk.textmining.Suggestion;
import com.griddesk.workorder.Taxonomy;
import com.griddesk.workorder.TaxonomyEntry;

/** A suggestion as the API and the console show it: codes with their names in the user's language. */
record SuggestionView(int modelVersion, boolean urgent, String safetyWord, List<CandidateView> top) {

    record CandidateView(String code, String type, String category, String name, String typeName, double confidence,
            int percent) {
    }

    static SuggestionView of(Suggestion s, Taxonomy taxonomy, Locale locale) {
        return new SuggestionView(s.modelVersion(), s.urgent(), s.safetyWord(), s.top().stream()
                .map(c -> new CandidateView(c.code(), c.typeCode(), c.categoryCode(), name(taxonomy, c.code(), locale),
                        name(taxonomy, c.typeCode(), locale), c.confidence(), c.percent()))
                .toList());
    }

    static String name(Taxonomy taxonomy, String code, Locale locale) {
        return code == null ? null : taxonomy.find(code).map(e -> e.name(locale)).orElse(code);
    }

    static String name(TaxonomyEntry e, Locale locale) {
        return e.name(locale);
    }
}
