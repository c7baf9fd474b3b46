package com.griddesk.timelimit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.timelimit.BusinessCalendar;
import com.griddesk.timelimit.DayKind;
import com.griddesk.timelimit.WorkingCalendar;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holidays and make-up days in the database, seeded from {@code domain/calendar-cn.csv} (days
 * already present, perhaps edited, are left alone), held in memory for the arithmetic.
 */
@Service
class JdbcBusinessCalendar implements BusinessCalendar {

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile WorkingCalendar calendar;

    JdbcBusinessCalendar(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        seed();
        reload();
    }

    private void seed() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("domain/calendar-cn.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", 3);
                if (f.length == 3) {
                    jdbc.sql("insert into calendar_day (day, kind, name) values (?, ?, ?) on conflict (day) do nothing")
                            .param(LocalDate.parse(f[0].strip())).param(f[1].strip()).param(f[2].strip()).update();
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void reload() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        jdbc.sql("select day, kind from calendar_day").query((rs, i) -> days.put(rs.getObject(1, LocalDate.class),
                DayKind.valueOf(rs.getString(2)))).list();
        calendar = new WorkingCalendar(days, clock.getZone());
    }

    @Override
    public WorkingCalendar calendar() {
        return calendar;
    }

    @Override
    public List<Day> exceptions(int year) {
        return jdbc.sql("select day, kind, name from calendar_day where extract(year from day) = ? order by day")
                .param(year)
                .query((rs, i) -> new Day(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    @Override
    @Transactional
    public void put(Day day, CurrentStaff staff) {
        requireAdmin(staff);
        if (day.day() == null || day.kind() == null || day.name() == null || day.name().isBlank()) {
            throw DomainException.invalid("day", "validation.calendarDay");
        }
        jdbc.sql("""
                insert into calendar_day (day, kind, name, updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param(day.day()).param(day.kind().name()).param(day.name().strip()).param(staff.id())
                .param(Timestamp.from(clock.instant())).update();
        reload();
    }

    @Override
    @Transactional
    public void remove(LocalDate day, CurrentStaff staff) {
        requireAdmin(staff);
        jdbc.sql("delete from calendar_day where day = ?").param(day).update();
        reload();
    }

    private static void requireAdmin(CurrentStaff staff) {
        if (!staff.has(Role.ADMIN)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
    }
}
