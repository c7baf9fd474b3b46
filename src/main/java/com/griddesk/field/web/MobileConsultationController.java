package com.griddesk.field.web;

import java.util.List;

import com.griddesk.field.internal.Consultations;
import com.griddesk.field.internal.FieldReads;
import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The consultation thread of an order, the questions waiting for the user, and the photos they may see. */
@Controller
@RequestMapping("/m")
class MobileConsultationController {

    private final Consultations consultations;
    private final FieldReads reads;
    private final WorkOrderQueries queries;
    private final PhotoFiles files;

    MobileConsultationController(Consultations consultations, FieldReads reads, WorkOrderQueries queries, PhotoFiles files) {
        this.consultations = consultations;
        this.reads = reads;
        this.queries = queries;
        this.files = files;
    }

    @GetMapping("/orders/{number}/consultation")
    String thread(@PathVariable String number, CurrentStaff staff, Model model,
            @RequestHeader(name = MobileOrdersController.HX, required = false) String hx) {
        populate(number, staff, model);
        return hx != null ? "field/thread :: thread" : "field/thread";
    }

    @PostMapping("/orders/{number}/consultation")
    String post(@PathVariable String number, @RequestParam(required = false) String body,
            @RequestParam(required = false) List<Long> photoIds, @RequestParam(required = false) List<String> mentions,
            @RequestHeader(name = MobileOrdersController.KEY, required = false) String key,
            @RequestHeader(name = MobileOrdersController.HX, required = false) String hx, CurrentStaff staff, Model model) {
        consultations.post(number, body, photoIds, mentions, key, staff);
        if (hx == null) {
            return "redirect:/m/orders/" + number + "/consultation";
        }
        populate(number, staff, model);
        return "field/thread :: thread";
    }

    @GetMapping("/consultations")
    String questions(CurrentStaff staff, Model model,
            @RequestHeader(name = MobileOrdersController.HX, required = false) String hx) {
        model.addAttribute("questions", consultations.waitingFor(staff));
        return hx != null ? "field/questions :: list" : "field/questions";
    }

    @GetMapping("/photos/{id}")
    ResponseEntity<Resource> photo(@PathVariable long id, @RequestParam(required = false) String size,
            @RequestHeader(name = "If-None-Match", required = false) String etag, CurrentStaff staff) {
        return files.serve(id, "thumb".equals(size), etag, staff);
    }

    private void populate(String number, CurrentStaff staff, Model model) {
        WorkOrder order = consultations.order(number, staff);
        model.addAttribute("order", order.snapshot());
        model.addAttribute("thread", consultations.thread(number, staff));
        model.addAttribute("experts", consultations.suggestedExperts(order, staff));
        model.addAttribute("photos", reads.photos(order.id()));
        model.addAttribute("mayPost", !order.status().isFinal());
        // an expert asked about an order outside their units goes back to their questions, not to an order they may not open
        model.addAttribute("back", queries.find(number, staff).isPresent() ? "/m/orders/" + number : "/m/consultations");
    }
}
