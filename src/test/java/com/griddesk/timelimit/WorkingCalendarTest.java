package com.griddesk.timelimit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Working-day arithmetic across weekends, holiday blocks and make-up days, on the shipped calendar. */
class WorkingCalendarTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final WorkingCalendar CALENDAR = new WorkingCalendar(load(), ZONE);

    static Map<LocalDate, DayKind> load() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        try (InputStream in = new ClassPathResource("domain/calendar-cn.csv").getInputStream()) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",");
                if (f.length >= 2) {
                    days.put(LocalDate.parse(f[0].strip()), DayKind.valueOf(f[1].strip()));
                }
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return days;
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    @Test
    void an_ordinary_week_skips_the_weekend() {
        assertThat(CALENDAR.deadline(at("2026-11-20T10:00"), 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-11-23T10:00"));
        assertThat(CALENDAR.deadline(at("2026-11-18T10:00"), 4, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-11-24T10:00"));
    }

    @Test
    void a_complaint_on_the_friday_before_national_day_2025_counts_the_make_up_sunday() {
        // Fri 26 Sep → Sun 28 Sep (make-up) , Mon 29, Tue 30, then 1–8 Oct off → Thu 9 Oct
        assertThat(CALENDAR.deadline(at("2025-09-26T10:00"), 4, LimitUnit.WORKING_DAYS)).isEqualTo(at("2025-10-09T10:00"));
        // 7 working days (2011 commitment): … 9, 10, Sat 11 (make-up), Mon 13 → Mon 13 Oct
        assertThat(CALENDAR.deadline(at("2025-09-26T10:00"), 7, LimitUnit.WORKING_DAYS)).isEqualTo(at("2025-10-13T10:00"));
    }

    @Test
    void a_complaint_on_the_friday_before_national_day_2026_lands_after_the_block() {
        // Fri 25 Sep 2026 is Mid-Autumn (holiday): received then, counting starts Mon 28 Sep 00:00
        assertThat(CALENDAR.deadline(at("2026-09-25T15:00"), 4, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-10-09T00:00"));
        // Fri 18 Sep → Sun 20 (make-up), Mon 21, Tue 22, Wed 23 → Wed 23 Sep
        assertThat(CALENDAR.deadline(at("2026-09-18T09:30"), 4, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-09-23T09:30"));
        // Wed 30 Sep → holidays 1–7 Oct → Thu 8, Fri 9, Sat 10 (make-up), Mon 12
        assertThat(CALENDAR.deadline(at("2026-09-30T16:00"), 4, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-10-12T16:00"));
    }

    @Test
    void spring_festival_2025_and_its_make_up_days() {
        // Fri 24 Jan → Sun 26 (make-up), Mon 27, then 28 Jan–4 Feb off → Wed 5, Thu 6 → Thu 6 Feb
        assertThat(CALENDAR.deadline(at("2025-01-24T11:00"), 4, LimitUnit.WORKING_DAYS)).isEqualTo(at("2025-02-06T11:00"));
        // Thu 6 Feb + 2 → Fri 7, Sat 8 (make-up)
        assertThat(CALENDAR.deadline(at("2025-02-06T11:00"), 2, LimitUnit.WORKING_DAYS)).isEqualTo(at("2025-02-08T11:00"));
    }

    @Test
    void spring_festival_2026_and_its_make_up_days() {
        // Fri 13 Feb → Sat 14 (make-up), then 15–23 Feb off → Tue 24, Wed 25, Thu 26
        assertThat(CALENDAR.deadline(at("2026-02-13T14:00"), 4, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-02-26T14:00"));
        // Thu 26 Feb + 2 → Fri 27, Sat 28 (make-up)
        assertThat(CALENDAR.deadline(at("2026-02-26T14:00"), 2, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-02-28T14:00"));
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
    }

    @Test
    void working_time_between_is_the_inverse_of_adding_it() {
        Instant start = at("2025-09-26T10:00");
        Instant end = at("2025-10-09T10:00");
        assertThat(CALENDAR.workingTimeBetween(start, end)).isEqualTo(Duration.ofDays(4));
        assertThat(CALENDAR.workingTimeBetween(at("2025-10-01T00:00"), at("2025-10-08T23:59"))).isZero();
        assertThat(CALENDAR.addWorkingTime(start, CALENDAR.workingTimeBetween(start, at("2025-09-30T18:00"))))
                .isEqualTo(at("2025-09-30T18:00"));
    }

    @Test
    void calendar_units_count_every_day_and_hour() {
        assertThat(CALENDAR.deadline(at("2025-09-30T10:00"), 10, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2025-10-10T10:00"));
        assertThat(CALENDAR.deadline(at("2025-10-01T23:30"), 45, LimitUnit.MINUTES)).isEqualTo(at("2025-10-02T00:15"));
        assertThat(CALENDAR.deadline(at("2025-10-01T23:30"), 24, LimitUnit.HOURS)).isEqualTo(at("2025-10-02T23:30"));
    }
}
