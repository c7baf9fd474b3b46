package com.griddesk.org;

public enum UnitLevel {
    COMPANY, BUREAU, COUNTY, STATION, TEAM
}
