package com.griddesk.outage.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.griddesk.customer.Customer;
import com.griddesk.org.OrgDirectory;
import com.griddesk.outage.GridScope;
import com.griddesk.outage.GridTopology;
import com.griddesk.outage.GridTopology.Feeder;
import com.griddesk.outage.GridTopology.GridPlace;
import com.griddesk.outage.GridTopology.TransformerArea;
import com.griddesk.outage.OutageLevel;
import com.griddesk.shared.DomainException;

import org.springframework.stereotype.Component;

/** Turns places of the topology into the scopes of events. */
@Component
public class Places {

    private final GridTopology topology;
    private final OrgDirectory org;

    Places(GridTopology topology, OrgDirectory org) {
        this.topology = topology;
        this.org = org;
    }

    public GridScope area(GridPlace place) {
        return new GridScope(place.feeder().stationId(), path(place.feeder().stationId()), place.substation().code(),
                place.feeder().code(), place.area().code(), OutageLevel.AREA, Set.of(place.area().code()));
    }

    /** The whole feeder the place hangs on. */
    public GridScope feeder(GridPlace place) {
        return new GridScope(place.feeder().stationId(), path(place.feeder().stationId()), place.substation().code(),
                place.feeder().code(), null, OutageLevel.FEEDER, areasOf(place.feeder().code()));
    }

    public Set<String> areasOf(String feederCode) {
        Set<String> codes = new TreeSet<>();
        topology.areasOf(feederCode).forEach(a -> codes.add(a.code()));
        return codes;
    }

    /**
     * The scope a dispatcher names: a whole feeder, or some of its areas (one area, or a section).
     * Every area must be on one feeder.
     */
    public GridScope named(String feederCode, List<String> areaCodes) {
        Set<String> areas = new TreeSet<>();
        String feederOfAreas = null;
        for (String code : areaCodes == null ? List.<String>of() : areaCodes) {
            TransformerArea area = topology.area(code.strip())
                    .orElseThrow(() -> DomainException.invalid("areaCodes", "outage.validation.unknownArea", code));
            if (feederOfAreas != null && !feederOfAreas.equals(area.feederCode())) {
                throw DomainException.invalid("areaCodes", "outage.validation.areasOnOneFeeder");
            }
            feederOfAreas = area.feederCode();
            areas.add(area.code());
        }
        String code = feederOfAreas != null ? feederOfAreas : feederCode == null ? null : feederCode.strip();
        if (code == null || code.isEmpty()) {
            throw DomainException.invalid("feederCode", "outage.validation.scopeRequired");
        }
        Feeder feeder = topology.feeder(code)
                .orElseThrow(() -> DomainException.invalid("feederCode", "outage.validation.unknownFeeder", code));
        Set<String> all = areasOf(feeder.code());
        if (areas.isEmpty() || areas.equals(all)) {
            return new GridScope(feeder.stationId(), path(feeder.stationId()), feeder.substationCode(), feeder.code(), null,
                    OutageLevel.FEEDER, all);
        }
        OutageLevel level = areas.size() == 1 ? OutageLevel.AREA : OutageLevel.SECTION;
        return new GridScope(feeder.stationId(), path(feeder.stationId()), feeder.substationCode(), feeder.code(),
                areas.size() == 1 ? areas.iterator().next() : null, level, areas);
    }

    /** One customer's premise (arrears); the premise's area if the topology knows it. */
    public GridScope customer(Customer customer) {
        var place = topology.placeOf(customer);
        return new GridScope(customer.stationId(), path(customer.stationId()),
                place.map(p -> p.substation().code()).orElse(null),
                place.map(p -> p.feeder().code()).orElse(customer.feeder()), customer.transformerArea(),
                OutageLevel.CUSTOMER, Set.of());
    }

    public String path(long unitId) {
        return org.unit(unitId).path();
    }
}
