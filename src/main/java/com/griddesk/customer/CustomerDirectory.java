package com.griddesk.customer;

import java.util.List;
import java.util.Optional;

import com.griddesk.org.CurrentStaff;

/** Finds customers; every lookup is bounded by the caller's data scope. */
public interface CustomerDirectory {

    Optional<Customer> byAccountNumber(String accountNumber);

    Optional<Customer> byId(long id);

    /** Customers whose account number, phone, name or address matches, within the caller's scope. */
    List<Customer> search(String query, CurrentStaff staff, int limit);

    /** Every customer whose premise is fed by one of the transformer areas (for the system: no data scope). */
    List<Customer> inTransformerAreas(java.util.Collection<String> areaCodes);

    /** How many customers the units under the path (a prefix of org_unit.path) serve: for rates per 10,000 customers. */
    long countUnder(String unitPath);

    /** The account number, if found, and visible to the caller; else a customer-not-found problem. */
    Customer visibleTo(String accountNumber, CurrentStaff staff);
}
