package com.griddesk.customer;

import com.griddesk.shared.PhoneNumber;

/** A customer with the premise the account supplies. Phones are in clear here: mask before showing. */
public record Customer(long id, String accountNumber, String name, String phone, String phone2, String address,
        CustomerClass customerClass, VoltageLevel voltageLevel, long stationId, String transformerArea,
        String transformerAreaName, String feeder, String feederName, boolean elderlyAlone,
        boolean medicalEquipment, boolean repeatComplainer) {

    public boolean sensitive() {
        return elderlyAlone || medicalEquipment || repeatComplainer || customerClass == CustomerClass.IMPORTANT;
    }

    public String maskedPhone() {
        return PhoneNumber.mask(phone);
    }

    public String maskedPhone2() {
        return PhoneNumber.mask(phone2);
    }
}
