package com.griddesk.demo;

import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class CopyDemoPopulation implements DemoPopulation {

    private final CopyWriter copy;
    private final JdbcClient jdbc;
    private final DemoSettings settings;
    private final DemoHistory history;
    private final DemoGrid grid;

    CopyDemoPopulation(CopyWriter copy, JdbcClient jdbc, DemoSettings settings, DemoHistory history, DemoGrid grid) {
        this.copy = copy;
        this.jdbc = jdbc;
        this.settings = settings;
        this.history = history;
        this.grid = grid;
    }

    @Override
    public Counts populate(List<DemoOrganisation.Unit> units, Random random) {
        List<DemoCustomers.Premise> premises = DemoCustomers.premises(units, random);
        if (settings.grid()) {
            grid.write(premises, units);
        }
        List<DemoCustomers.DemoCustomer> customers = DemoCustomers.customers(settings.customers(), premises, units, random);
        CopyWriter.Batch batch = copy.batch("customer", "id, account_number, name, phone, phone2, address, customer_class, "
                + "voltage_level, station_id, transformer_area, transformer_area_name, feeder, feeder_name, "
                + "elderly_alone, medical_equipment, repeat_complainer");
        for (DemoCustomers.DemoCustomer c : customers) {
            DemoCustomers.Premise p = c.premise();
            batch.row(c.index() + 1, c.accountNumber(), c.name(), c.phone(),
                    random.nextInt(10) == 0 ? ChineseNames.mobile(random) : null, c.address(), c.customerClass(),
                    DemoCustomers.voltage(c.customerClass(), random), p.stationId(), p.transformerArea(),
                    p.transformerAreaName(), p.feeder(), p.feederName(), c.elderlyAlone(), c.medicalEquipment(),
                    c.repeatComplainer());
        }
        batch.flush();
        jdbc.sql("select setval(pg_get_serial_sequence('customer', 'id'), (select coalesce(max(id), 1) from customer))")
                .query(Long.class).single();
        int orders = history.write(customers, random);
        return new Counts(customers.size(), orders);
    }
}
