package com.griddesk.workorder;

import java.util.List;
import java.util.Optional;

/** The work-order types (top level) and categories (below), as reference data. */
public interface Taxonomy {

    Optional<TaxonomyEntry> find(String code);

    List<TaxonomyEntry> all();

    List<TaxonomyEntry> topLevel();

    /** Categories below a type, in file order. */
    List<TaxonomyEntry> below(String typeCode);
}
