package com.griddesk.callback;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.shared.DateRange;
import com.griddesk.workorder.Satisfaction;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the callbacks say, within the caller's units: how many orders each unit had sent back, and
 * how satisfied customers were with and without a service recovery (source document 002: recovery
 * should win back satisfaction — here one sees whether it does).
 */
@Service
@Transactional(readOnly = true)
public class CallbackStats {

    public static final ZoneId ZONE_ID = ZoneId.of("Asia/Shanghai");

    public record UnitReworks(String unitCode, String unitName, String stationName, long reworks, long orders) {
    }

    /** A group of closed callbacks: how many, how they rated, share satisfied, mean on 5 (very satisfied) … 1. */
    public record SatisfactionGroup(String group, long total, Map<Satisfaction, Long> ratings, double satisfiedShare,
            double meanScore) {
    }

    public enum Group { COMPANY_WITH_RECOVERY, COMPANY_WITHOUT_RECOVERY, NOT_COMPANY }

    private final JdbcClient jdbc;
    private final OrgDirectory org;

    CallbackStats(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    public List<UnitReworks> reworksByUnit(LocalDate from, LocalDate to, CurrentStaff staff) {
        DateRange range = DateRange.of(from, to, ZONE_ID);
        List<UnitReworks> rows = new ArrayList<>();
        jdbc.sql("""
                select unit_id, count(*) as reworks, count(distinct order_id) as orders from callback_rework
                where unit_path like ? and at >= ? and at < ? group by unit_id order by reworks desc, unit_id""")
                .param(staff.scopePath() + "%").param(Timestamp.from(range.start())).param(Timestamp.from(range.end()))
                .query((rs, i) -> {
                    OrgUnit unit = org.unit(rs.getLong("unit_id"));
                    String station = org.stationOf(unit.id()).map(s -> s.name(LocaleContextHolder.getLocale())).orElse("");
                    return new UnitReworks(unit.code(), unit.name(LocaleContextHolder.getLocale()), station,
                            rs.getLong("reworks"), rs.getLong("orders"));
                }).list().forEach(rows::add);
        return rows;
    }

    public List<SatisfactionGroup> satisfaction(LocalDate from, LocalDate to, CurrentStaff staff) {
        DateRange range = DateRange.of(from, to, ZONE_ID);
        Map<Group, Map<Satisfaction, Long>> counts = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            counts.put(g, new EnumMap<>(Satisfaction.class));
        }
        jdbc.sql("""
                select case when responsibility = 'COMPANY' and with_recovery then 'COMPANY_WITH_RECOVERY'
                            when responsibility = 'COMPANY' then 'COMPANY_WITHOUT_RECOVERY' else 'NOT_COMPANY' end as grp,
                       satisfaction, count(*) as n
                from callback_task where status = 'DONE' and satisfaction is not null and unit_path like ?
                  and finished_at >= ? and finished_at < ?
                group by 1, 2""")
                .param(staff.scopePath() + "%").param(Timestamp.from(range.start())).param(Timestamp.from(range.end()))
                .query((rs, i) -> {
                    counts.get(Group.valueOf(rs.getString("grp"))).put(Satisfaction.valueOf(rs.getString("satisfaction")),
                            rs.getLong("n"));
                    return null;
                }).list();
        return counts.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
    }

    private static SatisfactionGroup group(Group g, Map<Satisfaction, Long> ratings) {
        long total = ratings.values().stream().mapToLong(Long::longValue).sum();
        long satisfied = ratings.getOrDefault(Satisfaction.VERY_SATISFIED, 0L) + ratings.getOrDefault(Satisfaction.SATISFIED, 0L);
        double score = ratings.entrySet().stream().mapToDouble(e -> score(e.getKey()) * e.getValue()).sum();
        return new SatisfactionGroup(g.name(), total, ratings, total == 0 ? 0 : (double) satisfied / total,
                total == 0 ? 0 : score / total);
    }

    static int score(Satisfaction s) {
        return switch (s) {
            case VERY_SATISFIED -> 5;
            case SATISFIED -> 4;
            case NEUTRAL -> 3;
            case DISSATISFIED -> 2;
            case VERY_DISSATISFIED -> 1;
        };
    }

}
