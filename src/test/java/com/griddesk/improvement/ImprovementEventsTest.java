package com.griddesk.improvement;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.griddesk.improvement.internal.RecurrenceDetector;
import com.griddesk.org.CurrentStaff;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The proposal and every transition publish their event, with the states it moved between. */
@RecordApplicationEvents
class ImprovementEventsTest extends ApiTestBase {

    @Autowired
    ApplicationEvents events;

    @Autowired
    ImprovementActions actions;

    @Autowired
    RecurrenceDetector detector;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void proposal_and_transitions_are_published() {
        ImprovementFixture fixture = new ImprovementFixture(api, demo, jdbc);
        String area = fixture.area(5, 1);
        String number = fixture.accepted(fixture.customersOf(area, 1).get(0));
        fixture.resolve(number, "CAPACITY_SHORTAGE");
        fixture.awaitRecorded(number);
        // two earlier orders of the cause in the area, as the history would hold them
        var occurrence = jdbc.sql("select unit_id, unit_path from improvement_occurrence where order_number = ?").param(number)
                .query().singleRow();
        long base = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                    insert into improvement_occurrence (order_id, order_number, root_cause, resolved_at, unit_id, unit_path,
                        transformer_area, feeder) values (?, ?, 'CAPACITY_SHORTAGE', ?, ?, ?, ?, null)""")
                    .param(base + i).param("EV" + (base + i)).param(Timestamp.from(Instant.now().minus(Duration.ofDays(10 + i))))
                    .param(occurrence.get("unit_id")).param(occurrence.get("unit_path")).param(area).update();
        }
        assertThat(fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "CAPACITY_SHORTAGE")).isEmpty();

        // the order resolved again, the detector driven in this thread: the third occurrence proposes
        transactions.executeWithoutResult(s -> detector.detect(number, Instant.now()));
        long id = fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "CAPACITY_SHORTAGE").get(0);
        assertThat(events.stream(ImprovementActionProposed.class).filter(e -> e.actionId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.orders()).isEqualTo(3);
                    assertThat(e.scopeCode()).isEqualTo(area);
                });

        CurrentStaff supervisor = new OrderFlow(api, demo, jdbc).staff("supervisor");
        CurrentStaff owner = new OrderFlow(api, demo, jdbc).staff("bjjns3head");
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        actions.accept(id, owner.id(), due, "台区增容改造", supervisor);
        actions.implement(id, "已更换 400 kVA 变压器", owner);
        actions.reject(id, "未附验收单", supervisor);
        actions.implement(id, "补充验收单", owner);
        actions.verify(id, null, supervisor);
        assertThat(events.stream(ImprovementActionMoved.class).filter(e -> e.actionId() == id)
                .map(e -> e.from() + ">" + e.to() + ":" + e.transition()))
                .containsExactly("PROPOSED>ACCEPTED:accept", "ACCEPTED>IMPLEMENTED:implement", "IMPLEMENTED>ACCEPTED:reject",
                        "ACCEPTED>IMPLEMENTED:implement", "IMPLEMENTED>VERIFIED:verify");
        assertThat(events.stream(ImprovementActionMoved.class).filter(e -> e.actionId() == id).map(ImprovementActionMoved::actorId))
                .containsExactly(supervisor.id(), owner.id(), supervisor.id(), owner.id(), supervisor.id());
    }
}
