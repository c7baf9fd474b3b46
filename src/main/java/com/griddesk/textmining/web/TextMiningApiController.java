package com.griddesk.textmining.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.shared.DomainException;
import com.griddesk.textmining.EscalationRisk;
import com.griddesk.textmining.EscalationRisks;
import com.griddesk.textmining.HotTopics;
import com.griddesk.textmining.LikelyDuplicates;
import com.griddesk.textmining.OrderClassification;
import com.griddesk.textmining.TextClassifier;
import com.griddesk.textmining.internal.OrderInsights;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.Taxonomy;
import com.griddesk.workorder.WorkOrderQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Text mining")
class TextMiningApiController {

    static final int TOPIC_LIMIT = 20;

    private final TextClassifier classifier;
    private final LikelyDuplicates duplicates;
    private final EscalationRisks risks;
    private final HotTopics topics;
    private final OrderInsights insights;
    private final WorkOrderQueries orders;
    private final Taxonomy taxonomy;
    private final OrgDirectory org;
    private final Clock clock;

    TextMiningApiController(TextClassifier classifier, LikelyDuplicates duplicates, EscalationRisks risks,
            HotTopics topics, OrderInsights insights, WorkOrderQueries orders, Taxonomy taxonomy, OrgDirectory org,
            Clock clock) {
        this.classifier = classifier;
        this.duplicates = duplicates;
        this.risks = risks;
        this.topics = topics;
        this.insights = insights;
        this.orders = orders;
        this.taxonomy = taxonomy;
        this.org = org;
        this.clock = clock;
    }

    record ClassifyRequest(String text, String channel) {
    }

    @PostMapping("/api/v1/textmining/classify")
    @Operation(summary = "The three most likely leaf codes of taxonomy.csv for a text, with calibrated confidence",
            description = "A safety word (冒烟, 着火, 触电, 倒杆, 断线) makes the answer an urgent fault.")
    SuggestionView classify(@RequestBody ClassifyRequest body, Locale locale) {
        return SuggestionView.of(classifier.suggest(body.text(), channel(body.channel())), taxonomy, locale);
    }

    record DuplicateRequest(String text, String accountNumber, String contactPhone, String address) {
    }

    @PostMapping("/api/v1/textmining/duplicates")
    @Operation(summary = "Open orders that are likely the same problem as a demand being taken (same caller, "
            + "address or transformer area, similar text)")
    List<LikelyDuplicates.Duplicate> duplicates(@RequestBody DuplicateRequest body, CurrentStaff staff) {
        if (body.text() == null || body.text().isBlank()) {
            throw DomainException.invalid("text", "validation.NotBlank", "text");
        }
        return duplicates.find(new LikelyDuplicates.Query(body.text(), body.accountNumber(), body.contactPhone(),
                body.address(), null), staff);
    }

    record OrderTextMining(String number, OrderClassification classification, EscalationRisk risk,
            List<LikelyDuplicates.Duplicate> duplicates) {
    }

    @GetMapping("/api/v1/textmining/orders/{number}")
    @Operation(summary = "What text mining knows of an order: its classification (with model version), "
            + "escalation risk with reasons, likely duplicates")
    OrderTextMining order(@PathVariable String number, CurrentStaff staff) {
        orders.get(number, staff);
        OrderInsights.Insight i = insights.of(number, staff);
        return new OrderTextMining(number, i.classification(), i.risk(), i.duplicates());
    }

    @GetMapping("/api/v1/textmining/risk")
    @Operation(summary = "Open orders of the caller's units at or above an escalation-risk score, riskiest first")
    List<EscalationRisks.AtRisk> atRisk(@RequestParam(defaultValue = "60") int min,
            @RequestParam(defaultValue = "50") int limit, CurrentStaff staff) {
        if (min < 0 || min > 100) {
            throw DomainException.invalid("min", "textmining.validation.score", min);
        }
        return risks.atRisk(staff, min, limit);
    }

    @GetMapping("/api/v1/textmining/topics")
    @Operation(summary = "Emerging terms and categories of a unit in a week against the 8 weeks before",
            description = "unit: a unit code within your scope (default: your unit); week: 2026-W48 or a date of "
                    + "that week (default: this week)")
    Map<String, Object> topics(@RequestParam(required = false) String unit, @RequestParam(required = false) String week,
            CurrentStaff staff) {
        TopicQuery q = TopicQuery.of(unit, week, staff, org, clock);
        HotTopics.WeeklyTopics t = topics.weekly(q.unit().path(), q.weekStart(), TOPIC_LIMIT);
        return Map.of("unit", q.unit().code(), "week", q.isoWeek(), "topics", t);
    }

    static Channel channel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(value.strip());
        }
        catch (IllegalArgumentException ex) {
            throw DomainException.invalid("channel", "textmining.validation.channel", value);
        }
    }
}
