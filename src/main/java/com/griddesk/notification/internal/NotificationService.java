package com.griddesk.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.notification.Channel;
import com.griddesk.notification.DeliveryState;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationRequest;
import com.griddesk.notification.NotificationSettings;
import com.griddesk.notification.Notifications;
import com.griddesk.notification.Recipient;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.PhoneNumber;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Notifications} for other modules, plus the resend that the failed-deliveries page offers. */
@Service
public class NotificationService implements Notifications {

    public static final Set<Role> MAY_RESEND = Set.of(Role.ADMIN, Role.SUPERVISOR);

    private final Outbox outbox;
    private final NotificationStore store;
    private final Contacts contacts;
    private final CustomerDirectory customers;
    private final WorkOrderRepository orders;
    private final WorkOrderQueries queries;
    private final NotificationSettings settings;
    private final Clock clock;

    NotificationService(Outbox outbox, NotificationStore store, Contacts contacts, CustomerDirectory customers,
            WorkOrderRepository orders, WorkOrderQueries queries, NotificationSettings settings, Clock clock) {
        this.outbox = outbox;
        this.store = store;
        this.contacts = contacts;
        this.customers = customers;
        this.orders = orders;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long send(NotificationRequest r) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        if (r.key() == null || r.key().isBlank() || r.key().length() > 200) {
            errors.add(new DomainException.FieldError("key", "validation.NotBlank", "key"));
        }
        if (r.event() == null) {
            errors.add(new DomainException.FieldError("event", "validation.NotNull", "event"));
        }
        if (r.recipient() == null) {
            errors.add(new DomainException.FieldError("recipient", "validation.NotNull", "recipient"));
        }
        if (r.event() != null) {
            for (String name : r.event().variables()) {
                if (!r.variables().containsKey(name)) {
                    errors.add(new DomainException.FieldError("variables", "validation.missingVariable", name));
                }
            }
            if (r.channel() != null && !r.event().channels().contains(r.channel())) {
                errors.add(new DomainException.FieldError("channel", "validation.channelForEvent", r.channel(), r.event()));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        String key = "api:" + r.key().strip();
        Long orderId = r.orderNumber() == null ? null : orders.find(r.orderNumber())
                .map(o -> o.snapshot().id())
                .orElseThrow(() -> DomainException.invalid("orderNumber", "validation.unknownOrder", r.orderNumber()));
        About about = new About(orderId, r.orderNumber(), r.reference(), r.urgent());
        if (r.recipient() instanceof Recipient.Staff s) {
            if (r.event().audience() != NotificationEvent.Audience.STAFF) {
                throw DomainException.invalid("event", "validation.channelForEvent", Channel.IN_APP, r.event());
            }
            return outbox.toStaff(key, r.event(), s.staffId(), about, r.variables());
        }
        if (r.recipient() instanceof Recipient.StaffAddress s) {
            String email = address(s.email()).preference().email();
            if (r.event().audience() != NotificationEvent.Audience.SUBSCRIBER || email == null) {
                throw DomainException.invalid("recipient", "validation.address", s.email());
            }
            return outbox.toStaffByEmail(key, r.event(), s.staffId(), email, about, r.variables());
        }
        if (r.event().audience() != NotificationEvent.Audience.CUSTOMER) {
            throw DomainException.invalid("event", "validation.channelForEvent", r.channel(), r.event());
        }
        Contact contact = r.recipient() instanceof Recipient.Customer c
                ? contacts.ofCustomer(customers.byId(c.customerId())
                        .orElseThrow(() -> DomainException.notFound(ProblemCode.CUSTOMER_NOT_FOUND, c.customerId())))
                : address(((Recipient.Address) r.recipient()).address());
        return outbox.toCustomerOn(key, r.event(), contact, r.channel(), about, r.variables());
    }

    private static Contact address(String address) {
        Contact contact = Contacts.ofAddress(address);
        if (contact.mobile() == null && contact.preference().email() == null) {
            throw DomainException.invalid("recipient", "validation.address", address);
        }
        return contact;
    }

    @Override
    public Optional<DeliveryState> state(long notificationId) {
        return store.find(notificationId).map(this::state);
    }

    @Override
    public List<DeliveryState> byReference(String reference) {
        return store.byReference(reference).stream().map(this::state).toList();
    }

    @Override
    public List<DeliveryState> ofOrder(String orderNumber, CurrentStaff staff) {
        WorkOrder order = queries.get(orderNumber, staff);
        return store.ofOrder(order.snapshot().id()).stream().map(this::state).toList();
    }

    @Override
    public List<DeliveryState> ofCustomer(String accountNumber, CurrentStaff staff) {
        Customer customer = customers.visibleTo(accountNumber, staff);
        return store.ofCustomer(customer.id()).stream().map(this::state).toList();
    }

    /** Sends a FAILED or EXPIRED notification again as a new one; the failed row stays as it was, for the record. */
    @Transactional
    public long resend(long id, CurrentStaff staff) {
        if (!staff.hasAny(MAY_RESEND)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        NotificationRow original = store.find(id)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.NOTIFICATION_NOT_FOUND, id));
        NotificationRow row = store.lockForResend(id)
                .orElseThrow(() -> new DomainException(ProblemCode.NOTIFICATION_NOT_RESENDABLE, id, original.status()));
        if (row.address() == null && row.channel() != Channel.IN_APP
                || "OPTED_OUT".equals(row.lastError()) && contacts.optedOut(row.customerId())) {
            throw new DomainException(ProblemCode.NOTIFICATION_NOT_RESENDABLE, id, row.lastError());
        }
        long newId = outbox.queue(new Draft("resend:" + id, row.event(), row.channel(), row.recipientKind(),
                row.recipientId(), row.address(), row.locale(), row.orderId(), row.orderNumber(), row.customerId(),
                row.reference(), row.urgent(), row.legal(), row.subject(), row.body(),
                DeliveryStatus.QUEUED, null, clock.instant().plus(settings.validity())));
        store.linkResend(newId, id);
        return newId;
    }

    DeliveryState state(NotificationRow row) {
        String reason = row.status() == DeliveryStatus.DELIVERED ? null
                : row.status() == DeliveryStatus.QUEUED && row.deferredReason() != null ? row.deferredReason()
                : row.lastError();
        return new DeliveryState(row.id(), row.reference(), row.event(), row.channel(), row.status(), masked(row),
                row.attempts(), row.queuedAt(), row.sentAt(), row.deliveredAt(), row.failedAt(), row.expiredAt(),
                store.gatewayIds(row), reason);
    }

    static String masked(NotificationRow row) {
        if (row.address() == null) {
            return null;
        }
        return switch (row.channel()) {
            case SMS -> PhoneNumber.mask(row.address());
            case EMAIL -> maskEmail(row.address());
            case WEBHOOK -> java.net.URI.create(row.address()).getHost();
            default -> row.address();
        };
    }

    static String maskEmail(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "*" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }
}
