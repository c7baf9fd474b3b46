package com.griddesk.field;

import java.util.List;

import com.griddesk.workorder.Responsibility;

/**
 * The crew's completion: the result and root cause the order is resolved with, who was responsible
 * (null: the root cause's usual one), the materials used and the customer's confirmation.
 */
public record Finish(String result, String rootCause, Responsibility responsibility, List<Material> materials,
        Confirmation confirmation, String confirmedBy) {

    public Finish {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
