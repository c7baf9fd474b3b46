package com.griddesk.field.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.griddesk.field.Confirmation;
import com.griddesk.field.Finish;
import com.griddesk.field.Material;
import com.griddesk.shared.DomainException;
import com.griddesk.workorder.Responsibility;

/** The completion form of the phone; empty material rows are left out. Also the API's JSON body. */
public class FinishForm {

    private String result;
    private String rootCause;
    private String responsibility;
    private List<MaterialLine> materials = new ArrayList<>();
    private String confirmation;
    private String confirmedBy;

    public static class MaterialLine {
        private String name;
        private String quantity;
        private String unit;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String quantity) { this.quantity = quantity; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }

        boolean blank() {
            return (name == null || name.isBlank()) && (quantity == null || quantity.isBlank());
        }
    }

    Finish toFinish() {
        List<Material> lines = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            MaterialLine m = materials.get(i);
            if (m == null || m.blank()) {
                continue;
            }
            lines.add(new Material(m.name, quantity(m.quantity, i), m.unit));
        }
        return new Finish(result, rootCause, parse(Responsibility.class, responsibility, "responsibility"), lines,
                parse(Confirmation.class, confirmation, "confirmation"), confirmedBy);
    }

    private static BigDecimal quantity(String text, int i) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        }
        catch (NumberFormatException ex) {
            throw DomainException.invalid("materials[" + i + "].quantity", "validation.positive", "quantity");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        }
        catch (IllegalArgumentException ex) {
            throw DomainException.invalid(field, "validation.invalid", field);
        }
    }

    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getRootCause() { return rootCause; }
    public void setRootCause(String rootCause) { this.rootCause = rootCause; }
    public String getResponsibility() { return responsibility; }
    public void setResponsibility(String responsibility) { this.responsibility = responsibility; }
    public List<MaterialLine> getMaterials() { return materials; }
    public void setMaterials(List<MaterialLine> materials) { this.materials = materials; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    public String getConfirmedBy() { return confirmedBy; }
    public void setConfirmedBy(String confirmedBy) { this.confirmedBy = confirmedBy; }
}
