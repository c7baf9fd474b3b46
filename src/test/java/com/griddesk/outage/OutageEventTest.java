package com.griddesk.outage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.Responsibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of an outage event from every kind of event: allowed ones change it, the others are refused. */
class OutageEventTest {

    private static final Actor DISPATCHER = new Actor(2, "调度员");
    private static final Instant T0 = Instant.parse("2026-07-15T02:00:00Z");
    private static final Instant LATER = T0.plus(Duration.ofHours(1));
    private static final GridScope AREA = new GridScope(11, "/1/2/10/11/", "BJ-CQ-SA", "BJ-CQ-S1-F1", "BJ-CQ-S1-F1-T01",
            OutageLevel.AREA, Set.of("BJ-CQ-S1-F1-T01"));
    private static final GridScope FEEDER = new GridScope(11, "/1/2/10/11/", "BJ-CQ-SA", "BJ-CQ-S1-F1", null,
            OutageLevel.FEEDER, Set.of("BJ-CQ-S1-F1-T01", "BJ-CQ-S1-F1-T02", "BJ-CQ-S1-F1-T03"));
    private static final Assignment CREW = new Assignment(13, "/1/2/10/11/13/", null);

    /** Events brought into each situation by real transitions. */
    enum Situation {
        ANNOUNCED, PLANNED_ACTIVE, SUSPECTED_AREA, CONFIRMED_FAULT, RESTORED, CANCELLED;

        OutageEvent make() {
            return switch (this) {
                case ANNOUNCED -> planned();
                case PLANNED_ACTIVE -> {
                    OutageEvent e = planned();
                    e.start(DISPATCHER, T0.plus(Duration.ofDays(8)));
                    yield e;
                }
                case SUSPECTED_AREA -> OutageEvent.suspectFault("TD1", AREA, T0, Actor.SYSTEM, T0);
                case CONFIRMED_FAULT -> OutageEvent.reportFault("TD2", FEEDER, "线路跳闸", T0.plus(Duration.ofHours(3)),
                        DISPATCHER, T0);
                case RESTORED -> {
                    OutageEvent e = OutageEvent.reportFault("TD3", FEEDER, "线路跳闸", null, DISPATCHER, T0);
                    e.restore("已恢复", "VEGETATION", Responsibility.COMPANY, DISPATCHER, T0.plusSeconds(60));
                    yield e;
                }
                case CANCELLED -> {
                    OutageEvent e = planned();
                    e.cancel("天气原因取消检修", DISPATCHER, T0.plusSeconds(60));
                    yield e;
                }
            };
        }

        private static OutageEvent planned() {
            return OutageEvent.announce("TD0", OutageKind.PLANNED, FEEDER, "线路检修", T0.plus(Duration.ofDays(8)),
                    T0.plus(Duration.ofDays(8)).plus(Duration.ofHours(8)), null, Duration.ofDays(7), DISPATCHER, T0);
        }
    }

    record Transition(String name, Set<Situation> allowed, Consumer<OutageEvent> action) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Instant LATE = T0.plus(Duration.ofDays(9));

    static final List<Transition> TRANSITIONS = List.of(
            new Transition("start", Set.of(Situation.ANNOUNCED), e -> e.start(DISPATCHER, LATE)),
            new Transition("cancel", Set.of(Situation.ANNOUNCED), e -> e.cancel("改期", DISPATCHER, LATE)),
            new Transition("restore", Set.of(Situation.PLANNED_ACTIVE, Situation.SUSPECTED_AREA, Situation.CONFIRMED_FAULT),
                    e -> e.restore("已恢复送电", "OTHER", Responsibility.COMPANY, DISPATCHER, LATE)),
            new Transition("dissolve", Set.of(Situation.SUSPECTED_AREA), e -> e.dissolve("客户内部故障", DISPATCHER, LATE)),
            new Transition("confirm", Set.of(Situation.SUSPECTED_AREA), e -> e.confirm("配变烧毁", null, DISPATCHER, LATE)),
            new Transition("widen", Set.of(Situation.SUSPECTED_AREA), e -> e.widenToFeeder(FEEDER.areas(), Actor.SYSTEM, LATE)),
            new Transition("split", Set.of(Situation.CONFIRMED_FAULT),
                    e -> e.splitOff(Set.of("BJ-CQ-S1-F1-T03"), "TD9", DISPATCHER, LATE)),
            new Transition("estimate", Set.of(Situation.SUSPECTED_AREA, Situation.CONFIRMED_FAULT),
                    e -> e.estimateRestoration(LATE.plus(Duration.ofHours(2)), DISPATCHER, LATE)),
            new Transition("dispatchCrew", Set.of(Situation.ANNOUNCED, Situation.PLANNED_ACTIVE, Situation.SUSPECTED_AREA,
                    Situation.CONFIRMED_FAULT), e -> e.dispatchCrew(CREW, DISPATCHER, LATE)));

