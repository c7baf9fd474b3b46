package com.griddesk.notification;

/** Whom a notification goes to. */
public sealed interface Recipient {

    /** A customer, reached at the phone / e-mail their preferences name. */
    record Customer(long customerId) implements Recipient {
    }

    /** A member of staff, in-app. */
    record Staff(long staffId) implements Recipient {
    }

    /** A member of staff by e-mail, at the address they gave (a report subscription): no quiet hours, no opt-out. */
    record StaffAddress(long staffId, String email) implements Recipient {
    }

    /** A phone number or e-mail address given by the caller (e.g. a contact without account). */
    record Address(String address) implements Recipient {
    }

    static Recipient customer(long customerId) {
        return new Customer(customerId);
    }

    static Recipient staff(long staffId) {
        return new Staff(staffId);
    }

    static Recipient staffEmail(long staffId, String email) {
        return new StaffAddress(staffId, email);
    }

    static Recipient address(String address) {
        return new Address(address);
    }
}
