package com.griddesk.outage.web;

import java.io.StringReader;
import java.util.List;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.Role;
import com.griddesk.outage.GridTopology;
import com.griddesk.outage.OutageQueries;
import com.griddesk.outage.OutageView;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/grid")
@Tag(name = "Grid topology")
class GridApiController {

    private final GridTopology topology;
    private final CustomerDirectory customers;
    private final OutageQueries outages;
    private final OrgDirectory org;

    GridApiController(GridTopology topology, CustomerDirectory customers, OutageQueries outages, OrgDirectory org) {
        this.topology = topology;
        this.customers = customers;
        this.outages = outages;
        this.org = org;
    }

    /** Where a customer hangs on the grid, and the outages at the premise. */
    record CustomerPlace(String accountNumber, String stationCode, GridTopology.GridPlace place,
            List<OutageView> outages) {
    }

    @GetMapping("/customers/{accountNumber}")
    @Operation(summary = "Where the customer's premise hangs (substation → feeder → transformer area) and its outages")
    CustomerPlace customer(@PathVariable String accountNumber, CurrentStaff staff) {
        Customer c = customers.visibleTo(accountNumber, staff);
        return new CustomerPlace(c.accountNumber(), org.unit(c.stationId()).code(), topology.placeOf(c).orElse(null),
                outages.relevantTo(c, staff));
    }

    @GetMapping("/feeders")
    @Operation(summary = "The feeders a supply station looks after")
    List<GridTopology.Feeder> feeders(@RequestParam String station, CurrentStaff staff) {
        var unit = org.unitByCode(station).filter(u -> staff.sees(u.path()))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.UNIT_NOT_FOUND, station));
        return topology.feedersOf(unit.id());
    }

    @GetMapping("/feeders/{code}/areas")
    List<GridTopology.TransformerArea> areas(@PathVariable String code, CurrentStaff staff) {
        GridTopology.Feeder feeder = topology.feeder(code).filter(f -> staff.sees(org.unit(f.stationId()).path()))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.NOT_FOUND, code));
        return topology.areasOf(feeder.code());
    }

    @PostMapping(path = "/import", consumes = { "text/csv", "text/plain" })
    @Operation(summary = "Import substations, feeders and transformer areas from CSV (administrators; all lines or none)",
            description = "Header: substation_code,substation_name,feeder_code,feeder_name,area_code,area_name,station_code")
    GridTopology.ImportResult importCsv(@RequestBody String csv, CurrentStaff staff) {
        if (!staff.has(Role.ADMIN)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        return topology.importCsv(new StringReader(csv), staff.actor());
    }
}
