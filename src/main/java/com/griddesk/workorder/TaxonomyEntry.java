package com.griddesk.workorder;

import java.util.Locale;

/** One code of the work-order taxonomy (shared/domain/taxonomy.csv). */
public record TaxonomyEntry(String code, String parent, String topLevel, String nameZh, String nameEn, String notes,
        boolean leaf) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public boolean isTopLevel() {
        return parent == null;
    }
}
