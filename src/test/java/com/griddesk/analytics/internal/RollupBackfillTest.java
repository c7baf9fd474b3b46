package com.griddesk.analytics.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The backfill computes from the orders exactly what the listeners built from their events. */
class RollupBackfillTest extends ApiTestBase {

    static final LocalDate DAY = LocalDate.of(2031, 8, 4);
    static final String STATION = "BJ-JN-S1";
    static final String CREW = "bjjns1repairc1";

    @Autowired
    TestClock clock;

    @Autowired
    RollupBackfill backfill;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void rebuilding_a_day_from_the_orders_gives_the_same_projection_and_cells_as_the_events_did() {
        clock.travelTo(LocalDateTime.of(DAY, LocalTime.of(8, 30)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        OrderFlow flow = new OrderFlow(api, demo, jdbc);
        String resolved = flow.create(STATION, 141, "FAULT_REPAIR.LOW_VOLTAGE", "停电");
        flow.dispatch(resolved, STATION + "-REPAIR", CREW);
        api.post(CREW, "/api/v1/work-orders/" + resolved + "/accept", Map.of());
        clock.advance(Duration.ofMinutes(95));
        api.post(CREW, "/api/v1/work-orders/" + resolved + "/resolve",
                Map.of("result", "已修复", "rootCause", "EQUIPMENT_AGEING", "responsibility", "COMPANY"));
        api.post("callback", "/api/v1/work-orders/" + resolved + "/close", Map.of("satisfaction", "NEUTRAL"));
        String returned = flow.create(STATION, 142, "FAULT_REPAIR.LOW_VOLTAGE", "电压低");
        flow.dispatch(returned, STATION + "-REPAIR", CREW);
        api.post(CREW, "/api/v1/work-orders/" + returned + "/return", Map.of("reason", "非本班组"));
        String reminded = flow.create(STATION, 143, "FAULT_REPAIR.LOW_VOLTAGE", "没电");
        api.post("agent", "/api/v1/work-orders/" + reminded + "/remind", Map.of("note", "催"));
        flow.create("BJ-SB-S2", 141, "FAULT_REPAIR.LOW_VOLTAGE", "山区停电");

        String projection = "select " + RollupStore.FACT_COLUMNS + " from analytics_order where day = ? order by order_id";
        List<Map<String, Object>> facts = jdbc.sql(projection).param(DAY).query().listOfRows();
        String cells = "select * from analytics_daily where day = ? and created <> 0 order by unit_path, type_code, category_code, channel";
        String causes = "select * from analytics_cause_daily where day = ? and resolved <> 0 order by unit_path, type_code, channel, root_cause";
        List<Map<String, Object>> daily = jdbc.sql(cells).param(DAY).query().listOfRows();
        List<Map<String, Object>> causeCells = jdbc.sql(causes).param(DAY).query().listOfRows();
        String stationCells = "select * from analytics_station_daily where day = ? and created <> 0 order by 2, 3, 4, 5";
        String trend = "select * from analytics_station_trend where day = ? and created <> 0 order by 2, 3, 4, 5";
        String stationCauses = "select * from analytics_station_cause_daily where day = ? and resolved <> 0 order by 2, 3, 4, 5";
        List<Map<String, Object>> stationDaily = jdbc.sql(stationCells).param(DAY).query().listOfRows();
        List<Map<String, Object>> trendCells = jdbc.sql(trend).param(DAY).query().listOfRows();
        List<Map<String, Object>> stationCauseCells = jdbc.sql(stationCauses).param(DAY).query().listOfRows();
        // two stations' orders: the station grain has a cell for each, the trend has one per station too
        assertThat(stationDaily).hasSize(2);
        assertThat(trendCells).hasSize(2);
        assertThat(stationCauseCells).hasSize(1);
        String monthRow = "select " + Measure.columns("sum(", ")") + " from analytics_station_monthly where day = ?";
        Map<String, Object> stationMonth = jdbc.sql(monthRow).param(DAY.withDayOfMonth(1)).query().singleRow();
        assertThat(causeCells).hasSize(1);
        assertThat(facts).hasSize(4);

        // forget the day: its orders' projection, its daily cells, and its share of the month
        String minus = Measure.ALL.stream().map(m -> m.column() + " = m." + m.column() + " - d." + m.column())
                .collect(Collectors.joining(", "));
        jdbc.sql("update analytics_monthly m set " + minus + " from analytics_daily d where d.day = ? and m.day = ? "
                + "and m.unit_path = d.unit_path and m.type_code = d.type_code and m.category_code = d.category_code "
                + "and m.channel = d.channel").param(DAY).param(DAY.withDayOfMonth(1)).update();
        jdbc.sql("update analytics_cause_monthly m set resolved = m.resolved - d.resolved from analytics_cause_daily d "
                + "where d.day = ? and m.day = ? and m.unit_path = d.unit_path and m.type_code = d.type_code "
                + "and m.channel = d.channel and m.root_cause = d.root_cause").param(DAY).param(DAY.withDayOfMonth(1)).update();
        jdbc.sql("update analytics_station_monthly m set " + minus + " from analytics_station_daily d where d.day = ? "
                + "and m.day = ? and m.unit_path = d.unit_path and m.type_code = d.type_code "
                + "and m.category_code = d.category_code and m.channel = d.channel").param(DAY).param(DAY.withDayOfMonth(1)).update();
        jdbc.sql("update analytics_station_cause_monthly m set resolved = m.resolved - d.resolved "
                + "from analytics_station_cause_daily d where d.day = ? and m.day = ? and m.unit_path = d.unit_path "
                + "and m.type_code = d.type_code and m.channel = d.channel and m.root_cause = d.root_cause")
                .param(DAY).param(DAY.withDayOfMonth(1)).update();
        for (String table : List.of("analytics_station_daily", "analytics_station_trend", "analytics_station_cause_daily")) {
            jdbc.sql("delete from " + table + " where day = ?").param(DAY).update();
        }
        jdbc.sql("delete from analytics_daily where day = ?").param(DAY).update();
        jdbc.sql("delete from analytics_cause_daily where day = ?").param(DAY).update();
        jdbc.sql("delete from analytics_order where day = ?").param(DAY).update();
        assertThat(backfill.behind()).isTrue();

        assertThat(backfill.run()).isEqualTo(4);

        assertThat(jdbc.sql(projection).param(DAY).query().listOfRows()).isEqualTo(facts);
        assertThat(jdbc.sql(cells).param(DAY).query().listOfRows()).isEqualTo(daily);
        assertThat(jdbc.sql(causes).param(DAY).query().listOfRows()).isEqualTo(causeCells);
        String monthSums = "select " + Measure.columns("sum(", ")") + " from analytics_monthly where day = ?";
        String daySums = "select " + Measure.columns("sum(", ")") + " from analytics_daily where day >= ? and day < ?";
        assertThat(jdbc.sql(monthSums).param(DAY.withDayOfMonth(1)).query().singleRow())
                .isEqualTo(jdbc.sql(daySums).param(DAY.withDayOfMonth(1)).param(DAY.withDayOfMonth(1).plusMonths(1))
                        .query().singleRow());
        assertThat(jdbc.sql(stationCells).param(DAY).query().listOfRows()).isEqualTo(stationDaily);
        assertThat(jdbc.sql(trend).param(DAY).query().listOfRows()).isEqualTo(trendCells);
        assertThat(jdbc.sql(stationCauses).param(DAY).query().listOfRows()).isEqualTo(stationCauseCells);
        assertThat(jdbc.sql(monthRow).param(DAY.withDayOfMonth(1)).query().singleRow()).isEqualTo(stationMonth);
        assertThat(backfill.behind()).isFalse();
        assertThat(backfill.run()).isZero();
    }
}
