package com.griddesk.improvement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.griddesk.improvement.internal.RecurrenceDetector;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A root cause recurring in one transformer area proposes exactly one improvement action, which then runs its course. */
class ImprovementActionTest extends ApiTestBase {

    static final String OWNER = "bjjns3head";

    @Autowired
    TestClock clock;

    @Autowired
    RecurrenceDetector detector;

    @Autowired
    TransactionTemplate transactions;

    ImprovementFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ImprovementFixture(api, demo, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String path(long id) {
        return "/api/v1/improvement-actions/" + id;
    }

    @Test
    void a_repeated_root_cause_proposes_exactly_one_action_and_later_orders_attach_to_it() {
        String area = fixture.area(0, 4);
        List<String> accounts = fixture.customersOf(area, 4);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String number = fixture.accepted(accounts.get(i));
            fixture.resolve(number, "THIRD_PARTY_DAMAGE");
            fixture.awaitRecorded(number);
            numbers.add(number);
        }
        assertThat(fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "THIRD_PARTY_DAMAGE")).as("below the threshold").isEmpty();

        String third = fixture.accepted(accounts.get(2));
        fixture.resolve(third, "THIRD_PARTY_DAMAGE");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "THIRD_PARTY_DAMAGE").size() == 1);
        long id = fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "THIRD_PARTY_DAMAGE").get(0);

        String fourth = fixture.accepted(accounts.get(3));
        fixture.resolve(fourth, "THIRD_PARTY_DAMAGE");
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.linkedOrders(id) == 4);
        assertThat(fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "THIRD_PARTY_DAMAGE")).containsExactly(id);

        JsonNode detail = api.get("supervisor", path(id)).body();
        assertThat(detail.get("action").get("state").asString()).isEqualTo("PROPOSED");
        assertThat(detail.get("action").get("triggerCount").asInt()).isEqualTo(3);
        JsonNode orders = detail.get("orders");
        assertThat(orders.findValuesAsString("orderNumber")).containsExactlyInAnyOrder(numbers.get(0), numbers.get(1), third, fourth);
        for (JsonNode o : orders) {
            assertThat(o.get("causing").asBoolean()).isEqualTo(!o.get("orderNumber").asString().equals(fourth));
        }
        assertThat(detail.get("history").get(0).get("to").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void one_problem_gets_one_action_at_its_narrowest_scope_and_customer_caused_orders_do_not_count() {
        String area = fixture.area(5, 5);
        List<String> accounts = fixture.customersOf(area, 5);
        List<String> numbers = new ArrayList<>();
        // five in one area, so also five on its feeder (the feeder's threshold): the area's action answers for all
        for (int i = 0; i < 5; i++) {
            String number = fixture.accepted(accounts.get(i));
            fixture.resolve(number, "VEGETATION");
            fixture.awaitRecorded(number);
            numbers.add(number);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.openActionsOfCause("VEGETATION").size() == 1);
        assertThat(fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "VEGETATION")).hasSize(1);

        // the customer's own wiring, twice more in the same area: nothing the company can improve on
        for (int i = 0; i < 2; i++) {
            String number = fixture.accepted(accounts.get(i));
            fixture.resolve(number, "CUSTOMER_INSTALLATION", "CUSTOMER");
            numbers.add(number);
        }
        String last = numbers.get(numbers.size() - 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> fixture.occurrences(last) == 0);
        assertThat(fixture.openActionsOfCause("CUSTOMER_INSTALLATION")).isEmpty();
        assertThat(fixture.openActionsOfCause("VEGETATION")).as("no second action at feeder or unit level").hasSize(1);
    }

    @Test
    void concurrent_resolves_in_one_area_propose_one_action_only() throws Exception {
        String area = fixture.area(1, 6);
        List<String> numbers = fixture.customersOf(area, 6).stream().map(fixture::accepted).toList();
        ExecutorService pool = Executors.newFixedThreadPool(numbers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (String n : numbers) {
                done.add(pool.submit(() -> {
                    start.await();
                    fixture.resolve(n, "SEVERE_WEATHER");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            numbers.forEach(fixture::awaitRecorded);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "SEVERE_WEATHER").size() == 1);
            long id = fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "SEVERE_WEATHER").get(0);
            await().atMost(Duration.ofSeconds(20)).until(() -> fixture.linkedOrders(id) == 6);

            // the detector itself, raced by eight threads on the same orders again: still that one action
            CountDownLatch again = new CountDownLatch(1);
            List<Future<?>> raced = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String n = numbers.get(t % numbers.size());
                raced.add(pool.submit(() -> {
                    again.await();
                    transactions.executeWithoutResult(s -> detector.detect(n, clock.instant()));
                    return null;
                }));
            }
            again.countDown();
            for (Future<?> f : raced) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "SEVERE_WEATHER")).containsExactly(id);
            assertThat(fixture.linkedOrders(id)).isEqualTo(6);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_lifecycle_is_guarded_and_the_owner_cannot_verify() {
        long id = fixture.proposed(fixture.area(2, 3), "METERING_ERROR", 3);
        String p = path(id);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long owner = fixture.staffId(OWNER);

        assertThat(api.post(OWNER, p + "/implement", Map.of("evidence", "x")).text("code")).isEqualTo("improvement-illegal-transition");
        assertThat(api.post("supervisor", p + "/verify", Map.of()).status()).isEqualTo(409);
        assertThat(api.post(ImprovementFixture.CREW, p + "/accept",
                Map.of("ownerId", owner, "dueDate", today.plusDays(30).toString(), "plan", "更换计量箱")).status()).isEqualTo(403);
        Response noPlan = api.post("supervisor", p + "/accept", Map.of("ownerId", owner, "dueDate", today.plusDays(30).toString()));
        assertThat(noPlan.status()).isEqualTo(422);
        assertThat(noPlan.body().get("errors").findValuesAsString("field")).containsExactly("plan");
        Response past = api.post("supervisor", p + "/accept",
                Map.of("ownerId", owner, "dueDate", today.minusDays(1).toString(), "plan", "更换计量箱"));
        assertThat(past.body().get("errors").findValuesAsString("field")).containsExactly("dueDate");
        Response elsewhere = api.post("supervisor", p + "/accept",
                Map.of("ownerId", fixture.staffId("bjjns2head"), "dueDate", today.plusDays(30).toString(), "plan", "更换计量箱"));
        assertThat(elsewhere.body().get("errors").findValuesAsString("field")).containsExactly("ownerId");

        Response accepted = api.post("supervisor", p + "/accept",
                Map.of("ownerId", owner, "dueDate", today.plusDays(30).toString(), "plan", "全台区计量箱排查更换"));
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        assertThat(accepted.body().get("action").get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(api.post("supervisor", p + "/accept",
                Map.of("ownerId", owner, "dueDate", today.plusDays(30).toString(), "plan", "再受理")).status()).isEqualTo(409);
        assertThat(api.post("coordinator", p + "/implement", Map.of("evidence", "不是我的")).status()).isEqualTo(403);
        assertThat(api.post(OWNER, p + "/implement", Map.of()).status()).isEqualTo(422);

        assertThat(api.post(OWNER, p + "/implement", Map.of("evidence", "已更换 12 只计量箱")).body()
                .get("action").get("state").asString()).isEqualTo("IMPLEMENTED");
        Response self = api.post(OWNER, p + "/verify", Map.of());
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.text("code")).isEqualTo("self-verification");
        assertThat(api.post(OWNER, p + "/reject", Map.of("note", "自己退回")).text("code")).isEqualTo("self-verification");
        assertThat(api.post("supervisor", p + "/reject", Map.of()).status()).isEqualTo(422);

        Response rejected = api.post("supervisor", p + "/reject", Map.of("note", "缺少现场照片"));
        assertThat(rejected.body().get("action").get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(rejected.body().get("action").get("rejectionNote").asString()).isEqualTo("缺少现场照片");
        api.post(OWNER, p + "/implement", Map.of("evidence", "补充照片：存档于所内共享盘"));
        Response verified = api.post("coordinator", p + "/verify", Map.of("note", "现场核实"));
        assertThat(verified.status()).as(verified.raw().body()).isEqualTo(200);
        JsonNode action = verified.body().get("action");
        assertThat(action.get("state").asString()).isEqualTo("VERIFIED");
        assertThat(action.get("verifiedByName").asString()).isNotBlank();
        assertThat(verified.body().get("history").findValuesAsString("to"))
                .containsExactly("PROPOSED", "ACCEPTED", "IMPLEMENTED", "ACCEPTED", "IMPLEMENTED", "VERIFIED");
        assertThat(api.post("supervisor", p + "/reject", Map.of("note", "再退")).status()).isEqualTo(409);
    }

    @Autowired
    com.griddesk.improvement.internal.OccurrenceBackfill backfill;

    @Test
    void the_backfill_finds_orders_that_went_in_without_events() {
        java.time.Instant started = clock.instant().minusSeconds(1);
        String area = fixture.area(4, 3);
        long first = fixture.proposed(area, "VEGETATION", 3);
        List<String> numbers = jdbc.sql("select order_number from improvement_action_order where action_id = ?")
                .param(first).query(String.class).list();
        assertThat(numbers).hasSize(3);
        // as if these orders had been written by COPY, like the demo history: no occurrence, no action
        jdbc.sql("delete from improvement_action_history where action_id = ?").param(first).update();
        jdbc.sql("delete from improvement_action_order where action_id = ?").param(first).update();
        jdbc.sql("delete from improvement_action where id = ?").param(first).update();
        jdbc.sql("delete from improvement_occurrence where order_number in (:n)").param("n", numbers).update();

        assertThat(backfill.run(started)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from improvement_occurrence where order_number in (:n)").param("n", numbers)
                .query(Long.class).single()).isEqualTo(3);
        List<Long> again = fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "VEGETATION");
        assertThat(again).hasSize(1);
        assertThat(fixture.linkedOrders(again.get(0))).isEqualTo(3);
        backfill.run(started);
        assertThat(fixture.openActions(ScopeKind.TRANSFORMER_AREA, area, "VEGETATION")).isEqualTo(again);
    }

    @Test
    void overdue_actions_are_listed_and_the_scope_is_the_unit() {
        long id = fixture.proposed(fixture.area(3, 3), "CONSTRUCTION_QUALITY", 3);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        api.post("supervisor", path(id) + "/accept", Map.of("ownerId", fixture.staffId(OWNER),
                "dueDate", today.plusDays(2).toString(), "plan", "返工接头"));
        assertThat(api.get("supervisor", "/api/v1/improvement-actions?overdue=true").body().findValuesAsString("id")
                .stream().map(Long::valueOf)).doesNotContain(id);

        clock.travelTo(clock.instant().plus(Duration.ofDays(5)));
        JsonNode overdue = api.get("supervisor", "/api/v1/improvement-actions?overdue=true").body();
        assertThat(overdue.findValues("id").stream().map(JsonNode::asLong)).contains(id);
        assertThat(overdue.findValues("overdue").stream().allMatch(JsonNode::asBoolean)).isTrue();

        assertThat(api.get(OWNER, path(id)).status()).isEqualTo(200);
        assertThat(api.get(OWNER, "/api/v1/improvement-actions").body().findValues("id").stream().map(JsonNode::asLong)).contains(id);
        Response otherStation = api.get("bjjns2head", path(id));
        assertThat(otherStation.status()).isEqualTo(404);
        assertThat(otherStation.text("code")).isEqualTo("improvement-action-not-found");
        assertThat(api.get("bjjns2head", "/api/v1/improvement-actions").body().findValues("id").stream().map(JsonNode::asLong))
                .doesNotContain(id);
        assertThat(api.post("bjjns2head", path(id) + "/implement", Map.of("evidence", "x")).status()).isEqualTo(404);
    }
}
