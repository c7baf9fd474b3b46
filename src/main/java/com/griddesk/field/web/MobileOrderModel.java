package com.griddesk.field.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.griddesk.customer.PhoneReveals;
import com.griddesk.field.Confirmation;
import com.griddesk.field.FieldRecord;
import com.griddesk.field.FieldSettings;
import com.griddesk.field.GeoPoint;
import com.griddesk.field.internal.FieldAccess;
import com.griddesk.field.internal.FieldReads;
import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.RootCauses;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderStatus;
import com.griddesk.workorder.web.WorkOrderViews;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the phone's order page shows: the order, its field record, and what the crew may do now. */
@Component
class MobileOrderModel {

    /** The timeline entries a crew cares about on site. */
    static final Set<String> FIELD_ACTIONS = Set.of("ACCEPTED", "CREW_ON_THE_WAY", "CHECKED_IN", "FIELD_NOTE", "PHOTO_ADDED",
            "CONSULTATION_POSTED", "FIELD_COMPLETED", "RESOLVED", "REWORKED");
    static final List<Integer> ETA_CHOICES = List.of(10, 15, 20, 30, 45, 60, 90, 120, 180);

    private final WorkOrderQueries queries;
    private final WorkOrderViews views;
    private final FieldReads reads;
    private final RootCauses rootCauses;
    private final FieldSettings settings;

    MobileOrderModel(WorkOrderQueries queries, WorkOrderViews views, FieldReads reads, RootCauses rootCauses,
            FieldSettings settings) {
        this.queries = queries;
        this.views = views;
        this.reads = reads;
        this.rootCauses = rootCauses;
        this.settings = settings;
    }

    void populate(String number, CurrentStaff staff, Model model) {
        WorkOrder order = queries.get(number, staff);
        FieldRecord field = reads.of(order);
        WorkOrderStatus status = order.status();
        boolean assignedToMe = Long.valueOf(staff.id()).equals(order.snapshot().assigneeId());
        model.addAttribute("order", views.view(order, staff));
        model.addAttribute("field", field);
        model.addAttribute("navigation", navigation(field.premise(), order.snapshot().address()));
        model.addAttribute("mayGo", assignedToMe && (status == WorkOrderStatus.ACCEPTED || status == WorkOrderStatus.IN_PROGRESS));
        model.addAttribute("mayRecord", !status.isFinal() && staff.hasAny(FieldAccess.FIELD_ROLES));
        model.addAttribute("mayCall", PhoneReveals.mayReveal(staff) && !status.isFinal());
        model.addAttribute("warnMeters", settings.checkInWarnMeters());
        model.addAttribute("etaChoices", ETA_CHOICES);
        model.addAttribute("rootCauses", rootCauses.offeredFor(order.snapshot().typeCode()));
        model.addAttribute("responsibilities", Responsibility.values());
        model.addAttribute("confirmations", Confirmation.values());
        model.addAttribute("materials", settings.materials());
        List<TimelineEntry> log = new java.util.ArrayList<>(queries.timeline(number, staff).stream()
                .filter(e -> FIELD_ACTIONS.contains(e.action())).toList());
        java.util.Collections.reverse(log);
        model.addAttribute("fieldLog", log);
    }

    /** A map link to the premise; without coordinates, a search for the address. */
    String navigation(GeoPoint premise, String address) {
        String name = URLEncoder.encode(address, StandardCharsets.UTF_8);
        if (premise == null) {
            return "https://uri.amap.com/search?keyword=" + name;
        }
        return settings.navigationUrl().replace("{lat}", String.format(Locale.ROOT, "%.6f", premise.latitude()))
                .replace("{lng}", String.format(Locale.ROOT, "%.6f", premise.longitude())).replace("{name}", name);
    }
}
