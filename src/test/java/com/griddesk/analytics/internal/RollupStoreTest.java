package com.griddesk.analytics.internal;

import java.time.LocalDate;
import java.util.List;

import com.griddesk.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** One transaction's cell changes, written in one statement, fold into the coarser cells without colliding. */
class RollupStoreTest extends ApiTestBase {

    static final LocalDate DAY = LocalDate.of(2031, 9, 8);

    @Autowired
    RollupStore store;

    @Autowired
    TransactionTemplate transactions;

    String path(String code) {
        return jdbc.sql("select path from org_unit where code = ?").param(code).query(String.class).single();
    }

    long sum(String sql, Object... params) {
        return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
    }

    @Test
    void two_teams_of_a_station_and_two_categories_of_a_root_cause_add_up_in_one_write() {
        String repair = path("BJ-JN-S1-REPAIR");
        String service = path("BJ-JN-S1-SERVICE");
        String station = path("BJ-JN-S1");
        long[] one = new long[Measure.COUNT];
        one[Measure.CREATED.ordinal()] = 1;
        one[Measure.RESOLVED.ordinal()] = 1;
        Cell a = new Cell(DAY, repair, "FAULT_REPAIR", "FAULT_REPAIR.LOW_VOLTAGE", "PHONE");
        Cell b = new Cell(DAY, service, "FAULT_REPAIR", "FAULT_REPAIR.LOW_VOLTAGE", "PHONE");
        Cell c = new Cell(DAY, repair, "FAULT_REPAIR", "FAULT_REPAIR.CUSTOMER_INTERNAL", "PHONE");
        transactions.executeWithoutResult(s -> store.add(
                List.of(new RollupStore.Delta(a, one), new RollupStore.Delta(b, one), new RollupStore.Delta(c, one)),
                List.of(new RollupStore.CauseDelta(a, "EQUIPMENT_AGEING", 1), new RollupStore.CauseDelta(b, "EQUIPMENT_AGEING", 1),
                        new RollupStore.CauseDelta(c, "EQUIPMENT_AGEING", 1))));

        assertThat(sum("select sum(created) from analytics_daily where day = ?", DAY)).isEqualTo(3);
        assertThat(sum("select count(*) from analytics_daily where day = ?", DAY)).isEqualTo(3);
        assertThat(sum("select sum(created) from analytics_station_daily where day = ? and unit_path = ?", DAY, station))
                .isEqualTo(3);
        assertThat(sum("select count(*) from analytics_station_daily where day = ?", DAY)).isEqualTo(2);
        assertThat(sum("select created from analytics_station_trend where day = ? and unit_path = ?", DAY, station))
                .isEqualTo(3);
        assertThat(sum("select sum(resolved) from analytics_station_monthly where day = ?", DAY.withDayOfMonth(1)))
                .isEqualTo(3);
        // the root-cause cells have no category: the repair team's two categories share one
        assertThat(sum("select resolved from analytics_cause_daily where day = ? and unit_path = ?", DAY, repair)).isEqualTo(2);
        assertThat(sum("select resolved from analytics_station_cause_daily where day = ? and unit_path = ?", DAY, station))
                .isEqualTo(3);
        assertThat(sum("select resolved from analytics_station_cause_monthly where day = ? and unit_path = ?",
                DAY.withDayOfMonth(1), station)).isEqualTo(3);

        // the same change taken back leaves zeros, nothing new
        long[] minus = new long[Measure.COUNT];
        minus[Measure.CREATED.ordinal()] = -1;
        minus[Measure.RESOLVED.ordinal()] = -1;
        transactions.executeWithoutResult(s -> store.add(List.of(new RollupStore.Delta(a, minus)),
                List.of(new RollupStore.CauseDelta(a, "EQUIPMENT_AGEING", -1))));
        assertThat(sum("select sum(created) from analytics_station_daily where day = ?", DAY)).isEqualTo(2);
        assertThat(sum("select resolved from analytics_station_cause_daily where day = ? and unit_path = ?", DAY, station))
                .isEqualTo(2);
    }
}
