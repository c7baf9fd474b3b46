package com.griddesk.workorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.griddesk.workorder.WorkOrderFixtures.AGENT;
import static com.griddesk.workorder.WorkOrderFixtures.HANDLER;
import static com.griddesk.workorder.WorkOrderFixtures.STATION;
import static com.griddesk.workorder.WorkOrderFixtures.TEAM;
import static com.griddesk.workorder.WorkOrderStatus.ACCEPTED;
import static com.griddesk.workorder.WorkOrderStatus.CANCELLED;
import static com.griddesk.workorder.WorkOrderStatus.CLOSED;
import static com.griddesk.workorder.WorkOrderStatus.DISPATCHED;
import static com.griddesk.workorder.WorkOrderStatus.IN_PROGRESS;
import static com.griddesk.workorder.WorkOrderStatus.MERGED;
import static com.griddesk.workorder.WorkOrderStatus.NEW;
import static com.griddesk.workorder.WorkOrderStatus.RESOLVED;
import static com.griddesk.workorder.WorkOrderStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every transition from every status: allowed ones land in the expected status and leave a
 * timeline entry; forbidden ones are refused as illegal transitions and change nothing.
 */
class WorkOrderTransitionsTest {

    private static final Instant LATER = WorkOrderFixtures.T0.plusSeconds(3600);
    private static final Set<WorkOrderStatus> OPEN = EnumSet.of(NEW, DISPATCHED, ACCEPTED, IN_PROGRESS, RETURNED);

    /** The specification, written out by hand: from which statuses each transition may start, and where it ends. */
    record Transition(String name, Set<WorkOrderStatus> from, WorkOrderStatus to, Consumer<WorkOrder> action) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Transition> TRANSITIONS = List.of(
            new Transition("dispatch", EnumSet.of(NEW, RETURNED), DISPATCHED, o -> o.dispatch(TEAM, AGENT, LATER)),
            new Transition("redispatch", EnumSet.of(DISPATCHED, ACCEPTED), DISPATCHED,
                    o -> o.redispatch(TEAM, "派错班组", AGENT, LATER)),
            new Transition("accept", EnumSet.of(DISPATCHED), ACCEPTED, o -> o.accept(HANDLER, LATER)),
            new Transition("start", EnumSet.of(ACCEPTED), IN_PROGRESS, o -> o.start(HANDLER, LATER)),
            new Transition("resolve", EnumSet.of(ACCEPTED, IN_PROGRESS), RESOLVED,
                    o -> o.resolve("已处理", "VEGETATION", Responsibility.FORCE_MAJEURE, HANDLER, LATER)),
            new Transition("return", EnumSet.of(DISPATCHED, ACCEPTED, IN_PROGRESS), RETURNED,
                    o -> o.returnToDispatcher("地址不在本所", STATION, HANDLER, LATER)),
            new Transition("close", EnumSet.of(RESOLVED), CLOSED, o -> o.close(Satisfaction.SATISFIED, null, AGENT, LATER)),
            new Transition("reopen", EnumSet.of(RESOLVED, CLOSED), DISPATCHED, o -> o.reopen("客户反映仍未解决", AGENT, LATER)),
            new Transition("rework", EnumSet.of(RESOLVED), DISPATCHED, o -> o.rework("客户说还是经常跳闸", AGENT, LATER)),
            new Transition("cancel", OPEN, CANCELLED, o -> o.cancel("重复来电", AGENT, LATER)),
            new Transition("merge", OPEN, MERGED,
                    o -> o.mergeInto(WorkOrderFixtures.newOrder("FAULT_REPAIR"), AGENT, LATER)),
            new Transition("remind", OPEN, null, o -> o.remind("客户催办", AGENT, LATER)),
            new Transition("assignCoordinator", OPEN, null, o -> o.assignCoordinator(5, AGENT, LATER)),
            new Transition("openSubTask", EnumSet.of(DISPATCHED, ACCEPTED, IN_PROGRESS), null,
                    o -> o.openSubTask(20, null, "请营销部核实电费", AGENT, LATER)),
            new Transition("contact", OPEN, null, o -> o.recordContact("已电话联系客户", HANDLER, LATER)),
            new Transition("checkIn", EnumSet.of(ACCEPTED, IN_PROGRESS), IN_PROGRESS,
                    o -> o.checkIn("22.81,113.29", HANDLER, LATER)),
            new Transition("link", EnumSet.of(NEW, DISPATCHED, ACCEPTED, IN_PROGRESS, RETURNED, RESOLVED), null,
                    o -> o.joinFamily("GD202607150000001", "GD202607150000001", AGENT, LATER)),
            new Transition("resolveByRestoration", OPEN, RESOLVED, o -> o.resolveByRestoration("TD20260715000001",
                    "线路故障已修复，恢复供电", "VEGETATION", Responsibility.FORCE_MAJEURE, AGENT, LATER)));

