package com.griddesk.workorder;

import java.time.Instant;
import java.util.List;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.junit.jupiter.api.Test;

import static com.griddesk.workorder.WorkOrderFixtures.AGENT;
import static com.griddesk.workorder.WorkOrderFixtures.HANDLER;
import static com.griddesk.workorder.WorkOrderFixtures.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkOrderRulesTest {

    private static final Instant T = WorkOrderFixtures.T0.plusSeconds(600);

    @Test
    void an_order_cannot_be_resolved_while_a_sub_task_is_open() {
        WorkOrder order = WorkOrderFixtures.inStatus(WorkOrderStatus.ACCEPTED);
        order.openSubTask(30, null, "请计量班核实表计", AGENT, T);

        assertThatThrownBy(() -> order.resolve("已处理", "METERING_ERROR", Responsibility.COMPANY, HANDLER, T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.OPEN_SUB_TASKS));

        order.finishSubTask(1, SubTaskStatus.DONE, "表计正常", HANDLER, T);
        order.resolve("已处理", "METERING_ERROR", Responsibility.COMPANY, HANDLER, T);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.RESOLVED);
    }

    @Test
    void sub_tasks_are_numbered_within_the_order_and_finish_once() {
        WorkOrder order = WorkOrderFixtures.inStatus(WorkOrderStatus.IN_PROGRESS);
        order.openSubTask(30, null, "计量班核实", AGENT, T);
        order.openSubTask(31, 9L, "营销部核实电费", AGENT, T);
        assertThat(order.subTasks()).extracting(SubTask::no).containsExactly(1, 2);

        order.finishSubTask(2, SubTaskStatus.CANCELLED, "不需要", AGENT, T);
        assertThatThrownBy(() -> order.finishSubTask(2, SubTaskStatus.DONE, "again", AGENT, T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.ILLEGAL_TRANSITION));
    }

    @Test
    void rework_goes_back_to_the_same_handler_with_the_customers_words_and_counts() {
        WorkOrder order = WorkOrderFixtures.inStatus(WorkOrderStatus.RESOLVED);
        Long handler = order.snapshot().assigneeId();

        order.rework("客户说晚上还是停电", AGENT, T);

        assertThat(order.status()).isEqualTo(WorkOrderStatus.DISPATCHED);
        assertThat(order.snapshot().assigneeId()).isEqualTo(handler);
        assertThat(order.snapshot().reworkCount()).isEqualTo(1);
        assertThat(order.snapshot().reopenCount()).isZero();
        assertThat(order.snapshot().resolvedAt()).isNull();
        assertThat(order.newTimelineEntries()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("REWORKED");
            assertThat(e.note()).isEqualTo("客户说晚上还是停电");
        });
        List<WorkOrderEvent> events = order.saved(1, 1);
        assertThat(events).last().isEqualTo(new WorkOrderReworked(1, order.number(), T, AGENT.staffId(), "客户说晚上还是停电", 1));

        order.accept(HANDLER, T);
        order.resolve("更换进户线", "CONSTRUCTION_QUALITY", Responsibility.COMPANY, HANDLER, T);
        order.rework("还是不行", AGENT, T);
        assertThat(order.snapshot().reworkCount()).isEqualTo(2);
        assertThatThrownBy(() -> order.rework(" ", AGENT, T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.ILLEGAL_TRANSITION));
    }

    @Test
    void rework_needs_the_customers_words() {
        WorkOrder order = WorkOrderFixtures.inStatus(WorkOrderStatus.RESOLVED);
        assertThatThrownBy(() -> order.rework(" ", AGENT, T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.VALIDATION_FAILED));
        assertThat(order.status()).isEqualTo(WorkOrderStatus.RESOLVED);
    }

    @Test
    void each_reminder_counts_and_raises_the_urgency_up_to_urgent() {
        WorkOrder order = WorkOrderFixtures.inStatus(WorkOrderStatus.DISPATCHED);
        order.remind("第二次来电", AGENT, T);
        assertThat(order.snapshot().reminderCount()).isEqualTo(1);
        assertThat(order.snapshot().urgency()).isEqualTo(Urgency.HIGH);
        order.remind("第三次来电", AGENT, T);
        order.remind("第四次来电", AGENT, T);
        assertThat(order.snapshot().reminderCount()).isEqualTo(3);
        assertThat(order.snapshot().urgency()).isEqualTo(Urgency.URGENT);
    }

    @Test
    void a_consultation_answered_on_first_contact_closes_at_once() {
        WorkOrder order = WorkOrderFixtures.newOrder("CONSULTATION");
        order.answerOnFirstContact("阶梯电价第一档为每月200度以内", AGENT, T);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.CLOSED);
        assertThat(order.snapshot().firstContactResolution()).isTrue();
        assertThat(order.snapshot().closedAt()).isEqualTo(T);
    }

    @Test
    void only_consultations_can_be_answered_on_first_contact() {
        WorkOrder order = WorkOrderFixtures.newOrder("COMPLAINT");
        assertThatThrownBy(() -> order.answerOnFirstContact("已解释", AGENT, T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.VALIDATION_FAILED));
        assertThat(order.status()).isEqualTo(WorkOrderStatus.NEW);
    }

    @Test
    void resolving_needs_a_result_a_root_cause_and_a_responsibility() {
        WorkOrder order = WorkOrderFixtures.inStatus(WorkOrderStatus.ACCEPTED);
        assertThatThrownBy(() -> order.resolve(" ", "EQUIPMENT_AGEING", Responsibility.COMPANY, HANDLER, T))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("result"));
        assertThatThrownBy(() -> order.resolve("已修复", null, Responsibility.COMPANY, HANDLER, T))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("rootCause"));
        assertThatThrownBy(() -> order.resolve("已修复", "EQUIPMENT_AGEING", null, HANDLER, T))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("responsibility"));
    }

    @Test
    void returning_sends_the_order_back_to_the_station_and_counts() {
        WorkOrder order = WorkOrderFixtures.inStatus(WorkOrderStatus.ACCEPTED);
        order.returnToDispatcher("不属于本班组", WorkOrderFixtures.STATION, HANDLER, T);
        assertThat(order.snapshot().unitId()).isEqualTo(WorkOrderFixtures.STATION.unitId());
        assertThat(order.snapshot().assigneeId()).isNull();
        assertThat(order.snapshot().returnCount()).isEqualTo(1);
    }

    @Test
    void a_merge_notes_the_duplicate_on_the_master_and_refuses_closed_masters() {
        WorkOrder master = WorkOrderFixtures.inStatus(WorkOrderStatus.DISPATCHED);
        WorkOrder duplicate = WorkOrderFixtures.newOrder("FAULT_REPAIR");
        int masterEntries = master.newTimelineEntries().size();
        duplicate.mergeInto(master, AGENT, T);
        assertThat(duplicate.snapshot().mergedInto()).isEqualTo(master.number());
        assertThat(master.newTimelineEntries()).hasSize(masterEntries + 1);
        assertThat(master.newTimelineEntries().get(masterEntries).action()).isEqualTo("DUPLICATE_MERGED");

        WorkOrder closed = WorkOrderFixtures.inStatus(WorkOrderStatus.CLOSED);
        WorkOrder another = WorkOrderFixtures.newOrder("FAULT_REPAIR");
        assertThatThrownBy(() -> another.mergeInto(closed, AGENT, T)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> another.mergeInto(another, AGENT, T)).isInstanceOf(DomainException.class);
    }

    @Test
    void saving_hands_out_past_tense_events_once() {
        WorkOrder order = WorkOrderFixtures.newOrder("FAULT_REPAIR");
        order.dispatch(TEAM, AGENT, T);
        List<WorkOrderEvent> events = order.saved(42, 1);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(WorkOrderCreated.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(WorkOrderDispatched.class, e -> {
            assertThat(e.orderId()).isEqualTo(42);
            assertThat(e.unitId()).isEqualTo(TEAM.unitId());
        });
        assertThat(order.saved(42, 1)).isEmpty();
        assertThat(order.newTimelineEntries()).isEmpty();
    }

    @Test
    void the_timeline_records_who_when_and_from_to() {
        WorkOrder order = WorkOrderFixtures.inStatus(WorkOrderStatus.DISPATCHED);
        order.accept(HANDLER, T);
        TimelineEntry last = order.newTimelineEntries().get(order.newTimelineEntries().size() - 1);
        assertThat(last.action()).isEqualTo("ACCEPTED");
        assertThat(last.actorName()).isEqualTo(HANDLER.name());
        assertThat(last.at()).isEqualTo(T);
        assertThat(last.from()).isEqualTo(WorkOrderStatus.DISPATCHED);
        assertThat(last.to()).isEqualTo(WorkOrderStatus.ACCEPTED);
    }
}
