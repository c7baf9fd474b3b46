package com.griddesk.timelimit;

import java.time.LocalDate;
import java.util.List;

import com.griddesk.org.CurrentStaff;

/** The working-day calendar: loaded from calendar-cn.csv, editable by administrators. */
public interface BusinessCalendar {

    record Day(LocalDate day, DayKind kind, String name) {
    }

    WorkingCalendar calendar();

    List<Day> exceptions(int year);

    /** Marks a day as a holiday or a make-up working day. */
    void put(Day day, CurrentStaff staff);

    /** Makes a day an ordinary day of the week again. */
    void remove(LocalDate day, CurrentStaff staff);
}
