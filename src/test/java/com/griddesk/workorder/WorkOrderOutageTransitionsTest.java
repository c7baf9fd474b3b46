package com.griddesk.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.griddesk.workorder.WorkOrderFixtures.AGENT;
import static com.griddesk.workorder.WorkOrderFixtures.TEAM;
import static com.griddesk.workorder.WorkOrderStatus.ACCEPTED;
import static com.griddesk.workorder.WorkOrderStatus.DISPATCHED;
import static com.griddesk.workorder.WorkOrderStatus.IN_PROGRESS;
import static com.griddesk.workorder.WorkOrderStatus.NEW;
import static com.griddesk.workorder.WorkOrderStatus.RESOLVED;
import static com.griddesk.workorder.WorkOrderStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two transitions an outage event drives: attaching a call to it, and resolving the call with its restoration. */
class WorkOrderOutageTransitionsTest {

    private static final Instant LATER = WorkOrderFixtures.T0.plusSeconds(3600);
    private static final Assignment CREW = new Assignment(13, "/1/2/10/11/13/", null);

    /** Where attaching leaves an order, per open status: undispatched orders go to the crew. */
    private static final Map<WorkOrderStatus, WorkOrderStatus> ATTACH = Map.of(NEW, DISPATCHED, RETURNED, DISPATCHED,
            DISPATCHED, DISPATCHED, ACCEPTED, ACCEPTED, IN_PROGRESS, IN_PROGRESS);

    @ParameterizedTest(name = "attach from {0}")
    @EnumSource(WorkOrderStatus.class)
    void attaching_is_allowed_from_every_open_status_and_refused_from_the_others(WorkOrderStatus from) {
        WorkOrder order = WorkOrderFixtures.inStatus(from);
        int entries = order.newTimelineEntries().size();
        if (ATTACH.containsKey(from)) {
            order.attachToOutage("TD202607150000001", CREW, AGENT, LATER);
            assertThat(order.status()).isEqualTo(ATTACH.get(from));
            assertThat(order.newTimelineEntries().get(order.newTimelineEntries().size() - 1).action())
                    .isEqualTo("OUTAGE_ATTACHED");
        }
        else {
            WorkOrderSnapshot before = order.snapshot();
            assertThatThrownBy(() -> order.attachToOutage("TD202607150000001", CREW, AGENT, LATER))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ProblemCode.ILLEGAL_TRANSITION));
            assertThat(order.snapshot()).isEqualTo(before);
            assertThat(order.newTimelineEntries()).hasSize(entries);
        }
    }

    @Test
    void an_undispatched_call_goes_to_the_crew_and_says_it_was_dispatched_and_attached() {
        WorkOrder order = WorkOrderFixtures.newOrder("FAULT_REPAIR");
        order.attachToOutage("TD202607150000001", CREW, AGENT, LATER);
        List<WorkOrderEvent> events = order.saved(1, 0);
        assertThat(order.snapshot().unitId()).isEqualTo(CREW.unitId());
        assertThat(order.snapshot().dispatchedAt()).isEqualTo(LATER);
        assertThat(events).hasAtLeastOneElementOfType(WorkOrderDispatched.class);
        assertThat(events).filteredOn(WorkOrderAttachedToOutage.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((WorkOrderAttachedToOutage) e).outageNumber()).isEqualTo("TD202607150000001"));
    }

    @Test
    void a_call_already_accepted_keeps_its_team_and_person() {
        WorkOrder order = WorkOrderFixtures.inStatus(ACCEPTED);
        WorkOrderSnapshot before = order.snapshot();
        order.attachToOutage("TD202607150000001", CREW, AGENT, LATER);
        assertThat(order.snapshot().unitId()).isEqualTo(before.unitId());
        assertThat(order.snapshot().assigneeId()).isEqualTo(before.assigneeId());
        assertThat(order.saved(1, 0)).noneMatch(e -> e instanceof WorkOrderDispatched && e.at().equals(LATER));
    }

    @Test
    void an_outage_number_is_required_to_attach() {
        WorkOrder order = WorkOrderFixtures.newOrder("FAULT_REPAIR");
        assertThatThrownBy(() -> order.attachToOutage(" ", CREW, AGENT, LATER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.VALIDATION_FAILED));
        assertThat(order.status()).isEqualTo(NEW);
    }

    @Test
    void restoration_resolves_with_its_own_event_and_cancels_open_sub_tasks() {
        WorkOrder order = WorkOrderFixtures.inStatus(DISPATCHED);
        order.openSubTask(20, null, "请运检核实线路", AGENT, LATER);
        order.resolveByRestoration("TD202607150000001", "线路故障已修复，恢复供电", "VEGETATION", Responsibility.FORCE_MAJEURE,
                AGENT, LATER);
        assertThat(order.status()).isEqualTo(RESOLVED);
        assertThat(order.snapshot().resolution()).isEqualTo("线路故障已修复，恢复供电");
        assertThat(order.snapshot().resolvedAt()).isEqualTo(LATER);
        assertThat(order.subTasks()).allMatch(t -> t.status() == SubTaskStatus.CANCELLED);
        assertThat(order.saved(1, 0)).filteredOn(WorkOrderResolvedByRestoration.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((WorkOrderResolvedByRestoration) e).outageNumber()).isEqualTo("TD202607150000001"));
    }

    @Test
    void restoration_needs_a_result_a_root_cause_and_a_responsibility() {
        WorkOrder order = WorkOrderFixtures.inStatus(IN_PROGRESS);
        assertThatThrownBy(() -> order.resolveByRestoration("TD202607150000001", "", "VEGETATION", Responsibility.COMPANY,
                AGENT, LATER)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> order.resolveByRestoration("TD202607150000001", "已恢复", " ", Responsibility.COMPANY,
                AGENT, LATER)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> order.resolveByRestoration("TD202607150000001", "已恢复", "VEGETATION", null, AGENT, LATER))
                .isInstanceOf(DomainException.class);
        assertThat(order.status()).isEqualTo(IN_PROGRESS);
    }
}
