package com.griddesk.textmining;

import java.time.Instant;
import java.util.List;

import com.griddesk.org.CurrentStaff;

/**
 * Open orders that are probably about the same problem as a demand being taken: the same customer
 * or phone, the same address or transformer area, and similar text. Offered for merging.
 */
public interface LikelyDuplicates {

    /** The demand as the agent has it so far; any field may be null but the text. */
    record Query(String text, String accountNumber, String contactPhone, String address, String excludeNumber) {
    }

    /** An open order that looks like the same problem, with why; {@code score} is 0–1. */
    record Duplicate(String number, double score, int textSimilarityPercent, List<String> reasons, String typeCode,
            String categoryCode, String text, Instant createdAt) {
    }

    List<Duplicate> find(Query query, CurrentStaff staff);

    /** Likely duplicates of an existing order (it is left out of its own list). */
    List<Duplicate> ofOrder(String number, CurrentStaff staff);

    /**
     * Open orders of other customers in the caller's transformer area from the last two days: when
     * the neighbours already reported it, the caller's fault is probably the same one.
     */
    List<Duplicate> nearby(com.griddesk.customer.Customer caller, CurrentStaff staff);
}
