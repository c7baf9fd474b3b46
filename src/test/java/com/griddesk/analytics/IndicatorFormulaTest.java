package com.griddesk.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every indicator on six orders made through the API on one day, counted by hand. */
class IndicatorFormulaTest extends AnalyticsTestBase {

    @Test
    void the_indicators_of_a_hand_built_day_are_the_hand_counted_ones_and_every_drill_down_adds_up() {
        LocalDate day = startOn(LocalDate.of(2031, 5, 12));
        // A: a fault resolved two hours after it came in, and closed satisfied
        String a = flow.create(STATION, 81, "FAULT_REPAIR.LOW_VOLTAGE", "楼里停电");
        flow.dispatch(a, TEAM, CREW);
        ok(api.post(CREW, "/api/v1/work-orders/" + a + "/accept", Map.of()));
        clock.advance(Duration.ofHours(2));
        ok(api.post(CREW, "/api/v1/work-orders/" + a + "/resolve",
                Map.of("result", "更换熔断器", "rootCause", "EQUIPMENT_AGEING", "responsibility", "COMPANY")));
        ok(api.post("callback", "/api/v1/work-orders/" + a + "/close", Map.of("satisfaction", "VERY_SATISFIED")));
        // B: returned (退单) by the crew
        String b = flow.create(STATION, 82, "FAULT_REPAIR.LOW_VOLTAGE", "电压不稳");
        flow.dispatch(b, TEAM, CREW);
        ok(api.post(CREW, "/api/v1/work-orders/" + b + "/return", Map.of("reason", "不是低压故障")));
        // C: reminded (催办)
        String c = flow.create(STATION, 83, "FAULT_REPAIR.LOW_VOLTAGE", "家里没电");
        ok(api.post("agent", "/api/v1/work-orders/" + c + "/remind", Map.of("note", "客户再次来电")));
        // D1, D2: the same customer complains twice in the same category: the second is a repeat
        String d1 = complaint(84, "COMPLAINT.SERVICE.ATTITUDE");
        clock.advance(Duration.ofMinutes(30));
        String d2 = complaint(84, "COMPLAINT.SERVICE.ATTITUDE");
        // E: a consultation answered on the call (first-contact resolution, resolved at once)
        String e = consultationAnswered(85);

        String q = "from=" + day + "&to=" + day + "&unit=" + STATION;
        JsonNode report = indicators("supervisor", q);
        long customers = jdbc.sql("select count(*) from customer c join org_unit u on u.id = c.station_id where u.code = ?")
                .param(STATION).query(Long.class).single();

        assertThat(value(report, "VOLUME")).isEqualTo(6);
        assertThat(value(report, "FIRST_CONTACT_RESOLUTION_RATE")).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(value(report, "CALLBACK_SATISFACTION_RATE")).isEqualTo(1.0);
        assertThat(value(report, "COMPLAINTS_PER_10K_CUSTOMERS")).isCloseTo(2 * 10_000.0 / customers, within(1e-9));
        assertThat(value(report, "REPEAT_COMPLAINT_RATE")).isEqualTo(0.5);
        assertThat(value(report, "REMINDER_RATE")).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(value(report, "RETURN_RATE")).isCloseTo(1 / 6.0, within(1e-9));
        // A took 2 h, E 0 h
        assertThat(value(report, "AVERAGE_HANDLING_TIME")).isCloseTo(1.0, within(1e-9));
        assertThat(value(report, "OPEN_BACKLOG")).isEqualTo(4);
        assertThat(value(report, "OVERDUE_BACKLOG")).isEqualTo(0);
        assertThat(report.get("customers").asLong()).isEqualTo(customers);

        // timeliness per clock is what the time-limit module's clocks say
        String numbers = String.join("','", a, b, c, d1, d2, e);
        java.util.List<long[]> expected = jdbc.sql("select clock, count(*), count(*) filter (where stopped_at <= deadline) "
                + "from order_clock where state = 'STOPPED' and order_number in ('" + numbers + "') group by clock")
                .query((rs, i) -> {
                    JsonNode tally = report.get("timeliness").get(rs.getString(1));
                    return new long[] { rs.getLong(2), rs.getLong(3), tally.get("stopped").asLong(), tally.get("met").asLong() };
                }).list();
        assertThat(expected).isNotEmpty();
        for (long[] row : expected) {
            assertThat(row[2]).isEqualTo(row[0]);
            assertThat(row[3]).isEqualTo(row[1]);
        }
        assertThat(report.get("timeliness").get("DISPATCH").get("stopped").asLong()).isEqualTo(2);

        // the orders behind each number
        assertThat(numbersOf(drill("supervisor", q + "&indicator=VOLUME"))).containsExactlyInAnyOrder(a, b, c, d1, d2, e);
        assertThat(numbersOf(drill("supervisor", q + "&indicator=RETURN_RATE"))).containsExactly(b);
        assertThat(numbersOf(drill("supervisor", q + "&indicator=REMINDER_RATE"))).containsExactly(c);
        assertThat(numbersOf(drill("supervisor", q + "&indicator=REPEAT_COMPLAINT_RATE"))).containsExactly(d2);
        assertThat(numbersOf(drill("supervisor", q + "&indicator=FIRST_CONTACT_RESOLUTION_RATE"))).containsExactly(e);
        assertThat(numbersOf(drill("supervisor", q + "&indicator=OPEN_BACKLOG"))).containsExactlyInAnyOrder(b, c, d1, d2);
        assertThat(numbersOf(drill("supervisor", q + "&indicator=AVERAGE_HANDLING_TIME&rootCause=EQUIPMENT_AGEING")))
                .containsExactly(a);

        // the breakdowns add up to their charts' numbers
        for (String breakdown : new String[] { "byCategory", "byType", "byChannel", "byUnit", "trend" }) {
            long sum = 0;
            for (JsonNode g : report.get(breakdown)) {
                sum += g.get("figures").get("created").asLong();
            }
            assertThat(sum).as(breakdown).isEqualTo(6);
        }
        for (JsonNode g : report.get("byCategory")) {
            assertThat(drill("supervisor", q + "&indicator=VOLUME&category=" + g.get("key").asString()).get("total").asLong())
                    .isEqualTo(g.get("figures").get("created").asLong());
        }
        for (JsonNode g : report.get("rootCauses")) {
            assertThat(drill("supervisor", q + "&indicator=AVERAGE_HANDLING_TIME&rootCause=" + g.get("key").asString())
                    .get("total").asLong()).isEqualTo(g.get("figures").get("resolved").asLong());
        }
        long aged = 0;
        for (JsonNode bucket : report.get("backlogAgeing")) {
            long n = drill("supervisor", q + "&indicator=OPEN_BACKLOG&age=" + bucket.get("key").asString()).get("total").asLong();
            assertThat(n).isEqualTo(bucket.get("orders").asLong());
            aged += n;
        }
        assertThat(aged).isEqualTo(4);
    }

    static java.util.List<String> numbersOf(JsonNode drill) {
        java.util.List<String> numbers = new java.util.ArrayList<>();
        drill.get("orders").forEach(o -> numbers.add(o.get("number").asString()));
        assertThat(drill.get("total").asLong()).isEqualTo(numbers.size());
        return numbers;
    }
}
