package com.griddesk.workorder;

import java.util.List;
import java.util.Optional;

/** The managed list of root causes, in display order. */
public interface RootCauses {

    Optional<RootCause> find(String code);

    List<RootCause> all();

    /** The active codes offered for a top-level type. */
    default List<RootCause> offeredFor(String typeCode) {
        return all().stream().filter(c -> c.offeredFor(typeCode)).toList();
    }
}
