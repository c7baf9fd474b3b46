package com.griddesk.workorder;

import java.util.Locale;
import java.util.Set;

/**
 * One code of the managed root-cause list (domain/root-causes.csv): what really caused a demand,
 * the responsibility usually attached to it, and the order types it is offered for.
 */
public record RootCause(String code, String nameZh, String nameEn, Responsibility defaultResponsibility,
        Set<String> types, String notes, boolean active) {

    public RootCause {
        types = Set.copyOf(types);
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public boolean offeredFor(String typeCode) {
        return active && types.contains(typeCode);
    }
}
