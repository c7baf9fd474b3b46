package com.griddesk.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.griddesk.analytics.DrillDown;
import com.griddesk.analytics.Granularity;
import com.griddesk.analytics.Indicator;
import com.griddesk.analytics.IndicatorReport;
import com.griddesk.analytics.IndicatorUnit;
import com.griddesk.analytics.Indicators;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.timelimit.ClockName;
import com.griddesk.workorder.Channel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics")
class AnalyticsApiController {

    /** An indicator as the documentation lists it. */
    record Definition(String code, String name, String formula, IndicatorUnit unit, boolean drillable) {
    }

    private final Indicators indicators;
    private final OrgDirectory org;
    private final Clock clock;

    AnalyticsApiController(Indicators indicators, OrgDirectory org, Clock clock) {
        this.indicators = indicators;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/definitions")
    @Operation(summary = "Every indicator with its formula and unit")
    List<Definition> definitions(Locale locale) {
        return indicators.definitions().stream()
                .map(i -> new Definition(i.code(), i.label(locale), i.formula(locale), i.unit(), i.drillable())).toList();
    }

    @GetMapping("/indicators")
    @Operation(summary = "The numbers behind the dashboard: orders created in the period (dates inclusive, hotline zone) "
            + "in the caller's units, with every indicator, the trend, breakdowns, heat table, root causes and backlog ageing; "
            + "422 for a reversed or too long period, 404 for a unit outside the caller's units")
    IndicatorReport report(
            @Parameter(description = "first day (default: 29 days before to)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day (default: today)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "trend grouping; DAY for at most 92 days") @RequestParam(required = false) Granularity granularity,
            @Parameter(description = "unit code; includes the units below it") @RequestParam(required = false) String unit,
            @Parameter(description = "top-level order type") @RequestParam(required = false) String type,
            @RequestParam(required = false) Channel channel, CurrentStaff staff) {
        return indicators.report(new AnalyticsRequest(from, to, granularity, unit, type, channel).toQuery(staff, org, clock));
    }

    @GetMapping("/drilldown")
    @Operation(summary = "The orders behind one number of /indicators: the same filters plus the clicked slice; "
            + "total equals that number (for TIMELINESS_RATE per clock: the clocks that missed their deadline)")
    DrillDown.Result drillDown(@RequestParam Indicator indicator,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Granularity granularity, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String type, @RequestParam(required = false) Channel channel,
            @Parameter(description = "first day of the clicked trend period") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @Parameter(description = "unit id of a ranking / heat-table entry, with the units below") @RequestParam(required = false) Long sliceUnit,
            @Parameter(description = "unit id: only that unit's own orders") @RequestParam(required = false) Long ownUnit,
            @RequestParam(required = false) String category, @RequestParam(required = false) String sliceType,
            @RequestParam(required = false) String sliceChannel, @RequestParam(required = false) String rootCause,
            @Parameter(description = "age bucket key of backlogAgeing") @RequestParam(required = false) String age,
            @RequestParam(required = false) ClockName clock, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, CurrentStaff staff) {
        var query = new AnalyticsRequest(from, to, granularity, unit, type, channel).toQuery(staff, org, this.clock);
        var slice = new DrillDown.Slice(period, sliceUnit, ownUnit, blank(category), blank(sliceType), blank(sliceChannel),
                blank(rootCause), blank(age), clock);
        return indicators.drillDown(new DrillDown(query, indicator, slice, page, size));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
