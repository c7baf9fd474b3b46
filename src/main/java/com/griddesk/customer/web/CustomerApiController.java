package com.griddesk.customer.web;

import java.util.List;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.customer.PhoneReveals;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerApiController {

    private final CustomerDirectory customers;
    private final PhoneReveals reveals;
    private final OrgDirectory org;

    CustomerApiController(CustomerDirectory customers, PhoneReveals reveals, OrgDirectory org) {
        this.customers = customers;
        this.reveals = reveals;
        this.org = org;
    }

    @GetMapping("/{accountNumber}")
    @Operation(summary = "A customer by account number (户号); phone numbers masked")
    CustomerView get(@PathVariable String accountNumber, CurrentStaff staff) {
        Customer customer = customers.visibleTo(accountNumber, staff);
        return CustomerView.of(customer, org.unit(customer.stationId()), false);
    }

    @GetMapping
    @Operation(summary = "Search customers by account number, phone, name or address")
    List<CustomerView> search(@Parameter(description = "account number, phone, exact name or part of the address")
            @RequestParam String q, @RequestParam(defaultValue = "20") int limit, CurrentStaff staff) {
        return customers.search(q, staff, Math.min(Math.max(limit, 1), 100)).stream()
                .map(c -> CustomerView.of(c, org.unit(c.stationId()), false)).toList();
    }

    @PostMapping("/{accountNumber}/phone-reveal")
    @Operation(summary = "Show the customer's phone numbers in clear; the reveal is recorded")
    CustomerView reveal(@PathVariable String accountNumber, CurrentStaff staff) {
        Customer customer = customers.visibleTo(accountNumber, staff);
        reveals.record(staff, customer.id(), null, "api:customer");
        return CustomerView.of(customer, org.unit(customer.stationId()), true);
    }
}