    static Stream<Arguments> every() {
        return TRANSITIONS.stream().flatMap(t -> Stream.of(Situation.values()).map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("every")
    void each_transition_is_allowed_exactly_where_it_makes_sense(Transition t, Situation situation) {
        OutageEvent event = situation.make();
        int entries = event.newTimelineEntries().size();
        if (t.allowed().contains(situation)) {
            t.action().accept(event);
            assertThat(event.newTimelineEntries()).hasSizeGreaterThan(entries);
        }
        else {
            OutageSnapshot before = event.snapshot();
            assertThatThrownBy(() -> t.action().accept(event)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(ProblemCode.OUTAGE_ILLEGAL_TRANSITION));
            assertThat(event.snapshot()).isEqualTo(before);
            assertThat(event.newTimelineEntries()).hasSize(entries);
        }
    }

    @Test
    void a_planned_outage_announced_in_time_is_compliant() {
        OutageEvent event = Situation.ANNOUNCED.make();
        assertThat(event.snapshot().compliant()).isTrue();
        assertThat(event.state()).isEqualTo(OutageState.ANNOUNCED);
    }

    @Test
    void a_planned_outage_announced_late_is_refused_without_a_reason_and_non_compliant_with_one() {
        Instant start = T0.plus(Duration.ofDays(2));
        assertThatThrownBy(() -> OutageEvent.announce("TD5", OutageKind.PLANNED, FEEDER, "线路检修", start,
                start.plus(Duration.ofHours(4)), " ", Duration.ofDays(7), DISPATCHER, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.OUTAGE_NOTICE_TOO_SHORT);
                    assertThat(e.args()).containsExactly(168L, 48L);
                });
        OutageEvent late = OutageEvent.announce("TD5", OutageKind.PLANNED, FEEDER, "线路检修", start,
                start.plus(Duration.ofHours(4)), "配合市政道路施工，工期提前", Duration.ofDays(7), DISPATCHER, T0);
        assertThat(late.snapshot().compliant()).isFalse();
        assertThat(late.snapshot().lateNoticeReason()).isEqualTo("配合市政道路施工，工期提前");
    }

    @Test
    void a_fault_cannot_be_announced_and_windows_must_make_sense() {
        assertThatThrownBy(() -> OutageEvent.announce("TD6", OutageKind.FAULT, FEEDER, "跳闸", LATE, LATE.plusSeconds(60),
                null, Duration.ZERO, DISPATCHER, T0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> OutageEvent.announce("TD6", OutageKind.PLANNED, FEEDER, "检修", LATE, LATE, null,
                Duration.ZERO, DISPATCHER, T0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> OutageEvent.announce("TD6", OutageKind.PLANNED, FEEDER, "检修", T0.minusSeconds(1),
                LATE, null, Duration.ZERO, DISPATCHER, T0)).isInstanceOf(DomainException.class);
    }

    @Test
    void widening_covers_the_whole_feeder_and_splitting_leaves_a_section() {
        OutageEvent event = Situation.SUSPECTED_AREA.make();
        event.widenToFeeder(FEEDER.areas(), Actor.SYSTEM, LATER);
        assertThat(event.level()).isEqualTo(OutageLevel.FEEDER);
        assertThat(event.scope()).isEqualTo(FEEDER.areas());
        assertThat(event.scopeChanged()).isTrue();

        GridScope part = event.splitOff(Set.of("BJ-CQ-S1-F1-T03"), "TD9", DISPATCHER, LATER);
        assertThat(part.level()).isEqualTo(OutageLevel.AREA);
        assertThat(part.areaCode()).isEqualTo("BJ-CQ-S1-F1-T03");
        assertThat(event.level()).isEqualTo(OutageLevel.SECTION);
        assertThat(event.scope()).containsExactlyInAnyOrder("BJ-CQ-S1-F1-T01", "BJ-CQ-S1-F1-T02");
        assertThat(event.suspected()).isFalse();
        OutageEvent split = OutageEvent.splitFrom(event, "TD9", part, DISPATCHER, LATER);
        assertThat(split.snapshot().splitFrom()).isEqualTo(event.number());
        assertThat(split.snapshot().startedAt()).isEqualTo(event.snapshot().startedAt());
    }

    @Test
    void splitting_needs_some_but_not_all_of_the_events_areas() {
        for (Set<String> areas : List.of(Set.<String>of(), FEEDER.areas(), Set.of("ELSEWHERE-T01"))) {
            OutageEvent event = Situation.CONFIRMED_FAULT.make();
            assertThatThrownBy(() -> event.splitOff(areas, "TD9", DISPATCHER, LATER))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ProblemCode.VALIDATION_FAILED));
            assertThat(event.scope()).isEqualTo(FEEDER.areas());
        }
    }

    @Test
    void the_announced_restoration_is_the_planned_end_or_the_estimate() {
        assertThat(Situation.ANNOUNCED.make().snapshot().announcedRestoration())
                .isEqualTo(T0.plus(Duration.ofDays(8)).plus(Duration.ofHours(8)));
        assertThat(Situation.CONFIRMED_FAULT.make().snapshot().announcedRestoration()).isEqualTo(T0.plus(Duration.ofHours(3)));
    }

    @Test
    void calls_move_the_last_call_time_without_a_timeline_line() {
        OutageEvent event = Situation.SUSPECTED_AREA.make();
        int entries = event.newTimelineEntries().size();
        event.callArrived(LATER);
        assertThat(event.snapshot().lastCallAt()).isEqualTo(LATER);
        assertThat(event.snapshot().firstCallAt()).isEqualTo(T0);
        assertThat(event.newTimelineEntries()).hasSize(entries);
    }
}
