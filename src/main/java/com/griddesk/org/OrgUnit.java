package com.griddesk.org;

import java.util.List;

/** A unit of the organisation tree. {@code path} lists the ids from the root: {@code /1/2/7/}. */
public record OrgUnit(long id, Long parentId, String code, String nameZh, String nameEn, UnitLevel level,
        TeamKind teamKind, RegionClass regionClass, String path, List<String> addressKeywords) {

    public boolean contains(OrgUnit other) {
        return other.path.startsWith(path);
    }

    public boolean contains(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
