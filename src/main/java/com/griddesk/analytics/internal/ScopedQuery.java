package com.griddesk.analytics.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.griddesk.analytics.AnalyticsSettings;
import com.griddesk.analytics.Granularity;
import com.griddesk.analytics.IndicatorQuery;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.UnitLevel;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Taxonomy;

/**
 * A query checked against the rules and the asker's scope: the unit it is about and the SQL filter
 * that keeps every read inside it.
 */
record ScopedQuery(IndicatorQuery query, OrgUnit unit, String path, UnitLevel level) {

    static ScopedQuery check(IndicatorQuery q, OrgDirectory org, Taxonomy taxonomy, AnalyticsSettings settings) {
        if (q.from() == null || q.to() == null) {
            String field = q.from() == null ? "from" : "to";
            throw DomainException.invalid(field, "validation.NotNull", field);
        }
        if (q.to().isBefore(q.from())) {
            throw DomainException.invalid("to", "validation.dateRange");
        }
        long days = ChronoUnit.DAYS.between(q.from(), q.to()) + 1;
        if (days > settings.maxDays()) {
            throw DomainException.invalid("to", "analytics.validation.periodLength", settings.maxDays());
        }
        if (q.granularity() == Granularity.DAY && days > settings.maxDailyPoints()) {
            throw DomainException.invalid("granularity", "analytics.validation.tooManyDays", settings.maxDailyPoints());
        }
        if (q.scopePath() == null || q.scopePath().isBlank()) {
            throw DomainException.invalid("scopePath", "validation.NotNull", "scopePath");
        }
        if (q.typeCode() != null && taxonomy.find(q.typeCode()).filter(t -> t.isTopLevel()).isEmpty()) {
            throw DomainException.invalid("type", "analytics.validation.unknownType", q.typeCode());
        }
        OrgUnit unit = q.unitId() == null ? null : visibleUnit(q.unitId(), q.scopePath(), org);
        String path = unit != null ? unit.path() : q.scopePath();
        UnitLevel level = (unit != null ? unit : org.unit(ReportAssembler.lastId(path))).level();
        return new ScopedQuery(q, unit, path, level);
    }

    /** A unit inside the scope; one outside it is reported like one that does not exist. */
    static OrgUnit visibleUnit(long id, String scopePath, OrgDirectory org) {
        OrgUnit unit = org.units().stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> DomainException.notFound(ProblemCode.UNIT_NOT_FOUND, id));
        if (!unit.path().startsWith(scopePath)) {
            throw DomainException.notFound(ProblemCode.UNIT_NOT_FOUND, id);
        }
        return unit;
    }

    LocalDate from() {
        return query.from();
    }

    LocalDate to() {
        return query.to();
    }

    /** A county, the bureau or the company: its units below are stations or wider, so station cells answer. */
    boolean aboveStations() {
        return level.compareTo(UnitLevel.STATION) < 0;
    }

    /** A station or wider: the trend and the root causes need no team. */
    boolean stationOrAbove() {
        return level.compareTo(UnitLevel.STATION) <= 0;
    }

    /** Whole calendar months can be answered from the monthly cells. */
    boolean wholeMonths() {
        return from().getDayOfMonth() == 1 && to().getDayOfMonth() == to().lengthOfMonth();
    }

    /** The condition on day, unit path, type and channel, for a rollup table or analytics_order. */
    Filter filter() {
        Filter f = new Filter();
        f.and("day >= ?", from()).and("day <= ?", to()).and("unit_path like ?", path + "%");
        if (query.typeCode() != null) {
            f.and("type_code = ?", query.typeCode());
        }
        if (query.channel() != null) {
            f.and("channel = ?", query.channel().name());
        }
        return f;
    }

    /** A where clause built of conditions and their parameters. */
    static final class Filter {

        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Filter and(String condition, Object... values) {
            sql.append(sql.isEmpty() ? "" : " and ").append(condition);
            params.addAll(List.of(values));
            return this;
        }

        String sql() {
            return sql.toString();
        }

        List<Object> params() {
            return params;
        }
    }
}
