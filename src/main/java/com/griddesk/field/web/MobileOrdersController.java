package com.griddesk.field.web;

import java.io.InputStream;

import com.griddesk.customer.PhoneReveals;
import com.griddesk.field.GeoPoint;
import com.griddesk.field.internal.FieldPhotos;
import com.griddesk.field.internal.FieldWork;
import com.griddesk.field.internal.MyOrders;
import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The crew's phone pages. Each action answers the order's work section as a fragment when the
 * page's script sent it (HX-Request), or redirects back to the page for a plain form post; the
 * script's offline queue sends an Idempotency-Key so a replay is answered without being applied.
 */
@Controller
@RequestMapping("/m")
class MobileOrdersController {

    static final String KEY = "Idempotency-Key";
    static final String HX = "HX-Request";

    private final MyOrders myOrders;
    private final FieldWork work;
    private final FieldPhotos photos;
    private final MobileOrderModel orderModel;
    private final WorkOrderQueries queries;
    private final PhoneReveals reveals;

    MobileOrdersController(MyOrders myOrders, FieldWork work, FieldPhotos photos, MobileOrderModel orderModel,
            WorkOrderQueries queries, PhoneReveals reveals) {
        this.myOrders = myOrders;
        this.work = work;
        this.photos = photos;
        this.orderModel = orderModel;
        this.queries = queries;
        this.reveals = reveals;
    }

    @GetMapping({ "", "/" })
    String orders(CurrentStaff staff, Model model, @RequestHeader(name = HX, required = false) String hx) {
        model.addAttribute("rows", myOrders.of(staff));
        return hx != null ? "field/orders :: list" : "field/orders";
    }

    @GetMapping("/orders/{number}")
    String order(@PathVariable String number, CurrentStaff staff, Model model,
            @RequestHeader(name = HX, required = false) String hx) {
        orderModel.populate(number, staff, model);
        return hx != null ? "field/order :: work" : "field/order";
    }

    @PostMapping("/orders/{number}/accept")
    String accept(@PathVariable String number, @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = HX, required = false) String hx, CurrentStaff staff, Model model) {
        work.accept(number, key, staff);
        return answer(number, hx, staff, model);
    }

    @PostMapping("/orders/{number}/on-the-way")
    String onTheWay(@PathVariable String number, @RequestParam(required = false) Integer etaMinutes,
            @RequestHeader(name = KEY, required = false) String key, @RequestHeader(name = HX, required = false) String hx,
            CurrentStaff staff, Model model) {
        work.onTheWay(number, etaMinutes, key, staff);
        return answer(number, hx, staff, model);
    }

    @PostMapping("/orders/{number}/check-in")
    String checkIn(@PathVariable String number, @RequestParam(required = false) Double latitude,
            @RequestParam(required = false) Double longitude, @RequestParam(required = false) Double accuracy,
            @RequestHeader(name = KEY, required = false) String key, @RequestHeader(name = HX, required = false) String hx,
            CurrentStaff staff, Model model) {
        GeoPoint at = latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
        work.checkIn(number, at, accuracy, key, staff);
        return answer(number, hx, staff, model);
    }

    @PostMapping("/orders/{number}/notes")
    String note(@PathVariable String number, @RequestParam(required = false) String text,
            @RequestHeader(name = KEY, required = false) String key, @RequestHeader(name = HX, required = false) String hx,
            CurrentStaff staff, Model model) {
        work.note(number, text, key, staff);
        return answer(number, hx, staff, model);
    }

    /** The photo is the request body itself (what the phone's file input holds), checked by its content. */
    @PostMapping("/orders/{number}/photos")
    String photo(@PathVariable String number, InputStream body, @RequestParam(required = false) String caption,
            @RequestHeader(name = KEY, required = false) String key, @RequestHeader(name = HX, required = false) String hx,
            CurrentStaff staff, Model model) {
        photos.add(number, photos.read(body), caption, key, staff);
        return answer(number, hx, staff, model);
    }

    @PostMapping("/orders/{number}/finish")
    String finish(@PathVariable String number, @ModelAttribute FinishForm form,
            @RequestHeader(name = KEY, required = false) String key, @RequestHeader(name = HX, required = false) String hx,
            CurrentStaff staff, Model model) {
        work.finish(number, form.toFinish(), key, staff);
        return answer(number, hx, staff, model);
    }

    /** Unmasking the customer's phone to call them is recorded, as on the desk. */
    @GetMapping("/orders/{number}/call")
    String call(@PathVariable String number, CurrentStaff staff) {
        WorkOrder order = queries.get(number, staff);
        reveals.record(staff, order.snapshot().customerId(), number, "field app");
        return "redirect:tel:" + order.snapshot().contactPhone();
    }

    private String answer(String number, String hx, CurrentStaff staff, Model model) {
        if (hx == null) {
            return "redirect:/m/orders/" + number;
        }
        orderModel.populate(number, staff, model);
        return "field/order :: work";
    }
}
