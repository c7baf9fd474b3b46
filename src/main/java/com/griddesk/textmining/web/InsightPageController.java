package com.griddesk.textmining.web;

import java.time.Clock;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.UnitLevel;
import com.griddesk.textmining.EscalationRisks;
import com.griddesk.textmining.HotTopics;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The risk queue and the weekly hot topics of the user's units; htmx refreshes only the tables. */
@Controller
class InsightPageController {

    private final EscalationRisks risks;
    private final HotTopics topics;
    private final OrgDirectory org;
    private final Clock clock;

    InsightPageController(EscalationRisks risks, HotTopics topics, OrgDirectory org, Clock clock) {
        this.risks = risks;
        this.topics = topics;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/textmining/risk")
    String risk(@RequestParam(defaultValue = "30") int min, CurrentStaff staff,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        int bounded = Math.min(Math.max(min, 0), 100);
        model.addAttribute("min", bounded);
        model.addAttribute("rows", risks.atRisk(staff, bounded, 200));
        return htmx != null ? "textmining/risk :: table" : "textmining/risk";
    }

    @GetMapping("/textmining/topics")
    String topics(@RequestParam(required = false) String unit, @RequestParam(required = false) String week,
            CurrentStaff staff, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        TopicQuery q = TopicQuery.of(unit, week, staff, org, clock);
        model.addAttribute("query", q);
        model.addAttribute("topics", topics.weekly(q.unit().path(), q.weekStart(), TextMiningApiController.TOPIC_LIMIT));
        model.addAttribute("units", org.units().stream()
                .filter(u -> staff.sees(u.path()) && u.level() != UnitLevel.TEAM).toList());
        return htmx != null ? "textmining/topics :: table" : "textmining/topics";
    }
}
