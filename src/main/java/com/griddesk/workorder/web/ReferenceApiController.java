package com.griddesk.workorder.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.griddesk.workorder.RootCause;
import com.griddesk.workorder.RootCauses;
import com.griddesk.workorder.Taxonomy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reference lists an API client needs to fill in orders: the taxonomy and the root causes. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data")
class ReferenceApiController {

    record TaxonomyView(String code, String parent, String type, String name, boolean leaf) {
    }

    record RootCauseView(String code, String name, String defaultResponsibility, Set<String> types, boolean active) {
    }

    private final Taxonomy taxonomy;
    private final RootCauses rootCauses;

    ReferenceApiController(Taxonomy taxonomy, RootCauses rootCauses) {
        this.taxonomy = taxonomy;
        this.rootCauses = rootCauses;
    }

    @GetMapping("/taxonomy")
    @Operation(summary = "Work-order types and categories (shared/domain/taxonomy.csv)")
    List<TaxonomyView> taxonomy() {
        Locale locale = LocaleContextHolder.getLocale();
        return taxonomy.all().stream()
                .map(e -> new TaxonomyView(e.code(), e.parent(), e.topLevel(), e.name(locale), e.leaf()))
                .toList();
    }

    @GetMapping("/root-causes")
    @Operation(summary = "The managed root-cause list an order is resolved with")
    List<RootCauseView> rootCauses(@Parameter(description = "only the active codes offered for this top-level type")
            @RequestParam(required = false) String type) {
        Locale locale = LocaleContextHolder.getLocale();
        List<RootCause> causes = type == null || type.isBlank() ? rootCauses.all() : rootCauses.offeredFor(type.strip());
        return causes.stream()
                .map(c -> new RootCauseView(c.code(), c.name(locale),
                        c.defaultResponsibility() == null ? null : c.defaultResponsibility().name(), c.types(), c.active()))
                .toList();
    }
}
