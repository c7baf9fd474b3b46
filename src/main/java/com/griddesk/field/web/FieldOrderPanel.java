package com.griddesk.field.web;

import com.griddesk.field.Consultation;
import com.griddesk.field.FieldRecord;
import com.griddesk.field.FieldSettings;
import com.griddesk.field.internal.Consultations;
import com.griddesk.field.internal.FieldReads;
import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.web.OrderPanel;

import org.springframework.stereotype.Component;

/** The field card on the desk's order page: trips, check-ins with their distance, photos, materials, consultation. */
@Component
class FieldOrderPanel implements OrderPanel {

    record Data(FieldRecord field, Consultation consultation, double warnMeters) {
    }

    private final FieldReads reads;
    private final Consultations consultations;
    private final FieldSettings settings;

    FieldOrderPanel(FieldReads reads, Consultations consultations, FieldSettings settings) {
        this.reads = reads;
        this.consultations = consultations;
        this.settings = settings;
    }

    @Override
    public String fragment() {
        return "field/panels :: order-field";
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public int position() {
        return 300;
    }

    @Override
    public Object data(WorkOrder order, CurrentStaff staff) {
        FieldRecord field = reads.of(order);
        Consultation consultation = consultations.thread(order.number(), staff);
        if (field.isEmpty() && consultation.messages().isEmpty()) {
            return null;
        }
        return new Data(field, consultation, settings.checkInWarnMeters());
    }
}
