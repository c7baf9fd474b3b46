package com.griddesk.textmining.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.griddesk.textmining.HotTopics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Emerging terms by the log-odds ratio with an informative Dirichlet prior: a term counts as hot
 * when its share of this week's terms is well above its share in the baseline weeks, with the
 * prior damping terms seen only once or twice.
 */
@Service
class TopicStatistics implements HotTopics {

    private static final double PRIOR_STRENGTH = 200;
    private static final int MIN_COUNT = 2;

    private final JdbcClient jdbc;
    private final TextMiningSettings settings;
    private final ZoneId zone;

    TopicStatistics(JdbcClient jdbc, TextMiningSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.zone = clock.getZone();
    }

    record Counts(String key, int now, int before) {
    }

    @Override
    public WeeklyTopics weekly(String unitPath, LocalDate weekStart, int limit) {
        int weeks = settings.topicBaselineWeeks();
        Timestamp start = Timestamp.from(weekStart.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(weekStart.plusWeeks(1).atStartOfDay(zone).toInstant());
        Timestamp base = Timestamp.from(weekStart.minusWeeks(weeks).atStartOfDay(zone).toInstant());
        String scope = unitPath + "%";
        List<Counts> terms = jdbc.sql("""
                select t.term,
                       count(*) filter (where o.created_at >= ?) as now,
                       count(*) filter (where o.created_at < ?) as before
                from tm_order_term t join tm_order o on o.order_id = t.order_id
                where o.unit_path like ? and o.created_at >= ? and o.created_at < ?
                group by t.term""").param(start).param(start).param(scope).param(base).param(end)
                .query((rs, i) -> new Counts(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
        List<Counts> categories = jdbc.sql("""
                select coalesce(category_code, type_code),
                       count(*) filter (where created_at >= ?), count(*) filter (where created_at < ?)
                from tm_order where unit_path like ? and created_at >= ? and created_at < ?
                group by 1""").param(start).param(start).param(scope).param(base).param(end)
                .query((rs, i) -> new Counts(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
        int orders = categories.stream().mapToInt(Counts::now).sum();
        int baselineOrders = categories.stream().mapToInt(Counts::before).sum();
        return new WeeklyTopics(weekStart, weeks, orders, baselineOrders, emerging(terms, weeks, limit),
                trends(categories, weeks, limit));
    }

    static List<EmergingTerm> emerging(List<Counts> counts, int weeks, int limit) {
        double nowTotal = counts.stream().mapToInt(Counts::now).sum();
        double beforeTotal = counts.stream().mapToInt(Counts::before).sum();
        double all = nowTotal + beforeTotal;
        List<EmergingTerm> terms = new ArrayList<>();
        for (Counts c : counts) {
            if (c.now() < MIN_COUNT) {
                continue;
            }
            double alpha = PRIOR_STRENGTH * (c.now() + c.before()) / all;
            double a0 = PRIOR_STRENGTH;
            double delta = Math.log((c.now() + alpha) / (nowTotal + a0 - c.now() - alpha))
                    - Math.log((c.before() + alpha) / (beforeTotal + a0 - c.before() - alpha));
            double variance = 1 / (c.now() + alpha) + 1 / (c.before() + alpha);
            double z = delta / Math.sqrt(variance);
            if (z > 0) {
                terms.add(new EmergingTerm(c.key(), c.now(), (double) c.before() / weeks, round(z)));
            }
        }
        terms.sort(Comparator.comparingDouble(EmergingTerm::score).reversed());
        return List.copyOf(terms.subList(0, Math.min(limit, terms.size())));
    }

    static List<CategoryTrend> trends(List<Counts> counts, int weeks, int limit) {
        List<CategoryTrend> trends = new ArrayList<>();
        for (Counts c : counts) {
            if (c.now() > 0) {
                double baseline = (double) c.before() / weeks;
                trends.add(new CategoryTrend(c.key(), c.now(), round(baseline), round((c.now() + 1) / (baseline + 1))));
            }
        }
        trends.sort(Comparator.comparingDouble(CategoryTrend::lift).reversed().thenComparing(CategoryTrend::code));
        return List.copyOf(trends.subList(0, Math.min(limit, trends.size())));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
