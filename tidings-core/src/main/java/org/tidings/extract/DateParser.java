package org.tidings.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads calendar dates written the many ways pages write them: ISO, numeric, with month names in ten languages. */
final class DateParser {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            // en, de, fr, es, it, pt, nl, plus common abbreviations
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
                "januari", "stycznia", "ocak", "januára", "ianuarie", "января", "январь", "janvāris"},
            {"february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
                "fevereiro", "fev", "februari", "lutego", "şubat", "subat", "februarie", "февраля", "февраль"},
            {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "marca", "mart", "marts", "martie", "марта", "март"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "nisan", "aprilie", "апреля", "апрель"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "mayıs", "mayis", "maj", "мая", "май"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "haziran", "iunie", "июня", "июнь"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "temmuz", "iulie", "июля", "июль"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "ağustos", "agustos", "augusti", "августа", "август"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
                "września", "wrzesnia", "eylül", "eylul", "septembrie", "сентября", "сентябрь"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                "października", "pazdziernika", "ekim", "octombrie", "октября", "октябрь"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "kasım", "kasim", "noiembrie", "ноября", "ноябрь"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "dezembro", "grudnia", "aralık", "aralik", "decembrie", "декабря", "декабрь"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern CJK = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern KOREAN = Pattern.compile("((?:19|20)\\d{2})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    /** "27 March 2020", "27. März 2020", "27 de marzo de 2020", "le 27 mars 2020". */
    private static final Pattern D_MONTH_Y = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "March 27, 2020", "Mar. 27 2020". */
    private static final Pattern MONTH_D_Y = Pattern.compile(
            "(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "2020. március 27." style (Hungarian) and "2020 March 27". */
    private static final Pattern Y_MONTH_D = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\.?\\s+" + MONTH + "\\s+(\\d{1,2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Integer> HUNGARIAN = Map.ofEntries(Map.entry("január", 1),
            Map.entry("február", 2), Map.entry("március", 3), Map.entry("április", 4), Map.entry("május", 5),
            Map.entry("június", 6), Map.entry("július", 7), Map.entry("augusztus", 8),
            Map.entry("szeptember", 9), Map.entry("október", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    private DateParser() {
    }

    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(n);
        if (m == null) {
            m = HUNGARIAN.get(n);
        }
        if (m == null && n.endsWith(".")) {
            m = MONTHS.get(n.substring(0, n.length() - 1));
        }
        return m;
    }

    /** A date value from structured data (ISO-8601 mostly, sometimes anything): the first date in it. */
    static LocalDate parseValue(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(value);
        if (m.find() && value.strip().length() <= 14) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return parseText(value, true);
    }

    /** The first date written in a piece of text; {@code monthFirst} resolves 03/04/2020 as March 4. */
    static LocalDate parseText(String text, boolean monthFirst) {
        Found f = first(text, monthFirst);
        return f == null ? null : f.date;
    }

    record Found(LocalDate date, int start) {
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** Every date form below has its year within this many characters of its other parts. */
    private static final int REACH = 40;

    /**
     * The earliest-starting date expression in the text. Every form carries a four-digit year, so only the
     * surroundings of years are searched: long texts cost one cheap scan.
     */
    static Found first(String text, boolean monthFirst) {
        Matcher y = YEAR.matcher(text);
        int searched = 0;
        while (y.find()) {
            int from = Math.max(searched, y.start() - REACH);
            int to = Math.min(text.length(), y.end() + REACH);
            if (from >= to) {
                continue;
            }
            Found f = firstIn(text.substring(from, to), monthFirst);
            if (f != null) {
                return new Found(f.date, from + f.start);
            }
            searched = Math.max(from, y.end() - 4);
        }
        return null;
    }

    private static Found firstIn(String text, boolean monthFirst) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, YMD, CJK, KOREAN}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    best = earlier(best, new Found(d, m.start()));
                    break;
                }
            }
        }
        Matcher m = DMY.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String y = m.group(4);
            LocalDate d;
            if (a > 12) {
                d = date(y, b, a);
            } else if (b > 12) {
                d = date(y, a, b);
            } else if (monthFirst && "/".equals(m.group(2))) {
                d = date(y, a, b);
            } else {
                d = date(y, b, a);
            }
            if (d != null) {
                best = earlier(best, new Found(d, m.start()));
                break;
            }
        }
        m = D_MONTH_Y.matcher(text);
        while (m.find()) {
            Integer mo = month(m.group(2));
            if (mo != null) {
                LocalDate d = date(m.group(3), mo, Integer.parseInt(m.group(1)));
                if (d != null) {
                    best = earlier(best, new Found(d, m.start()));
                    break;
                }
            }
        }
        m = MONTH_D_Y.matcher(text);
        while (m.find()) {
            Integer mo = month(m.group(1));
            if (mo != null) {
                LocalDate d = date(m.group(3), mo, Integer.parseInt(m.group(2)));
                if (d != null) {
                    best = earlier(best, new Found(d, m.start()));
                    break;
                }
            }
        }
        m = Y_MONTH_D.matcher(text);
        while (m.find()) {
            Integer mo = month(m.group(2));
            if (mo != null) {
                LocalDate d = date(m.group(1), mo, Integer.parseInt(m.group(3)));
                if (d != null) {
                    best = earlier(best, new Found(d, m.start()));
                    break;
                }
            }
        }
        return best;
    }

    private static Found earlier(Found a, Found b) {
        return a == null || b.start < a.start ? b : a;
    }

    private static LocalDate date(String y, String m, String d) {
        return date(y, Integer.parseInt(m), Integer.parseInt(d));
    }

    private static LocalDate date(String y, int m, int d) {
        try {
            return LocalDate.of(Integer.parseInt(y), m, d);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
