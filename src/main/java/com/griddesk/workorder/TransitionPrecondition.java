package com.griddesk.workorder;

/**
 * A rule another module adds to a transition without the aggregate knowing that module: a
 * complaint's handling guide must be worked through before it is resolved, its service recovery
 * completed before it is closed. Checked on the locked order, in the transition's transaction, only
 * when the order's status allows the action at all.
 */
public interface TransitionPrecondition {

    /**
     * Throws a {@link com.griddesk.shared.DomainException} with the rule's own problem code and the
     * missing items as field errors when {@code command} may not happen yet.
     */
    void check(WorkOrder order, WorkOrderAction action, WorkOrderCommand command);
}
