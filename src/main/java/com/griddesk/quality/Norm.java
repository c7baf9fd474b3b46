package com.griddesk.quality;

import java.util.Locale;

/** One service norm an inspection scores, worth up to {@code maxPoints}. */
public record Norm(String code, int position, String nameZh, String nameEn, String source, int maxPoints) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
