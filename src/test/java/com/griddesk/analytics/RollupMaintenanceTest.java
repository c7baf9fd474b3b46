package com.griddesk.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The rollups follow every change of an order, and concurrent changes lose nothing. */
class RollupMaintenanceTest extends AnalyticsTestBase {

    static final String OTHER_STATION = "BJ-JN-S2";

    double volume(LocalDate day, String unit) {
        return value(indicators("supervisor", "from=" + day + "&to=" + day + "&unit=" + unit), "VOLUME");
    }

    @Test
    void an_order_dispatched_to_another_station_moves_to_its_cells_and_its_root_cause_cell_on_resolve() {
        LocalDate day = startOn(LocalDate.of(2031, 6, 3));
        String number = flow.create(STATION, 91, "FAULT_REPAIR.LOW_VOLTAGE", "整栋楼停电");
        assertThat(volume(day, STATION)).isEqualTo(1);
        assertThat(volume(day, OTHER_STATION)).isEqualTo(0);

        flow.dispatch(number, OTHER_STATION + "-REPAIR", "bjjns2repairc1");
        assertThat(volume(day, STATION)).isEqualTo(0);
        assertThat(volume(day, OTHER_STATION)).isEqualTo(1);
        assertThat(volume(day, "BJ-JN")).isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        ok(api.post("bjjns2repairc1", "/api/v1/work-orders/" + number + "/accept", Map.of()));
        ok(api.post("bjjns2repairc1", "/api/v1/work-orders/" + number + "/resolve",
                Map.of("result", "修复接户线", "rootCause", "THIRD_PARTY_DAMAGE", "responsibility", "FORCE_MAJEURE")));
        JsonNode report = indicators("supervisor", "from=" + day + "&to=" + day + "&unit=" + OTHER_STATION);
        assertThat(report.get("rootCauses").get(0).get("key").asString()).isEqualTo("THIRD_PARTY_DAMAGE");
        assertThat(value(report, "OPEN_BACKLOG")).isEqualTo(0);
        assertThat(value(report, "AVERAGE_HANDLING_TIME")).isEqualTo(1.0);

        ok(api.post("supervisor", "/api/v1/work-orders/" + number + "/reopen", Map.of("reason", "客户反映又停电")));
        report = indicators("supervisor", "from=" + day + "&to=" + day + "&unit=" + OTHER_STATION);
        assertThat(report.get("rootCauses")).isEmpty();
        assertThat(value(report, "OPEN_BACKLOG")).isEqualTo(1);
        assertThat(report.get("total").get("resolved").asLong()).isZero();

        // the month's cells say the same as the day's
        JsonNode month = indicators("supervisor", "from=2031-06-01&to=2031-06-30&granularity=MONTH&unit=" + OTHER_STATION);
        assertThat(month.get("total")).isEqualTo(report.get("total"));
        assertCellsAddUp(day);
    }

    @Test
    void two_orders_of_one_cell_going_overdue_in_one_scan_are_both_counted_once() {
        LocalDate day = startOn(LocalDate.of(2031, 6, 24));
        flow.create(STATION, 93, "FAULT_REPAIR.LOW_VOLTAGE", "楼里没电");
        flow.create(STATION, 94, "FAULT_REPAIR.LOW_VOLTAGE", "家里没电");
        String q = "from=" + day + "&to=" + day + "&unit=" + STATION;

        clock.advance(Duration.ofDays(3));
        // one batch: both orders' clocks, several red warnings each, in a single transaction
        scanner.scan(clock.instant());
        assertThat(value(indicators("supervisor", q), "OVERDUE_BACKLOG")).isEqualTo(2);
        assertThat(value(indicators("supervisor", q), "VOLUME")).isEqualTo(2);
        assertCellsAddUp(day);
    }