    static Stream<Arguments> every() {
        List<Arguments> cases = new ArrayList<>();
        for (Transition t : TRANSITIONS) {
            for (WorkOrderStatus status : WorkOrderStatus.values()) {
                cases.add(Arguments.of(t, status));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("every")
    void transition_is_allowed_exactly_from_its_statuses(Transition transition, WorkOrderStatus from) {
        WorkOrder order = WorkOrderFixtures.inStatus(from);
        int entriesBefore = order.newTimelineEntries().size();
        if (transition.from().contains(from)) {
            transition.action().accept(order);
            assertThat(order.status()).isEqualTo(transition.to() == null ? from : transition.to());
            assertThat(order.newTimelineEntries()).hasSizeGreaterThan(entriesBefore);
        }
        else {
            WorkOrderSnapshot before = order.snapshot();
            assertThatThrownBy(() -> transition.action().accept(order))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ProblemCode.ILLEGAL_TRANSITION));
            assertThat(order.snapshot()).isEqualTo(before);
            assertThat(order.newTimelineEntries()).hasSize(entriesBefore);
        }
    }

    @ParameterizedTest(name = "the action table agrees for {0}")
    @MethodSource("actionTable")
    void action_table_offers_what_the_aggregate_allows(WorkOrderAction action, Set<WorkOrderStatus> expected) {
        Set<WorkOrderStatus> offered = EnumSet.noneOf(WorkOrderStatus.class);
        for (WorkOrderStatus s : WorkOrderStatus.values()) {
            if (action.availableIn(s)) {
                offered.add(s);
            }
        }
        assertThat(offered).isEqualTo(expected);
    }

    static Stream<Arguments> actionTable() {
        Map<WorkOrderAction, String> names = Map.ofEntries(Map.entry(WorkOrderAction.DISPATCH, "dispatch"),
                Map.entry(WorkOrderAction.REDISPATCH, "redispatch"), Map.entry(WorkOrderAction.ACCEPT, "accept"),
                Map.entry(WorkOrderAction.START, "start"), Map.entry(WorkOrderAction.RESOLVE, "resolve"),
                Map.entry(WorkOrderAction.RETURN, "return"), Map.entry(WorkOrderAction.CLOSE, "close"),
                Map.entry(WorkOrderAction.REOPEN, "reopen"), Map.entry(WorkOrderAction.REWORK, "rework"),
                Map.entry(WorkOrderAction.CANCEL, "cancel"),
                Map.entry(WorkOrderAction.MERGE, "merge"), Map.entry(WorkOrderAction.REMIND, "remind"),
                Map.entry(WorkOrderAction.ASSIGN_COORDINATOR, "assignCoordinator"),
                Map.entry(WorkOrderAction.OPEN_SUB_TASK, "openSubTask"), Map.entry(WorkOrderAction.CONTACT, "contact"),
                Map.entry(WorkOrderAction.CHECK_IN, "checkIn"), Map.entry(WorkOrderAction.LINK, "link"));
        return names.entrySet().stream().map(e -> Arguments.of(e.getKey(),
                TRANSITIONS.stream().filter(t -> t.name().equals(e.getValue())).findFirst().orElseThrow().from()));
    }
}
