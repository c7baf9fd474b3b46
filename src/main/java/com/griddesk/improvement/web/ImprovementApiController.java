package com.griddesk.improvement.web;

import java.time.LocalDate;
import java.util.List;

import com.griddesk.improvement.ActionFilter;
import com.griddesk.improvement.ActionState;
import com.griddesk.improvement.Effect;
import com.griddesk.improvement.HistoryEntry;
import com.griddesk.improvement.ImprovementAction;
import com.griddesk.improvement.ImprovementActions;
import com.griddesk.improvement.LinkedOrder;
import com.griddesk.improvement.ScopeKind;
import com.griddesk.org.CurrentStaff;

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
@RequestMapping("/api/v1/improvement-actions")
@Tag(name = "Improvement actions")
class ImprovementApiController {

    private final ImprovementActions actions;

    ImprovementApiController(ImprovementActions actions) {
        this.actions = actions;
    }

    record Detail(ActionView action, Effect effect, List<LinkedOrder> orders, List<HistoryEntry> history) {
    }

    record AcceptRequest(Long ownerId, LocalDate dueDate, String plan) {
    }

    record ImplementRequest(String evidence) {
    }

    record NoteRequest(String note) {
    }

    @GetMapping
    @Operation(summary = "Improvement actions in the caller's units; filters state, scopeKind, rootCause, overdue, ownerId")
    List<ActionView> list(@RequestParam(required = false) ActionState state, @RequestParam(required = false) ScopeKind scopeKind,
            @RequestParam(required = false) String rootCause, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Long ownerId, CurrentStaff staff) {
        LocalDate today = actions.today();
        return actions.list(new ActionFilter(state, scopeKind, rootCause, overdue, ownerId), staff).stream()
                .map(a -> ActionView.of(a, today)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The action, its before/after effect, the orders behind it and its history")
    Detail get(@PathVariable long id, CurrentStaff staff) {
        return detail(actions.get(id, staff), staff);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a proposed action with an owner, due date and plan (supervisor, coordinator)")
    Detail accept(@PathVariable long id, @RequestBody(required = false) AcceptRequest body, CurrentStaff staff) {
        AcceptRequest r = body == null ? new AcceptRequest(null, null, null) : body;
        return detail(actions.accept(id, r.ownerId(), r.dueDate(), r.plan(), staff), staff);
    }

    @PostMapping("/{id}/implement")
    @Operation(summary = "Record the implementation with its evidence (the owner)")
    Detail implement(@PathVariable long id, @RequestBody(required = false) ImplementRequest body, CurrentStaff staff) {
        return detail(actions.implement(id, body == null ? null : body.evidence(), staff), staff);
    }

    @PostMapping("/{id}/verify")
    @Operation(summary = "Verify an implemented action (another person than the owner)")
    Detail verify(@PathVariable long id, @RequestBody(required = false) NoteRequest body, CurrentStaff staff) {
        return detail(actions.verify(id, body == null ? null : body.note(), staff), staff);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject the implementation back to the owner with a reason (another person than the owner)")
    Detail reject(@PathVariable long id, @RequestBody(required = false) NoteRequest body, CurrentStaff staff) {
        return detail(actions.reject(id, body == null ? null : body.note(), staff), staff);
    }

    private Detail detail(ImprovementAction a, CurrentStaff staff) {
        return new Detail(ActionView.of(a, actions.today()), actions.effect(a.id(), staff), actions.orders(a.id(), staff),
                actions.history(a.id(), staff));
    }
}
