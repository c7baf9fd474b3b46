package com.griddesk.field;

import java.time.Duration;
import java.util.List;

import com.griddesk.field.internal.Consultations;
import com.griddesk.field.internal.FieldWork;
import com.griddesk.org.CurrentStaff;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** What the field app tells other modules: the customer's "crew on the way" SMS, and an expert's new question. */
@RecordApplicationEvents
class FieldEventsTest extends ApiTestBase {

    @Autowired
    FieldWork work;

    @Autowired
    Consultations consultations;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void on_my_way_publishes_the_crews_name_and_eta_and_a_mention_publishes_the_question() {
        OrderFlow flow = new OrderFlow(api, demo, jdbc);
        String number = flow.create("BJ-CQ-S1", 91, "FAULT_REPAIR.LOW_VOLTAGE", "楼上楼下都停电");
        flow.dispatch(number, "BJ-CQ-S1-REPAIR", FieldApiTest.CREW);
        CurrentStaff crew = flow.staff(FieldApiTest.CREW);
        work.accept(number, "accept-" + number, crew);
        clock.travelTo(clock.instant().plus(Duration.ofHours(1)));

        work.onTheWay(number, 40, "go-" + number, crew);
        work.onTheWay(number, 40, "go-" + number, crew);

        List<CrewOnTheWay> going = events.stream(CrewOnTheWay.class).filter(e -> e.orderNumber().equals(number)).toList();
        assertThat(going).hasSize(1);
        assertThat(going.get(0).crewName()).isEqualTo(crew.fullName());
        assertThat(going.get(0).eta()).isEqualTo(clock.instant().plus(Duration.ofMinutes(40)));

        consultations.post(number, "@" + FieldApiTest.STATION_HEAD + " 需要停电作业，请批示", List.of(), null, null, crew);
        ConsultationRequested asked = events.stream(ConsultationRequested.class).filter(e -> e.orderNumber().equals(number))
                .findFirst().orElseThrow();
        assertThat(asked.expertId()).isEqualTo(flow.staffId(FieldApiTest.STATION_HEAD));
        assertThat(asked.question()).contains("请批示");
        assertThat(api.get("supervisor", "/api/v1/work-orders/" + number + "/timeline").body().findValuesAsString("action")
                .stream().filter("CREW_ON_THE_WAY"::equals)).hasSize(1);
    }
}
