package com.griddesk.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.griddesk.analytics.DrillDown;
import com.griddesk.analytics.Granularity;
import com.griddesk.analytics.Indicator;
import com.griddesk.analytics.IndicatorQuery;
import com.griddesk.analytics.IndicatorReport;
import com.griddesk.analytics.Indicators;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.timelimit.ClockName;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.Taxonomy;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/** The dashboard, its drill-down list and the indicator documentation; each route a page or its htmx fragment. */
@Controller
class AnalyticsPageController {

    private final Indicators indicators;
    private final OrgDirectory org;
    private final Taxonomy taxonomy;
    private final JsonMapper json;
    private final Clock clock;

    AnalyticsPageController(Indicators indicators, OrgDirectory org, Taxonomy taxonomy, JsonMapper json, Clock clock) {
        this.indicators = indicators;
        this.org = org;
        this.taxonomy = taxonomy;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/analytics")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Granularity granularity, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String type, @RequestParam(required = false) Channel channel, CurrentStaff staff,
            Model model, @RequestHeader(name = "HX-Request", required = false) String hx) {
        IndicatorQuery query = new AnalyticsRequest(from, to, granularity, unit, type, channel).toQuery(staff, org, clock);
        IndicatorReport report = indicators.report(query);
        long queried = query.unitId() != null ? query.unitId() : staff.unitId();
        filters(model, query, unit, staff);
        model.addAttribute("report", report);
        model.addAttribute("charts", json.writeValueAsString(DashboardCharts.of(report, queried)));
        model.addAttribute("query", java.util.Objects.toString(ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery(), ""));
        return hx != null ? "analytics/dashboard :: report" : "analytics/dashboard";
    }

    @GetMapping("/analytics/drilldown")
    String drillDown(@RequestParam Indicator indicator,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Granularity granularity, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String type, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @RequestParam(required = false) Long sliceUnit, @RequestParam(required = false) Long ownUnit,
            @RequestParam(required = false) String category, @RequestParam(required = false) String rootCause,
            @RequestParam(required = false) String age, @RequestParam(required = false) ClockName clock,
            @RequestParam(defaultValue = "0") int page, CurrentStaff staff, Model model,
            @RequestHeader(name = "HX-Request", required = false) String hx) {
        IndicatorQuery query = new AnalyticsRequest(from, to, granularity, unit, type, channel).toQuery(staff, org, this.clock);
        DrillDown.Slice slice = new DrillDown.Slice(period, sliceUnit, ownUnit, AnalyticsApiController.blank(category), null,
                null, AnalyticsApiController.blank(rootCause), AnalyticsApiController.blank(age), clock);
        DrillDown.Result result = indicators.drillDown(new DrillDown(query, indicator, slice, page, 50));
        filters(model, query, unit, staff);
        model.addAttribute("indicator", indicator);
        model.addAttribute("result", result);
        model.addAttribute("query", java.util.Objects.toString(
                ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build().getQuery(), ""));
        return hx != null ? "analytics/drilldown :: list" : "analytics/drilldown";
    }

    @GetMapping("/analytics/indicators")
    String definitions(Model model) {
        model.addAttribute("indicators", indicators.definitions());
        model.addAttribute("clocks", ClockName.values());
        return "analytics/indicators";
    }

    private void filters(Model model, IndicatorQuery query, String unit, CurrentStaff staff) {
        List<OrgUnit> units = org.subtree(staff.unitId()).stream()
                .filter(u -> u.level() != com.griddesk.org.UnitLevel.TEAM).toList();
        model.addAttribute("q", query);
        model.addAttribute("unitCode", unit == null ? "" : unit);
        model.addAttribute("units", units);
        model.addAttribute("types", taxonomy.topLevel());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("granularities", Granularity.values());
    }
}
