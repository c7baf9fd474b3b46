package com.griddesk.field.web;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import com.griddesk.field.CheckIn;
import com.griddesk.field.Consultation;
import com.griddesk.field.FieldRecord;
import com.griddesk.field.GeoPoint;
import com.griddesk.field.Photo;
import com.griddesk.field.PremiseLocations;
import com.griddesk.field.internal.Consultations;
import com.griddesk.field.internal.FieldPhotos;
import com.griddesk.field.internal.FieldReads;
import com.griddesk.field.internal.FieldWork;
import com.griddesk.field.internal.MyOrders;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.workorder.WorkOrderQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The field app's API, for phones that are their own client. Send Idempotency-Key to make a retry safe. */
@RestController
@RequestMapping("/api/v1/field")
@Tag(name = "Field work")
class FieldApiController {

    private static final String KEY = MobileOrdersController.KEY;

    private final MyOrders myOrders;
    private final FieldWork work;
    private final FieldPhotos photos;
    private final FieldReads reads;
    private final Consultations consultations;
    private final PremiseLocations premises;
    private final WorkOrderQueries queries;
    private final PhotoFiles files;

    FieldApiController(MyOrders myOrders, FieldWork work, FieldPhotos photos, FieldReads reads,
            Consultations consultations, PremiseLocations premises, WorkOrderQueries queries, PhotoFiles files) {
        this.myOrders = myOrders;
        this.work = work;
        this.photos = photos;
        this.reads = reads;
        this.consultations = consultations;
        this.premises = premises;
        this.queries = queries;
        this.files = files;
    }

    record OrderRow(String number, String status, String type, String category, String urgency, String address,
            String contactName, String contactPhone, String description, String clock, Instant deadline, boolean mine) {
    }

    record EtaRequest(Integer etaMinutes) {
    }

    record PositionRequest(Double latitude, Double longitude, Double accuracy) {
    }

    record NoteRequest(String text) {
    }

    record PostRequest(String body, List<Long> photoIds, List<String> mentions) {
    }

    record LocationRequest(Double latitude, Double longitude, PremiseLocations.Source source) {
    }

    record Applied(String number, boolean replayed) {
    }

    @GetMapping("/orders")
    @Operation(summary = "The caller's orders and those waiting in their team, most urgent and nearest deadline first")
    List<OrderRow> orders(CurrentStaff staff) {
        return myOrders.of(staff).stream().map(r -> new OrderRow(r.order().number(), r.order().status().name(),
                r.order().typeCode(), r.order().categoryCode(), r.order().urgency().name(), r.order().address(),
                r.order().contactName(), r.order().contactPhoneMasked(), r.order().description(),
                r.deadline() == null ? null : r.deadline().clock(), r.deadline() == null ? null : r.deadline().deadline(),
                r.mine())).toList();
    }

    @GetMapping("/orders/{number}")
    @Operation(summary = "The field record of an order: premise, trips, check-ins, photos, completions")
    FieldRecord record(@PathVariable String number, CurrentStaff staff) {
        return reads.of(queries.get(number, staff));
    }

    @PostMapping("/orders/{number}/accept")
    Applied accept(@PathVariable String number, @RequestHeader(name = KEY, required = false) String key, CurrentStaff staff) {
        return new Applied(number, work.accept(number, key, staff).replayed());
    }

    @PostMapping("/orders/{number}/on-the-way")
    @Operation(summary = "On my way: records the ETA and publishes CrewOnTheWay for the customer's SMS")
    Applied onTheWay(@PathVariable String number, @RequestBody(required = false) EtaRequest body,
            @RequestHeader(name = KEY, required = false) String key, CurrentStaff staff) {
        return new Applied(number, work.onTheWay(number, body == null ? null : body.etaMinutes(), key, staff).replayed());
    }

    @PostMapping("/orders/{number}/check-in")
    @Operation(summary = "Check in on site with the phone's position; answers the distance from the premise and whether it is too far")
    CheckIn checkIn(@PathVariable String number, @RequestBody(required = false) PositionRequest body,
            @RequestHeader(name = KEY, required = false) String key, CurrentStaff staff) {
        return work.checkIn(number, position(body == null ? null : body.latitude(), body == null ? null : body.longitude()),
                body == null ? null : body.accuracy(), key, staff);
    }

    @PostMapping("/orders/{number}/notes")
    Applied note(@PathVariable String number, @RequestBody(required = false) NoteRequest body,
            @RequestHeader(name = KEY, required = false) String key, CurrentStaff staff) {
        return new Applied(number, work.note(number, body == null ? null : body.text(), key, staff).replayed());
    }

    @PostMapping(value = "/orders/{number}/photos", consumes = "*/*")
    @Operation(summary = "Upload a photo as the request body (JPEG or PNG, checked by content); stored resized with its SHA-256")
    ResponseEntity<Photo> photo(@PathVariable String number, InputStream body, @RequestParam(required = false) String caption,
            @RequestHeader(name = KEY, required = false) String key, CurrentStaff staff) {
        Photo photo = photos.add(number, photos.read(body), caption, key, staff);
        return ResponseEntity.status(201).header("Location", "/api/v1/field/photos/" + photo.id()).body(photo);
    }

    @GetMapping("/photos/{id}")
    ResponseEntity<Resource> photoFile(@PathVariable long id, @RequestParam(required = false) String size,
            @RequestHeader(name = "If-None-Match", required = false) String etag, CurrentStaff staff) {
        return files.serve(id, "thumb".equals(size), etag, staff);
    }

    @PostMapping("/orders/{number}/finish")
    @Operation(summary = "Finish: result, root cause, materials and the customer's confirmation; resolves the order")
    Applied finish(@PathVariable String number, @RequestBody(required = false) FinishForm body,
            @RequestHeader(name = KEY, required = false) String key, CurrentStaff staff) {
        return new Applied(number, work.finish(number, (body == null ? new FinishForm() : body).toFinish(), key, staff).replayed());
    }

    @GetMapping("/orders/{number}/consultation")
    Consultation thread(@PathVariable String number, CurrentStaff staff) {
        return consultations.thread(number, staff);
    }

    @PostMapping("/orders/{number}/consultation")
    @Operation(summary = "Post to the order's consultation; @username in the text (or mentions) asks that person")
    Consultation post(@PathVariable String number, @RequestBody(required = false) PostRequest body,
            @RequestHeader(name = KEY, required = false) String key, CurrentStaff staff) {
        PostRequest r = body == null ? new PostRequest(null, null, null) : body;
        return consultations.post(number, r.body(), r.photoIds(), r.mentions(), key, staff);
    }

    @GetMapping("/consultations")
    @Operation(summary = "Consultations waiting for the caller's answer, oldest first")
    List<Consultations.Question> questions(CurrentStaff staff) {
        return consultations.waitingFor(staff);
    }

    @PutMapping("/premises/{accountNumber}/location")
    @Operation(summary = "Set a premise's coordinates (WGS-84) for navigation and check-in distance")
    ResponseEntity<Void> locate(@PathVariable String accountNumber, @RequestBody(required = false) LocationRequest body,
            CurrentStaff staff) {
        LocationRequest r = body == null ? new LocationRequest(null, null, null) : body;
        premises.set(accountNumber, position(r.latitude(), r.longitude()),
                r.source() == null ? PremiseLocations.Source.SURVEY : r.source(), staff);
        return ResponseEntity.noContent().build();
    }

    private static GeoPoint position(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            throw DomainException.invalid(latitude == null ? "latitude" : "longitude", "validation.NotNull",
                    latitude == null ? "latitude" : "longitude");
        }
        return new GeoPoint(latitude, longitude);
    }
}
