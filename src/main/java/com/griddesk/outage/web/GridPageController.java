package com.griddesk.outage.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.Role;
import com.griddesk.org.UnitLevel;
import com.griddesk.outage.GridTopology;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The grid topology: what is known per station, and the CSV import for administrators. */
@Controller
class GridPageController {

    private final GridTopology topology;
    private final OrgDirectory org;
    private final PageActions actions;

    GridPageController(GridTopology topology, OrgDirectory org, PageActions actions) {
        this.topology = topology;
        this.org = org;
        this.actions = actions;
    }

    record FeederLine(GridTopology.Feeder feeder, List<GridTopology.TransformerArea> areas) {
    }

    @GetMapping("/admin/grid")
    String grid(@RequestParam(required = false) String station,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentStaff staff, Model model) {
        List<OrgUnit> stations = org.units().stream()
                .filter(u -> u.level() == UnitLevel.STATION && staff.sees(u.path())).toList();
        OrgUnit chosen = stations.stream().filter(u -> u.code().equals(station)).findFirst()
                .orElse(stations.isEmpty() ? null : stations.get(0));
        model.addAttribute("stations", stations);
        model.addAttribute("station", chosen);
        model.addAttribute("feeders", chosen == null ? List.of() : topology.feedersOf(chosen.id()).stream()
                .map(f -> new FeederLine(f, topology.areasOf(f.code()))).toList());
        if (htmx != null) {
            return "outage/grid :: feeders";
        }
        model.addAttribute("summary", topology.summary());
        model.addAttribute("mayImport", staff.has(Role.ADMIN));
        return "outage/grid";
    }

    @PostMapping("/admin/grid/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String csv,
            CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return actions.run(() -> {
            if (!staff.has(Role.ADMIN)) {
                throw new DomainException(ProblemCode.ACCESS_DENIED);
            }
            GridTopology.ImportResult result = topology.importCsv(reader(file, csv), staff.actor());
            redirect.addFlashAttribute("imported", result);
            return "/admin/grid";
        }, "outage.grid.page.imported", null, "/admin/grid", locale, redirect);
    }

    private static Reader reader(MultipartFile file, String csv) {
        try {
            if (file != null && !file.isEmpty()) {
                return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
            }
        }
        catch (IOException ex) {
            throw DomainException.invalid("file", "outage.grid.unreadable");
        }
        if (csv == null || csv.isBlank()) {
            throw DomainException.invalid("file", "outage.grid.empty");
        }
        return new StringReader(csv);
    }
}
