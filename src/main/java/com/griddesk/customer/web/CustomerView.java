package com.griddesk.customer.web;

import com.griddesk.customer.Customer;
import com.griddesk.org.OrgUnit;

/** A customer as the API shows it: phones masked unless revealed. */
record CustomerView(String accountNumber, String name, String phone, String phone2, String address,
        String customerClass, String voltageLevel, String stationCode, String stationName,
        String transformerArea, String transformerAreaName, String feeder, String feederName,
        Sensitivity sensitivity, boolean phonesMasked) {

    record Sensitivity(boolean elderlyAlone, boolean medicalEquipment, boolean repeatComplainer, boolean important) {
    }

    static CustomerView of(Customer c, OrgUnit station, boolean reveal) {
        return new CustomerView(c.accountNumber(), c.name(), reveal ? c.phone() : c.maskedPhone(),
                reveal ? c.phone2() : c.maskedPhone2(), c.address(), c.customerClass().name(),
                c.voltageLevel().name(), station.code(), station.nameZh(), c.transformerArea(),
                c.transformerAreaName(), c.feeder(), c.feederName(),
                new Sensitivity(c.elderlyAlone(), c.medicalEquipment(), c.repeatComplainer(),
                        c.customerClass() == com.griddesk.customer.CustomerClass.IMPORTANT),
                !reveal);
    }
}
