package com.griddesk.demo;

import java.util.List;
import java.util.Random;

/** Customers and work-order history of the demo world. */
interface DemoPopulation {

    record Counts(int customers, int orders) {
    }

    Counts populate(List<DemoOrganisation.Unit> units, Random random);
}