    /** Every day cell holds exactly the sum of the facts of the orders that count in it. */
    void assertCellsAddUp(LocalDate day) {
        String measures = "created, open, resolved, handling_seconds, overdue, stopped_dispatch, met_dispatch, "
                + "stopped_reply, met_reply, stopped_arrive, met_arrive";
        List<String> columns = List.of(measures.split(", "));
        String sums = String.join(", ", columns.stream().map(m -> "sum(" + m + ")::bigint as " + m).toList());
        String anyCell = String.join(" or ", columns.stream().map(m -> m + " <> 0").toList());
        String anySum = String.join(" or ", columns.stream().map(m -> "sum(" + m + ") <> 0").toList());
        List<Map<String, Object>> cells = jdbc.sql("select unit_path, type_code, category_code, channel, " + measures
                + " from analytics_daily where day = ? and (" + anyCell + ") order by 1, 2, 3, 4")
                .param(day).query().listOfRows();
        List<Map<String, Object>> facts = jdbc.sql("select unit_path, type_code, category_code, channel, " + sums
                + " from analytics_order where day = ? group by 1, 2, 3, 4 having " + anySum + " order by 1, 2, 3, 4")
                .param(day).query().listOfRows();
        assertThat(cells).isNotEmpty();
        assertThat(cells.toString()).isEqualTo(facts.toString());

        // the station grain holds the same sums with the unit folded into its station
        String station = "analytics_station_path(unit_path)";
        assertThat(rows("select " + station + ", type_code, category_code, channel, " + measures
                + " from analytics_station_daily where day = ? and (" + anyCell + ") order by 1, 2, 3, 4", day))
                .isEqualTo(rows("select " + station + ", type_code, category_code, channel, " + sums
                        + " from analytics_order where day = ? group by 1, 2, 3, 4 having " + anySum + " order by 1, 2, 3, 4", day));
        assertThat(rows("select " + station + ", type_code, channel, " + measures
                + " from analytics_station_trend where day = ? and (" + anyCell + ") order by 1, 2, 3", day))
                .isEqualTo(rows("select " + station + ", type_code, channel, " + sums
                        + " from analytics_order where day = ? group by 1, 2, 3 having " + anySum + " order by 1, 2, 3", day));
        LocalDate month = day.withDayOfMonth(1);
        assertThat(rows("select unit_path, type_code, category_code, channel, " + measures
                + " from analytics_station_monthly where day = ? and (" + anyCell + ") order by 1, 2, 3, 4", month))
                .isEqualTo(rows("select " + station + ", type_code, category_code, channel, " + sums
                        + " from analytics_order where date_trunc('month', day) = ? group by 1, 2, 3, 4 having " + anySum
                        + " order by 1, 2, 3, 4", month));
        String causes = "select unit_path, type_code, channel, root_cause, resolved from %s where day = ? and resolved <> 0 "
                + "order by 1, 2, 3, 4";
        assertThat(rows(String.format(causes, "analytics_station_cause_daily"), day))
                .isEqualTo(rows("select " + station + ", type_code, channel, root_cause, count(*) from analytics_order "
                        + "where day = ? and resolved = 1 and root_cause <> '' group by 1, 2, 3, 4 order by 1, 2, 3, 4", day));
    }

    String rows(String sql, LocalDate day) {
        return jdbc.sql(sql).param(day).query().listOfRows().stream().map(r -> r.values().toString()).toList().toString();
    }

    @Test
    void an_open_order_past_its_deadline_counts_in_the_overdue_backlog_until_it_is_resolved() {
        LocalDate day = startOn(LocalDate.of(2031, 6, 10));
        String number = flow.create(STATION, 92, "FAULT_REPAIR.LOW_VOLTAGE", "没电了");
        String q = "from=" + day + "&to=" + day + "&unit=" + STATION;
        assertThat(value(indicators("supervisor", q), "OVERDUE_BACKLOG")).isZero();

        clock.advance(Duration.ofDays(3));
        scanner.scan(clock.instant());
        assertThat(value(indicators("supervisor", q), "OVERDUE_BACKLOG")).isEqualTo(1);
        assertThat(IndicatorFormulaTest.numbersOf(drill("supervisor", q + "&indicator=OVERDUE_BACKLOG"))).containsExactly(number);

        ok(api.post("agent", "/api/v1/work-orders/" + number + "/cancel", Map.of("reason", "客户撤回")));
        assertThat(value(indicators("supervisor", q), "OVERDUE_BACKLOG")).isZero();
        assertThat(value(indicators("supervisor", q), "VOLUME")).isEqualTo(1);
        assertCellsAddUp(day);
    }

    @Test
    void orders_created_and_reminded_in_parallel_are_all_counted() throws Exception {
        LocalDate day = startOn(LocalDate.of(2031, 6, 17));
        int threads = 6;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> made = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = 100 + t * each;
                made.add(pool.submit(() -> {
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        numbers.add(flow.create(STATION, base + i, "FAULT_REPAIR.LOW_VOLTAGE", "同一单元格并发"));
                    }
                    return numbers;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : made) {
                all.addAll(f.get());
            }
            List<Future<?>> reminders = new ArrayList<>();
            for (String number : all) {
                reminders.add(pool.submit(() -> ok(api.post("agent", "/api/v1/work-orders/" + number + "/remind",
                        Map.of("note", "客户催促")))));
            }
            for (Future<?> f : reminders) {
                f.get();
            }
            JsonNode report = indicators("supervisor", "from=" + day + "&to=" + day + "&unit=" + STATION);
            assertThat(value(report, "VOLUME")).isEqualTo(threads * each);
            assertThat(report.get("total").get("reminded").asLong()).isEqualTo(threads * each);
            assertThat(value(report, "OPEN_BACKLOG")).isEqualTo(threads * each);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.griddesk.timelimit.internal.WarningScanner scanner;
}
