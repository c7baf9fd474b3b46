package com.griddesk.textmining.internal;

import java.time.Clock;
import java.util.Optional;

import com.griddesk.intake.DemandClassifier;
import com.griddesk.shared.DomainException;
import com.griddesk.textmining.OrderClassification;
import com.griddesk.textmining.Suggestion;
import com.griddesk.textmining.TextClassifier;
import com.griddesk.textmining.engine.ClassifierEngine;
import com.griddesk.textmining.engine.Leaves;
import com.griddesk.workorder.Channel;

import org.springframework.stereotype.Service;

/**
 * The classifier as intake and the pages use it: the active model's suggestion, and the record of
 * what was suggested and chosen for each order, with the model version.
 */
@Service
class WorkOrderClassifier implements TextClassifier, DemandClassifier {

    static final int MAX_TEXT = 4000;

    private final ModelCatalog catalog;
    private final ClassificationRecords records;
    private final Clock clock;

    WorkOrderClassifier(ModelCatalog catalog, ClassificationRecords records, Clock clock) {
        this.catalog = catalog;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Suggestion suggest(String text, Channel channel) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("text", "validation.NotBlank", "text");
        }
        if (text.length() > MAX_TEXT) {
            throw DomainException.invalid("text", "validation.Size", "text", MAX_TEXT);
        }
        ModelCatalog.Active active = catalog.active();
        return suggestion(active.version(), active.engine(), text, channel);
    }

    static Suggestion suggestion(int version, ClassifierEngine engine, String text, Channel channel) {
        ClassifierEngine.Prediction p = engine.classify(text, channel == null ? null : channel.name());
        return new Suggestion(version, p.top().stream()
                .map(s -> new Suggestion.Candidate(s.code(), Leaves.topLevelOf(s.code()), s.confidence())).toList(),
                p.safetyWord());
    }

    @Override
    public DemandClassification classify(String text, Channel channel) {
        Suggestion s = suggest(text, channel);
        return new DemandClassification(s.top().stream().map(c -> new Candidate(c.code(), c.confidence())).toList(),
                s.urgent(), s.modelVersion());
    }

    @Override
    public void classified(ClassifiedDemand d) {
        DemandClassification s = d.suggestion();
        String chosenCode = chosenLeaf(d.chosenType(), d.chosenCategory()).orElse(null);
        OrderClassification.Decision decision;
        if (!d.chosenByPerson()) {
            decision = OrderClassification.Decision.AUTO;
        }
        else if (chosenCode != null) {
            decision = chosenCode.equals(s.leafCode()) ? OrderClassification.Decision.CONFIRMED
                    : OrderClassification.Decision.OVERRIDDEN;
        }
        else {
            decision = d.chosenType().equals(s.typeCode()) ? OrderClassification.Decision.CONFIRMED
                    : OrderClassification.Decision.OVERRIDDEN;
        }
        OrderClassification c = new OrderClassification(d.orderNumber(), s.modelVersion(), s.leafCode(),
                s.top().get(0).confidence(), s.top().stream().map(x -> new Suggestion.Candidate(x.code(),
                        Leaves.topLevelOf(x.code()), x.confidence())).toList(), s.urgent(), d.chosenType(), chosenCode,
                decision, clock.instant());
        records.insert(d.orderId(), d.channel().name(), d.text(), c, d.decidedBy());
    }

    /** The leaf the order ended with: its category, or its type when that is a leaf of its own. */
    private static Optional<String> chosenLeaf(String type, String category) {
        if (category != null && Leaves.isLeaf(category)) {
            return Optional.of(category);
        }
        return category == null && type != null && Leaves.isLeaf(type) ? Optional.of(type) : Optional.empty();
    }
}
