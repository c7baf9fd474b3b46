package com.griddesk.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.griddesk.analytics.AnalyticsSettings;
import com.griddesk.analytics.DrillDown;
import com.griddesk.analytics.Granularity;
import com.griddesk.analytics.Indicator;
import com.griddesk.analytics.IndicatorReport.AgeBucket;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.shared.DomainException;
import com.griddesk.timelimit.ClockName;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The orders behind a number: the same filters on the per-order projection the cells are sums of,
 * with the indicator's condition on its measure columns — so the list has exactly as many orders as
 * the number says.
 */
@Component
class DrillDowns {

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final AnalyticsSettings settings;

    DrillDowns(JdbcClient jdbc, OrgDirectory org, AnalyticsSettings settings) {
        this.jdbc = jdbc;
        this.org = org;
        this.settings = settings;
    }

    DrillDown.Result list(DrillDown d, ScopedQuery q, LocalDate today) {
        if (!d.indicator().drillable()) {
            throw DomainException.invalid("indicator", "analytics.validation.notDrillable", d.indicator().code());
        }
        int size = d.size() <= 0 ? 50 : d.size();
        if (size > settings.maxPageSize()) {
            throw DomainException.invalid("size", "analytics.validation.pageSize", settings.maxPageSize());
        }
        int page = Math.max(0, d.page());
        ScopedQuery.Filter f = q.filter();
        narrow(f, d.slice() != null ? d.slice() : DrillDown.Slice.ALL, q, today);
        f.and(condition(d.indicator(), d.slice() != null ? d.slice().clock() : null));
        long total = jdbc.sql("select count(*) from analytics_order where " + f.sql()).params(f.params())
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(f.params());
        params.add(size);
        params.add((long) page * size);
        Locale locale = LocaleContextHolder.getLocale();
        List<DrillDown.OrderRow> rows = jdbc.sql("""
                select number, created_at, type_code, category_code, channel, unit_id, status, root_cause
                from analytics_order where """ + " " + f.sql() + " order by created_at desc, order_id desc limit ? offset ?")
                .params(params)
                .query((rs, i) -> new DrillDown.OrderRow(rs.getString("number"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("type_code"), emptyToNull(rs.getString("category_code")), rs.getString("channel"),
                        rs.getLong("unit_id"), org.unit(rs.getLong("unit_id")).name(locale), rs.getString("status"),
                        emptyToNull(rs.getString("root_cause"))))
                .list();
        return new DrillDown.Result(total, page, size, rows);
    }

    private void narrow(ScopedQuery.Filter f, DrillDown.Slice s, ScopedQuery q, LocalDate today) {
        if (s.periodStart() != null) {
            f.and("day >= ?", s.periodStart()).and("day < ?", periodEnd(s.periodStart(), q.query().granularity()));
        }
        if (s.unitId() != null) {
            f.and("unit_path like ?", ScopedQuery.visibleUnit(s.unitId(), q.path(), org).path() + "%");
        }
        if (s.ownUnitId() != null) {
            OrgUnit own = ScopedQuery.visibleUnit(s.ownUnitId(), q.path(), org);
            f.and("unit_path = ?", own.path());
        }
        if (s.typeCode() != null) {
            f.and("type_code = ?", s.typeCode());
        }
        if (s.categoryCode() != null) {
            // a type without a category is its own row in the category breakdown
            f.and("(category_code = ? or (category_code = '' and type_code = ?))", s.categoryCode(), s.categoryCode());
        }
        if (s.channel() != null) {
            f.and("channel = ?", s.channel());
        }
        if (s.rootCause() != null) {
            f.and("root_cause = ?", s.rootCause());
        }
        if (s.ageBucket() != null) {
            AgeBucket b = ReportAssembler.bucket(s.ageBucket())
                    .orElseThrow(() -> DomainException.invalid("ageBucket", "analytics.validation.unknownBucket", s.ageBucket()));
            f.and("day <= ?", today.minusDays(b.fromDays()));
            if (b.toDays() != null) {
                f.and("day >= ?", today.minusDays(b.toDays()));
            }
        }
    }

    private static LocalDate periodEnd(LocalDate start, Granularity g) {
        return switch (g) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The orders {@link com.griddesk.analytics.Figures#orders(Indicator)} counts, as a condition on their measures. */
    static String condition(Indicator indicator, ClockName clock) {
        return switch (indicator) {
            case VOLUME -> "created = 1";
            case FIRST_CONTACT_RESOLUTION_RATE -> "first_contact = 1";
            case TIMELINESS_RATE -> clock != null ? missed(clock) : "(" + String.join(" or ",
                    java.util.Arrays.stream(ClockName.values()).map(DrillDowns::missed).toList()) + ")";
            case CALLBACK_SATISFACTION_RATE -> "rated = 1 and satisfied = 0";
            case COMPLAINTS_PER_10K_CUSTOMERS -> "complaints = 1";
            case REPEAT_COMPLAINT_RATE -> "repeat_complaints = 1";
            case REMINDER_RATE -> "reminded = 1";
            case RETURN_RATE -> "returned = 1";
            case AVERAGE_HANDLING_TIME -> "resolved = 1";
            case OPEN_BACKLOG -> "open = 1";
            case OVERDUE_BACKLOG -> "overdue = 1";
            case OUTAGE_CUSTOMER_MINUTES -> "false";
        };
    }

    private static String missed(ClockName c) {
        return "(" + Measure.stopped(c).column() + " = 1 and " + Measure.met(c).column() + " = 0)";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
