package com.griddesk.notification.internal;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.notification.CustomerPreference;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.stereotype.Component;

/** Where to reach the customer of an order, or a customer by id: phone from the order or the customer, the rest from the preferences. */
@Component
class Contacts {

    private final CustomerDirectory customers;
    private final Preferences preferences;

    Contacts(CustomerDirectory customers, Preferences preferences) {
        this.customers = customers;
        this.preferences = preferences;
    }

    /** The caller of the order is who hears about it: their phone first, the account's if they gave none we can text. */
    Contact ofOrder(WorkOrderSnapshot order) {
        CustomerPreference preference = preferences.of(order.customerId());
        String mobile = Contact.mobileOrNull(order.contactPhone());
        if (mobile == null && order.customerId() != null) {
            mobile = customers.byId(order.customerId()).map(c -> Contact.mobileOrNull(c.phone())).orElse(null);
        }
        return new Contact(order.customerId(), order.contactName(), mobile, preference);
    }

    Contact ofCustomer(Customer customer) {
        String mobile = Contact.mobileOrNull(customer.phone());
        if (mobile == null) {
            mobile = Contact.mobileOrNull(customer.phone2());
        }
        return new Contact(customer.id(), customer.name(), mobile, preferences.of(customer.id()));
    }

    boolean optedOut(Long customerId) {
        return preferences.of(customerId).optedOut();
    }

    /** A bare phone number or e-mail address, with default preferences. */
    static Contact ofAddress(String address) {
        String mobile = Contact.mobileOrNull(address);
        String email = mobile == null && address != null && address.contains("@") ? address.strip() : null;
        return new Contact(null, null, mobile, new CustomerPreference(email, true, true, false, "zh-CN"));
    }
}
