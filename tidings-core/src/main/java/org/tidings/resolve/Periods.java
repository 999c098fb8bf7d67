package org.tidings.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The days a TIMEX-style date value names: "2024-10-21", "2024-10", "2024-W42", "2024". */
public final class Periods {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(-WE)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private Periods() {
    }

    /** First and last day of the period, or null when the value names no calendar period. */
    public static LocalDate[] of(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new LocalDate[] {d, d};
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY);
                return new LocalDate[] {monday, monday.plusDays(6)};
            }
            if ((m = YEAR.matcher(value)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
