package com.griddesk.org;

/** Service-commitment region of a unit: repair arrival differs for urban, rural and remote areas. */
public enum RegionClass {
    URBAN, RURAL, REMOTE
}
