package com.griddesk.demo;

import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

/** Two years of work orders for the demo customers. */
@Component
class DemoHistory {

    int write(List<DemoCustomers.DemoCustomer> customers, List<DemoOrganisation.Unit> units, Random random) {
        return 0;
    }
}
