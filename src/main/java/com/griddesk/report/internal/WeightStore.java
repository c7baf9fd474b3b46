package com.griddesk.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import com.griddesk.analytics.Indicator;
import com.griddesk.report.ReportSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment weights in force: an administrator's set if one was saved, else the settings'. */
@Repository
public class WeightStore {

    private final JdbcClient jdbc;
    private final ReportSettings settings;

    WeightStore(JdbcClient jdbc, ReportSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public Map<Indicator, Integer> current() {
        Map<Indicator, Integer> saved = new EnumMap<>(Indicator.class);
        jdbc.sql("select indicator, weight from report_weight").query(rs -> {
            saved.put(Indicator.valueOf(rs.getString("indicator")), rs.getInt("weight"));
        });
        return saved.isEmpty() ? new EnumMap<>(settings.weights()) : saved;
    }

    /** Replaces the whole set (validated by the caller), in one statement batch of the caller's transaction. */
    public void replace(Map<Indicator, Integer> weights, long staffId, Instant at) {
        jdbc.sql("delete from report_weight").update();
        weights.forEach((indicator, weight) -> jdbc.sql(
                "insert into report_weight (indicator, weight, updated_by, updated_at) values (?, ?, ?, ?)")
                .param(indicator.name()).param(weight).param(staffId).param(Timestamp.from(at)).update());
    }
}
