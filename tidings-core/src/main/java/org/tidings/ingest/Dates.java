package org.tidings.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication times as sources write them, turned into the ISO-8601 forms {@link Article#published()} holds. */
final class Dates {

    static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    /** A line that is only a date, as news sites and Wikinews put above the text: "Friday, January 4, 2019". */
    static final Pattern DATELINE = Pattern.compile("(?:" + WEEKDAY + ",?\\s+)?(" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4})");

    private static final DateTimeFormatter ISO_NO_COLON_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            fmt("EEEE, MMMM d, yyyy h:mm:ss a"), fmt("EEEE, MMMM d, yyyy h:mm a"),
            fmt("MMMM d, yyyy h:mm:ss a"), fmt("MMMM d, yyyy h:mm a"));
    private static final List<DateTimeFormatter> DAYS = List.of(
            fmt("EEEE, MMMM d, yyyy"), fmt("MMMM d, yyyy"), fmt("MMMM d yyyy"), fmt("d MMMM yyyy"),
            fmt("EEEE, d MMMM yyyy"), fmt("MMM d, yyyy"), fmt("d MMM yyyy"), fmt("yyyy/MM/dd"));
    private static final Pattern SPACE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(.*)");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

    private Dates() {
    }

    private static DateTimeFormatter fmt(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** ISO-8601 for a date or time in a common form, or null when it is not understood. */
    static String normalise(String raw) {
        String s = Texts.blankToNull(raw);
        if (s == null) {
            return null;
        }
        Matcher st = SPACE_TIME.matcher(s);
        if (st.matches()) {
            // "2019-01-04 12:30:00" (news-please) and friends: make it ISO, keep the zone if there is one
            String zone = st.group(3).strip();
            if (zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
                zone = "Z";
            }
            s = st.group(1) + "T" + st.group(2) + zone;
        }
        try {
            return iso(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return iso(ZonedDateTime.parse(s).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return iso(OffsetDateTime.parse(s, ISO_NO_COLON_OFFSET));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return local(LocalDateTime.parse(s));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return iso(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            // next form
        }
        for (DateTimeFormatter f : LOCAL_TIMES) {
            try {
                return local(LocalDateTime.parse(s, f));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        for (DateTimeFormatter f : DAYS) {
            try {
                TemporalAccessor t = f.parse(s);
                return LocalDate.from(t).toString();
            } catch (java.time.DateTimeException e) {
                // next form
            }
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            return iso(Instant.ofEpochMilli(s.length() > 11 ? n : n * 1000));
        }
        return null;
    }

    // The formatters always print seconds (toString() drops ":00"); fractions of a second are not news.
    static String iso(OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String iso(Instant t) {
        return t == null ? null : iso(t.atOffset(ZoneOffset.UTC));
    }

    static String local(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}
