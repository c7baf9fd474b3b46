package com.griddesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.dispatch.Route;
import com.griddesk.dispatch.Routing;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.StaffMember;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.DomainException.FieldError;
import com.griddesk.shared.PhoneNumber;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.NewWorkOrder;
import com.griddesk.workorder.Taxonomy;
import com.griddesk.workorder.TaxonomyEntry;
import com.griddesk.workorder.Urgency;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderSummary;
import com.griddesk.workorder.WorkOrders;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Turns a demand into a work order, or into a reminder on the caller's open one. */
@Service
public class Intake {

    static final int MAX_TEXT = 4000;
    static final int MAX_LINE = 200;

    private final CustomerDirectory customers;
    private final Taxonomy taxonomy;
    private final Routing routing;
    private final WorkOrders workOrders;
    private final WorkOrderQueries queries;
    private final com.griddesk.intake.internal.IntakeSupport support;
    private final DemandClassifier classifier;

    Intake(CustomerDirectory customers, Taxonomy taxonomy, Routing routing, WorkOrders workOrders,
            WorkOrderQueries queries, com.griddesk.intake.internal.IntakeSupport support, DemandClassifier classifier) {
        this.customers = customers;
        this.taxonomy = taxonomy;
        this.routing = routing;
        this.workOrders = workOrders;
        this.queries = queries;
        this.support = support;
        this.classifier = classifier;
    }

    @Transactional
    public IntakeResult take(IntakeRequest request, CurrentStaff staff, String idempotencyKey) {
        Classification classification = validate(request);
        if (idempotencyKey != null) {
            Optional<IntakeResult> earlier = support.claim(staff.id(), idempotencyKey, request);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        IntakeResult result = takeOnce(request, classification, staff);
        if (idempotencyKey != null) {
            support.complete(staff.id(), idempotencyKey, result);
        }
        return result;
    }

    /**
     * Takes the demand and reads what to answer in the same transaction, after every module's
     * before-commit work: the answer shows the order as it commits without a second round of reads.
     */
    @Transactional
    public <T> Answered<T> take(IntakeRequest request, CurrentStaff staff, String idempotencyKey,
            Function<IntakeResult, T> answer) {
        IntakeResult result = take(request, staff, idempotencyKey);
        Answered<T> answered = new Answered<>(result, () -> answer.apply(result));
        TransactionSynchronizationManager.registerSynchronization(answered);
        return answered;
    }

    private IntakeResult takeOnce(IntakeRequest r, Classification c, CurrentStaff staff) {
        Customer customer = null;
        if (r.accountNumber() != null && !r.accountNumber().isBlank()) {
            customer = customers.byAccountNumber(r.accountNumber())
                    .filter(found -> staff.sees(support.stationPath(found.stationId())))
                    .orElseThrow(() -> DomainException.invalid("accountNumber", "validation.unknownAccount", r.accountNumber()));
        }
        String phone = new PhoneNumber(r.contactPhone()).value();
        if (!r.insist() && r.firstContactAnswer() == null) {
            Optional<WorkOrderSummary> open = openOrderOfSameType(customer, phone, c.type(), staff);
            if (open.isPresent()) {
                WorkOrder reminded = workOrders.remindOnRepeatCall(open.get().number(),
                        support.repeatCallNote(r.channel(), r.description()), staff.actor());
                return new IntakeResult(reminded.number(), IntakeOutcome.REMINDER_ADDED, false);
            }
        }
        Route route = routing.route(c.category() != null ? c.category() : c.type(),
                customer == null ? null : customer.stationId(), r.address());
        OrgUnit owner = route.owner();
        NewWorkOrder spec = new NewWorkOrder(workOrders.nextNumber(), r.channel(), c.type(), c.category(),
                customer == null ? null : customer.id(), customer == null ? null : customer.accountNumber(),
                r.contactName().strip(), phone, r.address().strip(), r.description().strip(),
                owner.level() == com.griddesk.org.UnitLevel.STATION ? owner.id() : null,
                new Assignment(owner.id(), owner.path(), null),
                route.coordinator().map(StaffMember::id).orElse(null),
                c.suggestion().urgent() ? Urgency.URGENT : Urgency.NORMAL);
        WorkOrder order = workOrders.open(spec, blankToNull(r.firstContactAnswer()), staff.actor());
        classifier.classified(new DemandClassifier.ClassifiedDemand(order.id(), order.number(), r.channel(),
                spec.description(), c.suggestion(), c.type(), c.category(), c.chosen(), staff.id()));
        return new IntakeResult(order.number(), IntakeOutcome.CREATED, false);
    }

    private Optional<WorkOrderSummary> openOrderOfSameType(Customer customer, String phone, String type,
            CurrentStaff staff) {
        List<WorkOrderSummary> open = queries.openOrdersOf(customer == null ? null : customer.id(), phone, staff);
        return open.stream().filter(o -> o.typeCode().equals(type)).findFirst();
    }

    /** The type and category the order gets; {@code chosen} when the agent or channel named them. */
    record Classification(String type, String category, boolean chosen, DemandClassifier.DemandClassification suggestion) {
    }

    private Classification validate(IntakeRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.channel() == null) {
            errors.add(new FieldError("channel", "validation.NotNull", "channel"));
        }
        requireText(errors, "contactName", r.contactName(), MAX_LINE);
        requireText(errors, "contactPhone", r.contactPhone(), 40);
        requireText(errors, "address", r.address(), MAX_LINE);
        requireText(errors, "description", r.description(), MAX_TEXT);
        if (r.contactPhone() != null && !r.contactPhone().isBlank() && !PhoneNumber.isValid(r.contactPhone())) {
            errors.add(new FieldError("contactPhone", "validation.phone", r.contactPhone()));
        }
        if (r.accountNumber() != null && !r.accountNumber().isBlank()
                && !com.griddesk.customer.AccountNumber.isValid(r.accountNumber())) {
            errors.add(new FieldError("accountNumber", "validation.accountNumber", r.accountNumber()));
        }
        String type = blankToNull(r.type());
        String category = blankToNull(r.category());
        if (type != null) {
            Optional<TaxonomyEntry> entry = taxonomy.find(type).filter(TaxonomyEntry::isTopLevel);
            if (entry.isEmpty()) {
                errors.add(new FieldError("type", "validation.unknownType", type));
            }
        }
        if (category != null) {
            Optional<TaxonomyEntry> entry = taxonomy.find(category).filter(e -> !e.isTopLevel());
            if (entry.isEmpty()) {
                errors.add(new FieldError("category", "validation.unknownCategory", category));
            }
            else if (type != null && !entry.get().topLevel().equals(type)) {
                errors.add(new FieldError("category", "validation.categoryNotOfType", category, type));
            }
            else {
                type = entry.get().topLevel();
            }
        }
        DemandClassifier.DemandClassification suggestion = null;
        boolean chosen = type != null;
        if (errors.isEmpty()) {
            suggestion = classifier.classify(r.description().strip(), r.channel());
            if (type == null) {
                type = suggestion.typeCode();
                category = suggestion.categoryCode();
            }
        }
        if (r.firstContactAnswer() != null && !r.firstContactAnswer().isBlank() && type != null
                && !"CONSULTATION".equals(type)) {
            errors.add(new FieldError("firstContactAnswer", "validation.firstContactOnlyConsultation"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        return new Classification(type, category, chosen, suggestion);
    }

    private static void requireText(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.NotBlank", field));
        }
        else if (value.length() > max) {
            errors.add(new FieldError(field, "validation.Size", field, max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
