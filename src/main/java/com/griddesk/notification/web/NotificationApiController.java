package com.griddesk.notification.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.notification.CustomerPreference;
import com.griddesk.notification.DeliveryState;
import com.griddesk.notification.internal.NotificationService;
import com.griddesk.notification.internal.Preferences;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications")
class NotificationApiController {

    private static final Set<Role> MAY_EDIT_PREFERENCES = Set.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN,
            Role.CALLBACK_AGENT, Role.COORDINATOR);

    private final NotificationService notifications;
    private final Preferences preferences;
    private final CustomerDirectory customers;

    NotificationApiController(NotificationService notifications, Preferences preferences, CustomerDirectory customers) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.customers = customers;
    }

    @GetMapping("/api/v1/work-orders/{number}/notifications")
    @Operation(summary = "The notifications of an order (customer, staff, webhooks) with their delivery states")
    List<DeliveryState> ofOrder(@PathVariable String number, CurrentStaff staff) {
        return notifications.ofOrder(number, staff);
    }

    @GetMapping("/api/v1/customers/{accountNumber}/notifications")
    @Operation(summary = "The latest 200 notifications of a customer, newest first")
    List<DeliveryState> ofCustomer(@PathVariable String accountNumber, CurrentStaff staff) {
        return notifications.ofCustomer(accountNumber, staff);
    }

    @GetMapping("/api/v1/notifications/{id}")
    @Operation(summary = "One notification's delivery state (supervisors and administrators)")
    DeliveryState one(@PathVariable long id, CurrentStaff staff) {
        requireAny(staff, NotificationService.MAY_RESEND);
        return notifications.state(id).orElseThrow(() -> DomainException.notFound(ProblemCode.NOTIFICATION_NOT_FOUND, id));
    }

    @PostMapping("/api/v1/notifications/{id}/resend")
    @Operation(summary = "Send a FAILED or EXPIRED notification again, as a new notification")
    ResponseEntity<DeliveryState> resend(@PathVariable long id, CurrentStaff staff) {
        long newId = notifications.resend(id, staff);
        return ResponseEntity.created(URI.create("/api/v1/notifications/" + newId))
                .body(notifications.state(newId).orElseThrow());
    }

    @GetMapping("/api/v1/customers/{accountNumber}/notification-preferences")
    @Operation(summary = "A customer's e-mail, channels, opt-out and language")
    CustomerPreference preferences(@PathVariable String accountNumber, CurrentStaff staff) {
        return preferences.of(customers.visibleTo(accountNumber, staff).id());
    }

    record PreferenceRequest(String email, Boolean smsEnabled, Boolean emailEnabled, Boolean optedOut, String locale) {
    }

    @PutMapping("/api/v1/customers/{accountNumber}/notification-preferences")
    @Operation(summary = "Change a customer's preferences; legal notices still reach an opted-out customer")
    CustomerPreference savePreferences(@PathVariable String accountNumber, @RequestBody PreferenceRequest body,
            CurrentStaff staff) {
        Customer customer = customers.visibleTo(accountNumber, staff);
        requireAny(staff, MAY_EDIT_PREFERENCES);
        return preferences.save(customer.id(), new CustomerPreference(body.email(), !Boolean.FALSE.equals(body.smsEnabled()),
                !Boolean.FALSE.equals(body.emailEnabled()), Boolean.TRUE.equals(body.optedOut()), body.locale()), staff.id());
    }

    static void requireAny(CurrentStaff staff, Set<Role> roles) {
        if (!staff.hasAny(roles)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
    }

}
