package com.griddesk.complaintguide.internal;

import java.util.List;

import com.griddesk.complaintguide.ComplaintGuides;
import com.griddesk.complaintguide.GuideStep;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.TransitionPrecondition;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderAction;
import com.griddesk.workorder.WorkOrderCommand;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** A complaint is resolved only once its handler has worked through the guide's mandatory steps. */
@Component
class GuideBeforeResolve implements TransitionPrecondition {

    private final ComplaintGuides guides;

    GuideBeforeResolve(ComplaintGuides guides) {
        this.guides = guides;
    }

    @Override
    public void check(WorkOrder order, WorkOrderAction action, WorkOrderCommand command) {
        if (action != WorkOrderAction.RESOLVE || !guides.applies(order.snapshot())) {
            return;
        }
        List<GuideStep> missing = guides.guide(order).missing();
        if (!missing.isEmpty()) {
            throw new DomainException(ProblemCode.COMPLAINT_GUIDE_INCOMPLETE, missing.stream()
                    // the step's name is resolved in the reader's language when the problem is written
                    .map(s -> new DomainException.FieldError("guide." + s.name(), "guide.missing",
                            new DefaultMessageSourceResolvable("guide.step." + s.name())))
                    .toList(), order.number());
        }
    }
}
