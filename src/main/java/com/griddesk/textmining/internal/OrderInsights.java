package com.griddesk.textmining.internal;

import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.textmining.EscalationRisk;
import com.griddesk.textmining.EscalationRisks;
import com.griddesk.textmining.LikelyDuplicates;
import com.griddesk.textmining.OrderClassification;

import org.springframework.stereotype.Service;

/** Everything text mining says about one order, for its page and the API. */
@Service
public class OrderInsights {

    /** Any part may be missing (an order taken before text mining existed has no classification). */
    public record Insight(OrderClassification classification, EscalationRisk risk,
            List<LikelyDuplicates.Duplicate> duplicates) {

        public boolean isEmpty() {
            return classification == null && risk == null && duplicates.isEmpty();
        }
    }

    private final ClassificationRecords classifications;
    private final EscalationRisks risks;
    private final LikelyDuplicates duplicates;

    OrderInsights(ClassificationRecords classifications, EscalationRisks risks, LikelyDuplicates duplicates) {
        this.classifications = classifications;
        this.risks = risks;
        this.duplicates = duplicates;
    }

    public Insight of(String number, CurrentStaff staff) {
        return new Insight(classifications.find(number).orElse(null), risks.of(number, staff).orElse(null),
                duplicates.ofOrder(number, staff));
    }
}
