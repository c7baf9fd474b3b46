package com.griddesk.quality;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.StaffMember;
import com.griddesk.shared.DateRange;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inspection results per person and per unit, for inspections scored in a period, within the caller's units. */
@Service
@Transactional(readOnly = true)
public class QualityScores {

    public enum By { PERSON, UNIT }

    /** One person's or unit's inspections: how many, the mean share of the points, the lowest, how many passed. */
    public record Line(String key, String name, String unitName, long inspections, double meanShare, double lowestShare,
            long passed) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final QualitySettings settings;

    QualityScores(JdbcClient jdbc, OrgDirectory org, QualitySettings settings) {
        this.jdbc = jdbc;
        this.org = org;
        this.settings = settings;
    }

    public List<Line> of(By by, LocalDate from, LocalDate to, CurrentStaff staff) {
        QualityInspections.requireSupervisor(staff);
        DateRange range = DateRange.of(from, to, QualityInspections.ZONE);
        String key = by == By.UNIT ? "unit_id" : "person_id";
        return jdbc.sql("select " + key + " as k, count(*) as n, avg(total::float / max_total) as mean,"
                + " min(total::float / max_total) as lowest,"
                + " sum(case when total::float / max_total >= ? then 1 else 0 end) as passed"
                + " from quality_inspection where status = 'SCORED' and " + key + " is not null and unit_path like ?"
                + " and scored_at >= ? and scored_at < ? group by " + key + " order by mean, k")
                .param(settings.passShare()).param(staff.scopePath() + "%").param(Timestamp.from(range.start()))
                .param(Timestamp.from(range.end()))
                .query((rs, i) -> line(by, rs.getLong("k"), rs.getLong("n"), rs.getDouble("mean"), rs.getDouble("lowest"),
                        rs.getLong("passed")))
                .list();
    }

    private Line line(By by, long id, long n, double mean, double lowest, long passed) {
        var locale = LocaleContextHolder.getLocale();
        if (by == By.UNIT) {
            var unit = org.unit(id);
            return new Line(unit.code(), unit.name(locale), org.stationOf(id).map(s -> s.name(locale)).orElse(""), n, mean,
                    lowest, passed);
        }
        StaffMember person = org.staff(id).orElse(null);
        return new Line(person == null ? Long.toString(id) : person.username(), person == null ? "#" + id : person.fullName(),
                person == null ? "" : org.unit(person.unitId()).name(locale), n, mean, lowest, passed);
    }
}
