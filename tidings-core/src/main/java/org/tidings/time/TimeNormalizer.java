package org.tidings.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Timex;
import org.tidings.nlp.Token;

/**
 * Time expressions of a news text, starting from SUTime's and going beyond it: relative expressions are
 * resolved as news is written (a bare weekday or month is the latest one before the article in past-tense
 * reporting and the next one in future tense), anaphoric ones ("that same day", "two days later", "the
 * following week") against the previous date of the text, at the precision written (day, week, month,
 * quarter, year); extents that SUTime gets wrong for news ("6-year-old", "once", "Wednesday" without its
 * "night") are mended, and phrases it misses ("that same day", "the year-earlier quarter") are added.
 */
public final class TimeNormalizer {

    private TimeNormalizer() {
    }

    /** Runs the light pipeline (no parse) on a text written on {@code dct} and returns its time expressions. */
    public static List<Timex> annotate(String text, LocalDate dct) {
        return normalize(NlpPipeline.withoutParse().annotate(text, dct));
    }

    /**
     * The improved time expressions of an analysed document, in text order. The anchor is the article's
     * publication date; without one, SUTime's values are kept for expressions that need it.
     */
    public static List<Timex> normalize(AnnotatedDocument doc) {
        Objects.requireNonNull(doc, "doc");
        LocalDate dct = doc.article() == null ? null : doc.article().publicationDate().orElse(null);
        return new Resolver(doc, dct).run();
    }

    static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?";
    /** Words that may stand before a month without making it a surname ("early May", "last June"). */
    private static final java.util.regex.Pattern TIME_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:" + MONTHS + "|" + WEEKDAYS + "|early|mid|late|last|next|this)");
    static final String NUM = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}|a few|several|some";
    static final String UNIT = "day|week|month|year|quarter";

    /** Phrases SUTime does not mark at all, or marks only in part. */
    private static final Pattern EXTRA = Pattern.compile(
            "\\b(?:(?:earlier|later) (?:on )?)?(?:that|the) (?:same |very )?(?:day|morning|afternoon|evening|night)\\b"
                    + "(?! (?:before|after|of|when|that|in|on))"
                    + "|\\bthe (?:following|next|previous|preceding) (?:day|week|month|year|morning|evening|night)\\b"
                    + "|\\bthe day (?:after|before)(?= [,.;]|[,.;]| (?:that|yesterday|his|her|its|their|the))"
                    + "|\\b(?:(?:earlier|later) )?that (?:week|month|year)\\b"
                    + "|\\b(?:" + NUM + ") (?:day|week|month|year)s? (?:later|earlier)\\b"
                    + "|\\b(?:the )?year-(?:earlier|ago)(?: (?:quarter|period|nine months|six months|first half|second half))?\\b"
                    + "|\\bthe (?:latest|recent|comparable|current) (?:period|quarter)\\b"
                    + "|\\bthe (?:nineteen|twenty)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b"
                    + "|\\b(?:early|mid|late)-(?:" + MONTHS + "|\\d{4}s?)\\b"
                    + "|\\byear(?:-| |'s )end\\b"
                    + "|\\b(?:day|week|month|year|decade)s?-long\\b"
                    + "|\\bElection Day\\b"
                    + "|\\bEaster week\\b"
                    + "|\\b(?:pre|post)-\\d{4}\\b"
                    + "|\\b(?<=(?:a|an) (?:great|historic|sad|dark|black|proud|momentous|tragic) )day(?= (?:for|in)\\b)"
                    + "|\\bthe week of (?:" + MONTHS + ") \\d{1,2}\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words SUTime marks that are not time expressions in news ("once", "annual", ages). */
    private static final Pattern NOT_TIME = Pattern.compile(
            "(?i)early|late|once|previously|quarterly|(?:the )?annual|annually|present|future|the|sec|night|day|time|a|an|\\d+-(?:year|month|week|day)-old"
                    + "|.*\\b(?:years?|months?|weeks?|days?)[- ]old\\b.*|.*-year-olds?");

    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)morning|afternoon|evening|night|tonight");

    /** One expression being built: its span and its TIMEX3 attributes. */
    private static final class Item {
        int sentence;
        int tb;
        int te;
        String type;
        String value;
        String mod;
        boolean fromSutime;

        Item(int sentence, int tb, int te, String type, String value, String mod, boolean fromSutime) {
            this.sentence = sentence;
            this.tb = tb;
            this.te = te;
            this.type = type;
            this.value = value;
            this.mod = mod;
            this.fromSutime = fromSutime;
        }
    }

    private static final class Resolver {
        private final AnnotatedDocument doc;
        private final LocalDate dct;
        /** The last date of day precision the text gave, for anaphors ("that same day"). */
        private LocalDate lastDay;
        /** The last anchored value of any precision ("2024-06", "2024-W42"). */
        private String lastValue;
        /** The first day of the last anchored value. */
        private LocalDate lastStart;

        Resolver(AnnotatedDocument doc, LocalDate dct) {
            this.doc = doc;
            this.dct = dct;
        }

        List<Timex> run() {
            List<Item> items = new ArrayList<>();
            for (Timex t : doc.timexes()) {
                items.add(new Item(t.sentence(), t.tokenBegin(), t.tokenEnd(), t.type(), t.value(), t.mod(), true));
            }
            addExtra(items);
            items.sort(Comparator.comparingInt((Item i) -> i.sentence).thenComparingInt(i -> i.tb));
            List<Timex> out = new ArrayList<>();
            for (Item it : items) {
                Sentence s = doc.sentences().get(it.sentence);
                extend(it, s);
                // "Friday morning" taken in whole: SUTime's own "morning" after it goes.
                if (!out.isEmpty() && out.get(out.size() - 1).sentence() == it.sentence
                        && out.get(out.size() - 1).tokenEnd() > it.tb) {
                    continue;
                }
                String text = s.span(it.tb, it.te);
                if (it.fromSutime && NOT_TIME.matcher(text.strip()).matches() || notTime(it, s, text.strip())) {
                    continue;
                }
                if (dct != null) {
                    resolve(it, text.toLowerCase(Locale.ROOT), s);
                }
                it.value = tidy(it.value);
                if (it.value == null && ("DATE".equals(it.type) || "TIME".equals(it.type)) && dct != null) {
                    // SUTime joined two expressions ("Nov. 3, the day before"): keep the first, resolved alone.
                    for (int k = it.tb + 1; k < it.te; k++) {
                        if (s.tokens().get(k).word().equals(",")) {
                            it.te = k;
                            resolve(it, s.span(it.tb, it.te).toLowerCase(Locale.ROOT), s);
                            it.value = tidy(it.value);
                            text = s.span(it.tb, it.te);
                            break;
                        }
                    }
                    // "the early hours of Thursday": the day named after "of".
                    for (int k = it.te - 2; it.value == null && k > it.tb; k--) {
                        if (s.tokens().get(k).word().equalsIgnoreCase("of")) {
                            Item rest = new Item(it.sentence, k + 1, it.te, it.type, null, null, true);
                            resolve(rest, s.span(k + 1, it.te).toLowerCase(Locale.ROOT), s);
                            if (rest.value != null) {
                                it.tb = k + 1;
                                it.type = rest.type;
                                it.value = tidy(rest.value);
                                it.mod = rest.mod;
                                text = s.span(it.tb, it.te);
                            }
                        }
                    }
                }
                if (it.value == null && ("DATE".equals(it.type) || "TIME".equals(it.type))) {
                    continue; // SUTime joins some phrases into one it cannot resolve: no value is better left out
                }
                remember(it);
                int begin = s.tokens().get(it.tb).begin();
                int end = s.tokens().get(it.te - 1).end();
                out.add(new Timex(it.sentence, it.tb, it.te, begin, end, doc.text().substring(begin, end),
                        it.type, it.value, it.mod));
                // "April 24 and 25": the second day shares the first one's month and year.
                List<Token> toks = s.tokens();
                if (it.value != null && it.value.matches("\\d{4}-\\d{2}-\\d{2}") && it.te + 1 < toks.size()
                        && toks.get(it.te - 1).word().matches("\\d{1,2}") && toks.get(it.te).word().matches("and|or|to|-")
                        && dayNumber(toks.get(it.te + 1)) && (it.te + 2 >= toks.size() || !toks.get(it.te + 2).word().matches("(?i)%|percent|" + MONTHS))) {
                    LocalDate second = safeDate(Integer.parseInt(it.value.substring(0, 4)), Integer.parseInt(it.value.substring(5, 7)),
                            Integer.parseInt(toks.get(it.te + 1).word().replaceAll("\\D", "")));
                    int k = it.te + 1;
                    boolean taken = items.stream().anyMatch(o -> o.sentence == it.sentence && o.tb <= k && k < o.te);
                    if (second != null && !taken) {
                        Token d = toks.get(k);
                        out.add(new Timex(it.sentence, k, k + 1, d.begin(), d.end(), doc.text().substring(d.begin(), d.end()),
                                "DATE", second.toString(), null));
                    }
                }
            }
            return out;
        }

        /** A first name or title before a month-like surname: a capitalised proper noun that is no time word. */
        private static boolean nameBefore(Token t) {
            return t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0))
                    && !TIME_WORD.matcher(t.word()).matches();
        }

        /** Marks SUTime takes for times that are not, in context: names, rates, datelines, verbs. */
        private boolean notTime(Item it, Sentence s, String text) {
            List<Token> toks = s.tokens();
            Token next = it.te < toks.size() ? toks.get(it.te) : null;
            Token prev = it.tb > 0 ? toks.get(it.tb - 1) : null;
            // "Jan Kavan", "May Smith": a month followed by a name.
            if (text.matches("Jan|May|June|April|August") && next != null
                    && next.pos().equals("NNP") && !next.word().matches("\\d+|(?i)(?:" + MONTHS + "|" + WEEKDAYS + ")")) {
                return true;
            }
            // "Theresa May", "Prime Minister May", "Mrs May": a month after a name or title is a surname.
            if (text.matches("May|June|April|August") && prev != null && nameBefore(prev)) {
                return true;
            }
            if (it.te - it.tb == 2 && text.matches("[A-Z][a-z]+ (?:May|June|April|August)") && nameBefore(toks.get(it.tb))) {
                return true; // SUTime takes the first name in: "Theresa May" as May
            }
            // SUTime may take the name in too: "Jan Kavan" as January.
            if (it.te - it.tb == 2 && text.matches("(?:Jan|May|June|April|August) [A-Z][a-z]+")
                    && toks.get(it.tb + 1).pos().equals("NNP")
                    && !toks.get(it.tb + 1).word().matches("(?i)(?:" + MONTHS + "|" + WEEKDAYS + ")")) {
                return true;
            }
            // "the march", "this march", "March for Life": the noun, not the month.
            if (text.matches("(?:this |the |a |an )?(?:annual |yearly )?(?:march|may)") || text.matches("March|May") && next != null
                    && (next.word().equals("for") || next.word().equals("of") && it.te + 1 < toks.size()
                    && !toks.get(it.te + 1).word().matches("\\d{4}|this|last|next|that"))) {
                return true;
            }
            // A clock time given in another zone: "(0735 GMT)".
            if (text.matches("0\\d{3}")) {
                return true;
            }
            // A sentence-opening "Now" mostly turns the story ("Now, officials say ..."), not a time.
            if (text.equals("Now") && (it.tb == 0 || prev != null && prev.word().matches("[\"`']+"))) {
                return true;
            }
            if (text.endsWith(" of")) {
                return true;
            }
            // "year-end net": an adjective, not the time.
            if (text.matches("(?i)year(?:-| |'s )end") && next != null && next.pos().matches("NN.*|JJ.*")) {
                return true;
            }
            // "Today is a sad day for ...": the day is today, told already.
            if (!it.fromSutime && text.equals("day")) {
                for (int i = Math.max(0, it.tb - 6); i < it.tb; i++) {
                    if (toks.get(i).word().equalsIgnoreCase("today")) {
                        return true;
                    }
                }
            }
            // "later in the day before returning home": "before" is the preposition of the clause.
            if (text.matches("(?i)the day (?:before|after)") && next != null && next.pos().equals("VBG")) {
                return true;
            }
            // "a second betrayal": the ordinal, not the unit.
            if (text.matches("(?i)a second") && next != null && next.pos().matches("NN.*|JJ.*")) {
                return true;
            }
            // "Spring of Life", "High Noon", "1987 Chevrolet": names and models.
            if (text.matches("Spring|Summer|Autumn|Fall|Winter") && it.tb > 0 && next != null && next.word().equals("of")) {
                return true;
            }
            if (text.matches("(?i)noon") && prev != null && prev.word().equalsIgnoreCase("high")) {
                return true;
            }
            // "his year in kindergarten", "Kellogg's year": a possessed unit is no time expression.
            if (text.matches("(?i)year|month|week") && prev != null && prev.pos().matches("POS|PRP\\$")) {
                return true;
            }
            // "today's youth", "today's personal computers": the present in general, not the day.
            if (text.equalsIgnoreCase("today") && next != null && next.word().equals("'s") && it.te + 1 < toks.size()) {
                Token n1 = toks.get(it.te + 1);
                Token n2 = it.te + 2 < toks.size() ? toks.get(it.te + 2) : n1;
                if (n1.word().toLowerCase(Locale.ROOT).matches("world|youth|society|generation|children|economy")
                        || n1.pos().startsWith("JJ") && n2.pos().equals("NNS")) {
                    return true;
                }
            }
            // "the dark nights": a bare plural part of day is no time of its own.
            if (text.matches("(?i)nights|mornings|evenings|afternoons")) {
                return true;
            }
            // "minutes apart", "seconds before the blast": a bare small unit is no time expression.
            if (text.matches("(?i)minutes|seconds")) {
                return true;
            }
            // A unit written with a capital inside a sentence is a title: "60 Minutes", "High Noon".
            if (it.tb > 0 && text.matches(".*\\b(?:Minutes|Hours|Days|Noon|Midnight)") && prev != null && !prev.word().equals(".")) {
                return true;
            }
            // Fractions: "about three-quarters of its food", "more than a quarter of the market".
            if (text.matches("(?i)(?:about |nearly |almost |more than |less than |roughly )?(?:a|one|two|three)[- ]quarters?")
                    && next != null && next.word().equalsIgnoreCase("of")) {
                return true;
            }
            // "24 hours a day": a length inside a rate.
            if ("DURATION".equals(it.type) && it.te + 1 < toks.size() && toks.get(it.te).word().matches("(?i)a|an|per")
                    && toks.get(it.te + 1).word().matches("(?i)day|week|month|year")) {
                return true;
            }
            // Rates: "four flights a week", "$500 million a year", "24 hours a day".
            if (text.matches("(?i)(?:a|an|per) (?:day|week|month|year|quarter)") && prev != null
                    && (prev.pos().equals("CD") || prev.pos().equals("NNS") || prev.pos().equals("NNPS") || prev.pos().equals("NN")
                    || prev.pos().equals("$"))) {
                return true;
            }
            // "the Communist Party daily": a newspaper.
            return text.equalsIgnoreCase("daily") && toks.get(it.tb).pos().startsWith("NN");
        }

        /** Adds the phrases SUTime missed; where one overlaps SUTime's expressions it takes their place. */
        private void addExtra(List<Item> items) {
            for (Sentence s : doc.sentences()) {
                Matcher m = EXTRA.matcher(s.text());
                while (m.find()) {
                    int b = s.begin() + m.start();
                    int e = s.begin() + m.end();
                    int tb = -1;
                    int te = -1;
                    for (Token t : s.tokens()) {
                        if (t.begin() >= b && t.end() <= e) {
                            if (tb < 0) {
                                tb = t.index();
                            }
                            te = t.index() + 1;
                        }
                    }
                    if (tb < 0 || s.tokens().get(tb).begin() != b || s.tokens().get(te - 1).end() != e) {
                        continue; // not on token boundaries
                    }
                    final int fb = tb;
                    final int fe = te;
                    items.removeIf(i -> i.sentence == s.index() && i.tb < fe && fb < i.te && i.tb >= fb && i.te <= fe);
                    boolean overlapping = items.stream().anyMatch(i -> i.sentence == s.index() && i.tb < fe && fb < i.te);
                    if (!overlapping) {
                        items.add(new Item(s.index(), tb, te, "DATE", null, null, false));
                    }
                }
            }
        }

        /** Takes in a part of day after a weekday ("Wednesday night") and a leading "early"/"late". */
        private void extend(Item it, Sentence s) {
            List<Token> toks = s.tokens();
            if (it.te < toks.size() && PART_OF_DAY.matcher(toks.get(it.te).word()).matches()
                    && toks.get(it.te - 1).word().toLowerCase(Locale.ROOT).matches(WEEKDAYS + "|today|yesterday|tomorrow")) {
                it.te++;
            }
            // "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": the clock time takes in the day it is on.
            if ("TIME".equals(it.type) && it.value != null && it.value.matches(".*T\\d{2}.*")) {
                int k = it.te;
                if (k < toks.size() && toks.get(k).word().equals(",") && !toks.get(it.te - 1).word().equals(",")) {
                    k++;
                }
                if (k < toks.size() && toks.get(k).word().toLowerCase(Locale.ROOT).matches(WEEKDAYS + "|today|yesterday|tomorrow")) {
                    it.te = k + 1;
                } else if (k + 1 < toks.size() && month(toks.get(k).word()) > 0
                        && toks.get(k).word().toLowerCase(Locale.ROOT).matches(MONTHS) && dayNumber(toks.get(k + 1))) {
                    it.te = k + 2;
                }
            }
            // "last Oct. 23": SUTime may stop at the month.
            if (it.te < toks.size() && toks.get(it.te - 1).word().toLowerCase(Locale.ROOT).matches(MONTHS)
                    && dayNumber(toks.get(it.te)) && (it.te + 1 >= toks.size()
                    || !toks.get(it.te + 1).word().toLowerCase(Locale.ROOT).matches("%|percent|,?\\d.*"))) {
                it.te++;
            }
            // "the 1989 period", "the 1988 quarter": the year names which period.
            if (toks.get(it.tb).word().matches("\\d{4}") && it.te - it.tb <= 2) {
                if (it.te - it.tb == 1 && it.te < toks.size() && toks.get(it.te).word().matches("(?i)quarter|period")) {
                    it.te++;
                }
                if (it.te - it.tb == 2 && toks.get(it.te - 1).word().matches("(?i)quarter|period") && it.tb > 0
                        && toks.get(it.tb - 1).word().equalsIgnoreCase("the")) {
                    it.tb--;
                }
            }
            // "5 1/2 hours", "two more weeks": SUTime marks only the unit.
            if (it.te - it.tb == 1 && it.tb > 0 && toks.get(it.tb).word().toLowerCase(Locale.ROOT)
                    .matches("years|months|weeks|days|hours|minutes")) {
                Token prev = toks.get(it.tb - 1);
                if (prev.word().matches("\\d+[\\s\u00a0]1/2") && !toks.get(it.tb).word().matches("(?i)months|weeks")) {
                    it.tb--;
                } else if (prev.word().equalsIgnoreCase("more") && it.tb > 1 && number(toks.get(it.tb - 2).word().toLowerCase(Locale.ROOT)) > 0) {
                    it.tb -= 2;
                }
            }
        }

        private static boolean dayNumber(Token t) {
            if (!t.word().matches("\\d{1,2}(?:st|nd|rd|th)?")) {
                return false;
            }
            int d = Integer.parseInt(t.word().replaceAll("\\D", ""));
            return d >= 1 && d <= 31;
        }

        private void remember(Item it) {
            if (it.value == null || !"DATE".equals(it.type) && !"TIME".equals(it.type)) {
                return;
            }
            Matcher m = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})").matcher(it.value);
            if (m.find()) {
                lastDay = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                lastValue = it.value.substring(0, 10);
            } else if (it.value.matches("\\d{4}(-(\\d{2}|W\\d{2}|Q\\d))?")) {
                lastValue = it.value;
            }
            lastStart = startOf(it.value, lastStart);
        }

        private void resolve(Item it, String text, Sentence s) {
            String t = text.replaceAll("\\s+", " ").replaceAll("'s$", "").strip();
            Tense tense = tense(s, it.tb, it.te);
            Matcher m;
            // A clock time on a named day ("10 p.m. Wednesday"): the day as news resolves it, the hour as SUTime read it.
            m = Pattern.compile("^(.*?),? ((?:" + WEEKDAYS + "|today|yesterday|tomorrow)|(?:" + MONTHS + ") \\d{1,2}(?:st|nd|rd|th)?)$").matcher(t);
            if ("TIME".equals(it.type) && it.value != null && m.matches() && !m.group(1).isEmpty()) {
                Matcher clock = Pattern.compile("(T\\d{2}(?::\\d{2})?)").matcher(it.value);
                Item day = new Item(it.sentence, it.tb, it.te, "DATE", null, null, false);
                String dayText = m.group(2);
                if (dayText.matches("today|yesterday|tomorrow")) {
                    day.value = (dayText.equals("today") ? dct : dayText.equals("yesterday") ? dct.minusDays(1) : dct.plusDays(1)).toString();
                } else {
                    resolve(day, dayText, s);
                }
                if (clock.find() && day.value != null && day.value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    it.value = day.value + clock.group(1);
                    return;
                }
            }
            // "5 1/2 hours", "two more weeks".
            m = Pattern.compile("^(?:(\\d+)[ \u00a0]1/2|(" + NUM + ") more) (years|months|weeks|days|hours|minutes)$").matcher(t);
            if (m.matches()) {
                String unit = m.group(3);
                int n = number(m.group(1) != null ? m.group(1) : m.group(2));
                if (n > 0) {
                    boolean half = m.group(1) != null;
                    it.type = "DURATION";
                    it.value = switch (unit) {
                        case "years" -> "P" + n + "Y" + (half ? "6M" : "");
                        case "days" -> "P" + n + "D" + (half ? "T12H" : "");
                        case "hours" -> "PT" + n + "H" + (half ? "30M" : "");
                        case "minutes" -> "PT" + n + "M" + (half ? "30S" : "");
                        default -> "P" + n + unit.toUpperCase(Locale.ROOT).charAt(0);
                    };
                    return;
                }
            }
            // Weekdays: "Monday", "on Monday", "last Friday", "Wednesday night".
            m = Pattern.compile("^(?:(on|last|this|next|early|late|earlier|later|past) )?(" + WEEKDAYS
                    + ")(?: (morning|afternoon|evening|night))?$").matcher(t);
            if (m.matches()) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                String pre = m.group(1) == null ? "" : m.group(1);
                LocalDate d = switch (pre) {
                    case "last", "past" -> previous(dct.minusDays(1), dow);
                    case "next" -> next(dct.plusDays(1), dow);
                    // News reports what happened: a bare weekday is the latest one on or before the article
                    // unless the clause looks ahead ("will meet on Thursday", "until Friday").
                    default -> tense == Tense.FUTURE ? next(dct, dow) : previous(dct, dow);
                };
                // "Friday, Oct. 23": the date in apposition says which Friday.
                LocalDate told = appositiveDate(s, it.te, dow);
                if (told != null && m.group(3) == null) {
                    d = told;
                }
                // "Wednesday night" is valued as that day: news annotation gives the day at least as often as
                // the part of it (TNI), and often marks the weekday alone.
                it.type = "DATE";
                it.value = d.toString();
                return;
            }
            // The weekend: the one just past in past-tense reporting, the coming one otherwise.
            m = Pattern.compile("^(?:(over|during|at|on|this|last|next|the) )*weekend$").matcher(t);
            if (m.matches()) {
                boolean back = t.contains("last") || !t.contains("next") && !t.contains("this") && tense == Tense.PAST;
                LocalDate sat = back ? previous(dct.minusDays(1), DayOfWeek.SATURDAY) : next(dct, DayOfWeek.SATURDAY);
                if (!back && dct.getDayOfWeek() == DayOfWeek.SUNDAY && !t.contains("next")) {
                    sat = dct.minusDays(1);
                }
                it.type = "DATE";
                it.value = week(sat) + "-WE";
                return;
            }
            // "the past year" as a date is the calendar year before, like "last year".
            if ("DATE".equals(it.type) && t.matches("(?:over |in |during )?the past year")) {
                it.value = String.valueOf(dct.getYear() - 1);
                return;
            }
            // Seasons: "last summer" is the latest summer over before the article.
            m = Pattern.compile("^(?:(last|this|next|past|coming|early|late|mid|the|in the|during the|over the|in|by) )?(spring|summer|autumn|fall|winter)$").matcher(t);
            if (m.matches()) {
                String code = switch (m.group(2)) {
                    case "spring" -> "SP";
                    case "summer" -> "SU";
                    case "winter" -> "WI";
                    default -> "FA";
                };
                int startMonth = switch (code) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                String pre = m.group(1) == null ? "" : m.group(1);
                LocalDate startThisYear = LocalDate.of(dct.getYear(), startMonth, 1);
                LocalDate start;
                if (pre.equals("last") || pre.equals("past")) {
                    start = startThisYear.plusMonths(3).isAfter(dct) ? startThisYear.minusYears(1) : startThisYear;
                } else if (pre.equals("this")) {
                    start = code.equals("WI") && dct.getMonthValue() <= 2 ? startThisYear.minusYears(1) : startThisYear;
                } else if (pre.equals("next") || pre.equals("coming") || tense == Tense.FUTURE) {
                    start = startThisYear.plusMonths(3).isAfter(dct) ? startThisYear : startThisYear.plusYears(1);
                } else if (tense == Tense.PAST) {
                    start = startThisYear.isAfter(dct) ? startThisYear.minusYears(1) : startThisYear;
                } else {
                    start = code.equals("WI") && dct.getMonthValue() <= 2 ? startThisYear.minusYears(1) : startThisYear;
                }
                it.type = "DATE";
                it.value = start.getYear() + "-" + code;
                String mod = modOf(null, pre.equals("early") || pre.equals("late") || pre.equals("mid") ? pre : null);
                if (mod != null) {
                    it.mod = mod;
                }
                return;
            }
            // "by year-end", "by year's end": the end of this year; "since year-end", of the last one.
            if (t.matches("year(?:-| |'s )end")) {
                String before = it.tb > 0 ? s.tokens().get(it.tb - 1).word().toLowerCase(Locale.ROOT) : "";
                it.type = "DATE";
                it.value = String.valueOf(before.equals("since") ? dct.getYear() - 1 : dct.getYear());
                it.mod = "END";
                return;
            }
            // "the 1988 quarter", "the 1989 period" in earnings news: that year's quarter like the one reported.
            m = Pattern.compile("^(?:the )?(\\d{4})(?:'s)? (quarter|period)$").matcher(t);
            if (m.matches()) {
                it.type = "DATE";
                it.value = m.group(2).equals("quarter") || quarterContext(s) && !yearPeriod(s)
                        ? m.group(1) + "-Q" + lastQuarter().get(IsoFields.QUARTER_OF_YEAR) : m.group(1);
                return;
            }
            // Quarters are written as such, not as months: "every quarter" P1Q, "the past two quarters" P2Q.
            if (("DURATION".equals(it.type) || "SET".equals(it.type)) && it.value != null && t.matches(".*\\bquarters?\\b.*")) {
                Matcher q = Pattern.compile("^P(\\d+|X)M$").matcher(it.value);
                if (q.matches() && (q.group(1).equals("X") || Integer.parseInt(q.group(1)) % 3 == 0)) {
                    it.value = "P" + (q.group(1).equals("X") ? "X" : String.valueOf(Integer.parseInt(q.group(1)) / 3)) + "Q";
                    return;
                }
            }
            // "the next several days", "the past few weeks": a vague length, not SUTime's range of dates.
            m = Pattern.compile("^(?:over |in |during |for )?(?:the )?(?:next|past|last|coming) (?:few|several) (day|week|month|year|quarter|hour|minute)s$").matcher(t);
            if (m.matches() && it.value != null && it.value.contains("/")) {
                it.type = "DURATION";
                String u = m.group(1);
                it.value = u.equals("hour") || u.equals("minute") ? "PTX" + u.toUpperCase(Locale.ROOT).charAt(0)
                        : "PX" + u.toUpperCase(Locale.ROOT).charAt(0);
                return;
            }
            // "It is the third day of the strike": in the present tense, today.
            if (t.matches("(?:the )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)) (?:straight |consecutive )?day")
                    && tense == Tense.PRESENT && "DATE".equals(it.type)) {
                it.value = dct.toString();
                return;
            }
            // "the day before last Tuesday": a day next to a day told in the same phrase.
            m = Pattern.compile("^the day (before|after) (.+)$").matcher(t);
            if (m.matches()) {
                Item rest = new Item(it.sentence, it.tb, it.te, "DATE", null, null, false);
                resolve(rest, m.group(2), s);
                if (rest.value != null && rest.value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    it.type = "DATE";
                    it.value = LocalDate.parse(rest.value).plusDays(m.group(1).equals("after") ? 1 : -1).toString();
                    return;
                }
            }
            // "in the coming years": a vague length ahead, not next year.
            m = Pattern.compile("^(?:in |over |during )?(?:the )?coming (day|week|month|year)s$").matcher(t);
            if (m.matches()) {
                it.type = "DURATION";
                it.value = "PX" + m.group(1).toUpperCase(Locale.ROOT).charAt(0);
                return;
            }
            // "an hour later", "minutes after": the length between, the clock time being unknown.
            m = Pattern.compile("^(?:just |about |over |nearly |almost |more than |less than )?(" + NUM
                    + ") (hour|minute|second)s? (?:later|earlier|before|after)$").matcher(t);
            if (m.matches() && number(m.group(1)) > 0) {
                it.type = "DURATION";
                it.value = "PT" + number(m.group(1)) + m.group(2).toUpperCase(Locale.ROOT).charAt(0);
                return;
            }
            // "a historic day for Poland": the day being told of.
            if (t.equals("day") && !it.fromSutime) {
                it.type = "DATE";
                it.value = (lastDay != null ? lastDay : dct).toString();
                return;
            }
            // "post-1959 politics": the year itself.
            m = Pattern.compile("^(?:pre|post)-(\\d{4})$").matcher(t);
            if (m.matches()) {
                it.type = "DATE";
                it.value = m.group(1);
                return;
            }
            // "the week of March 6": the ISO week of that day, in the year nearest the article.
            m = Pattern.compile("^the week of (" + MONTHS + ") (\\d{1,2})$").matcher(t);
            if (m.matches() && month(m.group(1)) > 0) {
                int mo = month(m.group(1));
                LocalDate d = safeDate(nearestYear(mo), mo, Integer.parseInt(m.group(2)));
                if (d != null) {
                    it.type = "DATE";
                    it.value = week(d);
                    return;
                }
            }
            // "day-long", "decades-long": a length.
            m = Pattern.compile("^(day|week|month|year|decade)(s?)-long$").matcher(t);
            if (m.matches()) {
                it.type = "DURATION";
                String u = m.group(1).equals("decade") ? "Y" : m.group(1).toUpperCase(Locale.ROOT).substring(0, 1);
                it.value = "P" + (m.group(2).isEmpty() && !m.group(1).equals("decade") ? "1" : "X") + u;
                return;
            }
            // US Election Day: the Tuesday after the first Monday of November, the last one or the coming one.
            if (t.equals("election day")) {
                LocalDate e = next(next(LocalDate.of(dct.getYear(), 11, 1), DayOfWeek.MONDAY).plusDays(1), DayOfWeek.TUESDAY);
                if (tense == Tense.PAST && e.isAfter(dct)) {
                    int y = dct.getYear() - 1;
                    e = next(next(LocalDate.of(y, 11, 1), DayOfWeek.MONDAY).plusDays(1), DayOfWeek.TUESDAY);
                }
                it.type = "DATE";
                it.value = e.toString();
                return;
            }
            // "Easter week": the ISO week that ends on Easter Sunday.
            if (t.equals("easter week")) {
                LocalDate easter = easter(dct.getYear());
                if (tense == Tense.PAST && easter.minusDays(6).isAfter(dct)) {
                    easter = easter(dct.getYear() - 1);
                } else if (tense != Tense.PAST && easter.isBefore(dct)) {
                    easter = easter(dct.getYear() + 1);
                }
                it.type = "DATE";
                it.value = week(easter);
                return;
            }
            // A bare month SUTime read with its day (the day cut off by a sentence split): keep the day.
            if (it.fromSutime && it.value != null && it.value.matches("\\d{4}-\\d{2}-\\d{2}") && t.matches("(?:" + MONTHS + ")")) {
                return;
            }
            // A month without its year: "in June", "last March", "early October".
            m = Pattern.compile("^(?:(in|last|this|next|early|late|mid|earlier|later|since|until|by) )?(?:(early|late|mid|mid-) ?)?("
                    + MONTHS + ")$").matcher(t);
            if (m.matches() && month(m.group(3)) > 0) {
                int mo = month(m.group(3));
                String pre = m.group(1) == null ? "" : m.group(1);
                int year;
                if (pre.equals("last")) {
                    year = mo < dct.getMonthValue() ? dct.getYear() : dct.getYear() - 1;
                } else if (pre.equals("next")) {
                    year = mo > dct.getMonthValue() ? dct.getYear() : dct.getYear() + 1;
                } else if (pre.equals("this")) {
                    year = dct.getYear();
                } else if (tense == Tense.PAST || pre.equals("since") || pre.equals("earlier")) {
                    year = mo <= dct.getMonthValue() ? dct.getYear() : dct.getYear() - 1;
                } else if (tense == Tense.FUTURE) {
                    year = mo >= dct.getMonthValue() ? dct.getYear() : dct.getYear() + 1;
                } else {
                    year = nearestYear(mo);
                }
                it.type = "DATE";
                it.value = String.format(Locale.ROOT, "%04d-%02d", year, mo);
                String mod = modOf(m.group(1), m.group(2));
                if (mod != null) {
                    it.mod = mod;
                }
                return;
            }
            // A month and day without the year: "Oct. 18", "on March 31", "June 5th".
            m = Pattern.compile("^(?:(on|by|until|since|last|next) )?(?:(?:" + WEEKDAYS + "),? )?(" + MONTHS
                    + ") (\\d{1,2})(?:st|nd|rd|th)?\\.?$").matcher(t);
            if (m.matches() && month(m.group(2)) > 0) {
                int mo = month(m.group(2));
                int day = Integer.parseInt(m.group(3));
                if (day >= 1 && day <= 31) {
                    LocalDate thisYear = safeDate(dct.getYear(), mo, day);
                    if (thisYear != null) {
                        LocalDate d;
                        String pre = m.group(1) == null ? "" : m.group(1);
                        long diff = thisYear.toEpochDay() - dct.toEpochDay();
                        if (pre.equals("last")) {
                            d = thisYear.isAfter(dct) ? thisYear.minusYears(1) : thisYear;
                        } else if (tense == Tense.FUTURE || pre.equals("next") || pre.equals("until") || pre.equals("by")) {
                            d = diff < -31 ? thisYear.plusYears(1) : thisYear;
                        } else if (tense == Tense.PRESENT) {
                            d = diff > 183 ? thisYear.minusYears(1) : diff < -183 ? thisYear.plusYears(1) : thisYear;
                        } else {
                            // Past tense may still name a coming deadline ("set Nov. 20 as the deadline").
                            d = diff > 92 ? thisYear.minusYears(1) : thisYear;
                        }
                        it.type = "DATE";
                        it.value = d.toString();
                        return;
                    }
                }
            }
            // "a decade ago", "four decades ago": a year, not a day.
            m = Pattern.compile("^(?:about |almost |nearly |some |more than |less than |roughly |just |only )?(" + NUM
                    + ") decades? ago$").matcher(t);
            if (m.matches()) {
                int n = number(m.group(1));
                it.type = "DATE";
                it.value = n > 0 ? String.valueOf(dct.getYear() - 10 * n) : "PAST_REF";
                return;
            }
            // "N units ago": counted back from the article, at the unit's precision.
            m = Pattern.compile("^(?:about |almost |nearly |some |more than |less than |roughly |just |only )?(" + NUM
                    + ") (" + UNIT + ")s? ago$").matcher(t);
            if (m.matches()) {
                int n = number(m.group(1));
                it.type = "DATE";
                // "several years ago", "a few months ago": a vague past, not a date.
                it.value = n > 0 ? shift(dct, m.group(2), -n, quarterContext(s) && !yearPeriod(s)) : "PAST_REF";
                return;
            }
            // "N units later/earlier": counted from the previous date of the text ("two days later").
            m = Pattern.compile("^(?:about |almost |nearly |some |just |only )?(" + NUM + ") (" + UNIT + ")s? (later|earlier|before|after)$").matcher(t);
            if (m.matches()) {
                int n = number(m.group(1));
                boolean forward = m.group(3).equals("later") || m.group(3).equals("after");
                String unit = m.group(2);
                // Narrative anaphora move from the last date told; "a year earlier" in results compares with now.
                boolean anaphoric = lastDay != null && (forward || unit.equals("day") || unit.equals("week"));
                LocalDate base = anaphoric ? lastDay : dct;
                if (n > 0) {
                    it.type = "DATE";
                    it.value = shift(base, unit, forward ? n : -n, !anaphoric && quarterContext(s) && !yearPeriod(s));
                }
                return;
            }
            // A clock time without its day is on the day the text is telling of, else the article's day.
            m = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(?::\\d{2})?.*)$").matcher(it.value == null ? "" : it.value);
            if ("TIME".equals(it.type) && m.matches() && !t.matches(".*(?:" + WEEKDAYS + "|" + MONTHS
                    + "|today|yesterday|tomorrow|tonight|\\d{4}).*")) {
                it.value = (lastDay != null ? lastDay : dct) + m.group(1);
                return;
            }
            // Anaphoric days and units.
            LocalDate anchor = lastDay != null ? lastDay : dct;
            if (t.matches("(?:(?:earlier|later) (?:on )?)?(?:that|the) (?:same |very )?(?:day|morning|afternoon|evening|night)")) {
                if (t.endsWith("day") && !t.matches("the (?:very )?day")) {
                    it.type = "DATE";
                    it.value = anchor.toString();
                } else if (!t.endsWith("day")) {
                    it.type = "TIME";
                    it.value = anchor + partOfDay(t.substring(t.lastIndexOf(' ') + 1));
                }
                return;
            }
            if (t.matches("the (?:following|next) day|the day after|the (?:following|next) (?:morning|afternoon|evening|night)")) {
                it.type = "DATE";
                it.value = anchor.plusDays(1).toString();
                return;
            }
            if (t.matches("the (?:previous|preceding) day|the day before|the (?:previous|preceding) (?:morning|afternoon|evening|night)")) {
                it.type = "DATE";
                it.value = anchor.minusDays(1).toString();
                return;
            }
            m = Pattern.compile("^(?:(?:earlier|later) )?that (week|month|year)$").matcher(t);
            if (m.matches()) {
                it.type = "DATE";
                it.value = lastValue != null ? truncate(lastValue, anchor, m.group(1)) : shift(dct, m.group(1), 0, false);
                return;
            }
            m = Pattern.compile("^the (following|next|previous|preceding) (week|month|year)$").matcher(t);
            if (m.matches()) {
                int dir = m.group(1).equals("following") || m.group(1).equals("next") ? 1 : -1;
                // In past narrative with a date told, "the next week" follows that date; otherwise it counts from now.
                LocalDate base = tense == Tense.PAST && lastStart != null ? lastStart : dct;
                it.type = "DATE";
                it.value = shift(base, m.group(2), dir, false);
                return;
            }
            // Financial reporting: the quarter just reported and the one a year before it.
            if (t.matches("(?:the )?year-(?:earlier|ago)(?: (?:quarter|period))?")) {
                it.type = "DATE";
                it.value = quarterContext(s) && !yearPeriod(s) || t.endsWith("quarter") ? quarter(lastQuarter().minusYears(1))
                        : String.valueOf(dct.getYear() - 1);
                return;
            }
            if (t.matches("(?:the )?year-(?:earlier|ago) .*")) {
                it.type = "DURATION";
                return;
            }
            if (t.matches("(?:the|this) current quarter")) {
                it.type = "DATE";
                it.value = quarter(dct);
                return;
            }
            if (t.matches("the (?:latest|recent|comparable) (?:period|quarter)|the quarter|(?:the )?latest quarter")) {
                it.type = "DATE";
                // "the quarter ended Sept. 30" is the calendar quarter of its end date.
                LocalDate end = endedMonth(s, it.te);
                it.value = quarter(end != null ? end : lastQuarter());
                return;
            }
            // "the third quarter", "fourth-quarter", "fiscal first quarter" without a year.
            m = Pattern.compile("^(?:the |its |their |a |an )?(?:fiscal[- ])?(?:[a-z-]+ )?(first|second|third|fourth)[- ]quarter$").matcher(t);
            if (m.matches()) {
                int q = List.of("first", "second", "third", "fourth").indexOf(m.group(1)) + 1;
                int cur = dct.get(IsoFields.QUARTER_OF_YEAR);
                // Results are reported after the quarter ends: "will report third-quarter results" in Q4 is this year's.
                int year = tense == Tense.FUTURE ? (q >= cur - 1 ? dct.getYear() : dct.getYear() + 1)
                        : (q <= cur ? dct.getYear() : dct.getYear() - 1);
                it.type = "DATE";
                it.value = year + "-Q" + q;
                return;
            }
            // A fiscal year told by its end date is a length of time ("for the year ended March 31").
            if (t.matches("the (?:fiscal |financial )?year") && it.te < s.tokens().size()
                    && s.tokens().get(it.te).word().toLowerCase(Locale.ROOT).matches("ended|ending")) {
                it.type = "DURATION";
                it.value = "P1Y";
                return;
            }
            // "a year ago/earlier" in results compares with the same quarter a year before.
            m = Pattern.compile("^(?:a|one) year (?:ago|earlier)$").matcher(t);
            if (m.matches()) {
                it.type = "DATE";
                it.value = quarterContext(s) && !yearPeriod(s) ? quarter(lastQuarter().minusYears(1)) : String.valueOf(dct.getYear() - 1);
                return;
            }
            // Decades written as words.
            m = Pattern.compile("^the (?:nineteen)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$").matcher(t);
            if (m.matches()) {
                int i = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties").indexOf(m.group(1));
                it.type = "DATE";
                it.value = "19" + (i + 2);
                return;
            }
            m = Pattern.compile("^(early|mid|late)-(\\d{4})$").matcher(t);
            if (m.matches()) {
                it.type = "DATE";
                it.value = m.group(2);
                it.mod = modOf(null, m.group(1));
                return;
            }
            m = Pattern.compile("^(early|mid|late)-(" + MONTHS + ")$").matcher(t);
            if (m.matches() && month(m.group(2)) > 0) {
                int mo = month(m.group(2));
                int year = tense == Tense.FUTURE ? (mo >= dct.getMonthValue() ? dct.getYear() : dct.getYear() + 1)
                        : tense == Tense.PAST ? (mo <= dct.getMonthValue() ? dct.getYear() : dct.getYear() - 1) : nearestYear(mo);
                it.type = "DATE";
                it.value = String.format(Locale.ROOT, "%04d-%02d", year, mo);
                it.mod = modOf(null, m.group(1));
                return;
            }
            // Decades are dates, not sets: "the early 1990s".
            if (t.matches("(?:the )?(?:early |late |mid-|mid )?(?:\\d{2})?\\d0s|(?:the )?(?:early |late |mid-|mid )?'\\d0s")
                    && it.value != null && it.value.matches("\\d{2,3}X?")) {
                it.type = "DATE";
                if (it.mod == null && t.matches("(?:the )?(early|late|mid).*")) {
                    it.mod = modOf(null, t.replaceFirst("^(?:the )?(early|late|mid).*", "$1"));
                }
                return;
            }
            // A holiday told in the past tense is the last one, not the coming one SUTime picks.
            if ("DATE".equals(it.type) && it.value != null && it.value.matches("\\d{4}-\\d{2}-\\d{2}") && tense == Tense.PAST
                    && !t.matches(".*\\d.*")) {
                LocalDate d = LocalDate.parse(it.value);
                if (d.isAfter(dct.plusDays(7))) {
                    LocalDate back = d.minusYears(1);
                    if (t.contains("thanksgiving")) {
                        back = next(LocalDate.of(d.getYear() - 1, 11, 1), DayOfWeek.THURSDAY).plusWeeks(3);
                    }
                    it.value = back.toString();
                    return;
                }
            }
            // SUTime gives "the past decade" and similar as durations; "early/late/mid" without mod gets one.
            if (it.mod == null && "DATE".equals(it.type)) {
                Matcher mm = Pattern.compile("^(early|late|mid|the end of|the beginning of|the start of|the middle of)\\b").matcher(t);
                if (mm.find()) {
                    it.mod = modOf(null, mm.group(1));
                }
            }
            // SUTime sometimes anchors "last week"-style values on a date of the text; news counts from the article.
            if (t.matches("(?:early |late |earlier |later )?(?:last|this|next|past) (?:week|month|year)(?: .*)?")) {
                String unit = t.replaceAll(".*(?:last|this|next|past) (week|month|year).*", "$1");
                int dir = t.contains("last ") || t.contains("past ") ? -1 : t.contains("next ") ? 1 : 0;
                if (!t.contains(" or ") && t.matches(".*(?:last|this|next|past) (?:week|month|year)")) {
                    it.type = "DATE";
                    it.value = shift(dct, unit, dir, false);
                    if (it.mod == null && t.matches("(early|late) .*")) {
                        it.mod = modOf(null, t.substring(0, t.indexOf(' ')));
                    }
                }
            }
        }

        /** The date of a ", Oct. 23" right after a weekday: of the nearby years, one where it falls on that weekday. */
        private LocalDate appositiveDate(Sentence s, int te, DayOfWeek dow) {
            List<Token> toks = s.tokens();
            if (te + 2 >= toks.size() || !toks.get(te).word().equals(",")
                    || !toks.get(te + 1).word().toLowerCase(Locale.ROOT).matches(MONTHS) || !dayNumber(toks.get(te + 2))) {
                return null;
            }
            int mo = month(toks.get(te + 1).word());
            int day = Integer.parseInt(toks.get(te + 2).word().replaceAll("\\D", ""));
            for (int y : new int[] {dct.getYear(), dct.getYear() - 1, dct.getYear() + 1}) {
                LocalDate d = safeDate(y, mo, day);
                if (d != null && d.getDayOfWeek() == dow) {
                    return d;
                }
            }
            return null;
        }

        private int nearestYear(int month) {
            int diff = month - dct.getMonthValue();
            if (diff > 6) {
                return dct.getYear() - 1;
            }
            if (diff < -6) {
                return dct.getYear() + 1;
            }
            return dct.getYear();
        }

        /** The month in "ended Sept. 30" / "ending in June" right after a period, latest on or before the article. */
        private LocalDate endedMonth(Sentence s, int te) {
            List<Token> toks = s.tokens();
            int i = te;
            if (i < toks.size() && toks.get(i).word().toLowerCase(Locale.ROOT).matches("ended|ending")) {
                i++;
                if (i < toks.size() && toks.get(i).word().equalsIgnoreCase("in")) {
                    i++;
                }
                if (i < toks.size()) {
                    String w = toks.get(i).word().toLowerCase(Locale.ROOT).replace(".", "");
                    for (int mo = 1; mo <= 12; mo++) {
                        String name = java.time.Month.of(mo).name().toLowerCase(Locale.ROOT);
                        if (w.length() >= 3 && name.startsWith(w)) {
                            LocalDate d = LocalDate.of(dct.getYear(), mo, 1);
                            return d.isAfter(dct) ? d.minusYears(1) : d;
                        }
                    }
                }
            }
            return null;
        }

        private LocalDate lastQuarter() {
            return dct.withDayOfMonth(1).minusMonths(3);
        }

        /** Whether the sentence reports a period longer than a quarter ("the first nine months"), not a quarter. */
        private boolean yearPeriod(Sentence s) {
            String st = s.text().toLowerCase(Locale.ROOT);
            return !st.contains("quarter") && st.matches(".*\\b(?:nine|six) months\\b.*|.*\\b(?:first|second) half\\b.*"
                    + "|.*\\b(?:fiscal|full|calendar) year\\b.*");
        }

        /** Whether the text around talks of quarters (earnings news), where "a year ago" is a quarter. */
        private boolean quarterContext(Sentence s) {
            int n = 0;
            for (int i = 0; i <= s.index(); i++) {
                String st = doc.sentences().get(i).text().toLowerCase(Locale.ROOT);
                for (int k = st.indexOf("quarter"); k >= 0; k = st.indexOf("quarter", k + 1)) {
                    n++;
                }
            }
            return n >= 1;
        }
    }

    /** Easter Sunday of a year (Gregorian computus). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /** The first day of a value of day, week, month, quarter or year precision; {@code otherwise} if none. */
    static LocalDate startOf(String v, LocalDate otherwise) {
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(v.substring(0, 10));
            }
            if (v.matches("\\d{4}-W\\d{2}.*")) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6, 8)))
                        .with(DayOfWeek.MONDAY);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), 1);
            }
            if (v.matches("\\d{4}-Q\\d")) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), 3 * Integer.parseInt(v.substring(6)) - 2, 1);
            }
            if (v.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(v), 1, 1);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return otherwise;
        }
        return otherwise;
    }

    /** TIMEX3 conventions SUTime departs from: decades "199" not "199X", no time zone on times. */
    static String tidy(String value) {
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{3}X")) {
            return value.substring(0, 3);
        }
        if (value.matches("\\d{2}XX")) {
            return value.substring(0, 2);
        }
        return value.replaceFirst("(T\\d{2}(?::\\d{2})?)(?:[-+]\\d{4}|Z)$", "$1");
    }

    enum Tense { PAST, PRESENT, FUTURE }

    /**
     * The tense of the clause around a span, from the nearest verb group (no parse needed): a modal "will",
     * "going to" or a verb of planning makes it future; a past form or "has" + participle, past.
     */
    static Tense tense(Sentence s, int tb, int te) {
        List<Token> toks = s.tokens();
        // "until June", "by Friday", "effective Feb. 1": a limit ahead, unless the clause tells of the past
        // ("had filed by Wednesday", "Until Thursday, they had not called").
        if (tb > 0 && toks.get(tb - 1).word().toLowerCase(Locale.ROOT).matches("until|till|by|effective")) {
            return pastPerfect(toks, tb, te) ? Tense.PAST : Tense.FUTURE;
        }
        return clauseTense(s, tb, te);
    }

    /** Whether the nearest finite verb of the clause is the "had" of a past perfect. */
    private static boolean pastPerfect(List<Token> toks, int tb, int te) {
        for (int i = tb - 1; i >= 0 && !toks.get(i).word().matches(";|--"); i--) {
            if (finite(toks.get(i))) {
                return toks.get(i).word().equalsIgnoreCase("had");
            }
        }
        for (int i = te; i < toks.size(); i++) {
            if (finite(toks.get(i))) {
                return toks.get(i).word().equalsIgnoreCase("had");
            }
        }
        return false;
    }

    private static Tense clauseTense(Sentence s, int tb, int te) {
        List<Token> toks = s.tokens();
        int best = -1;
        // "as soon as Tuesday", "as early as next week": a limit ahead.
        if (tb > 2 && toks.get(tb - 1).word().equalsIgnoreCase("as") && toks.get(tb - 2).word().toLowerCase(Locale.ROOT)
                .matches("soon|early") && toks.get(tb - 3).word().equalsIgnoreCase("as")) {
            return Tense.FUTURE;
        }
        // An infinitive of intent or plan nearer than any finite verb: "agreed to buy the bank in January",
        // "was scheduled for March".
        for (int i = tb - 1; i >= 1 && i >= tb - 12; i--) {
            Token t = toks.get(i);
            if (finite(t)) {
                break;
            }
            if (t.pos().equals("VB") && toks.get(i - 1).pos().equals("TO") && i >= 2
                    && (FUTURE_VERBS.contains(lemma(toks.get(i - 2))) || FUTURE_NOUNS.contains(lemma(toks.get(i - 2))))) {
                return Tense.FUTURE;
            }
            // "guidelines to be published in November": a passive infinitive looks ahead.
            if (t.pos().equals("VBN") && i >= 2 && lemma(toks.get(i - 1)).equals("be") && toks.get(i - 2).pos().equals("TO")) {
                return Tense.FUTURE;
            }
            if (t.pos().equals("VBN") && FUTURE_VERBS.contains(lemma(t)) && i >= 1 && lemma(toks.get(i - 1)).equals("be")) {
                return Tense.FUTURE;
            }
        }
        // The nearest finite verb before the expression, within its clause; else the nearest after it.
        for (int i = tb - 1; i >= 0; i--) {
            String w = toks.get(i).word();
            if (w.equals(";") || w.equals("--")) {
                break;
            }
            if (finite(toks.get(i))) {
                best = i;
                break;
            }
        }
        if (best < 0) {
            for (int i = te; i < toks.size(); i++) {
                if (finite(toks.get(i))) {
                    best = i;
                    break;
                }
            }
        }
        if (best < 0) {
            return Tense.PRESENT;
        }
        Token v = toks.get(best);
        String w = v.word().toLowerCase(Locale.ROOT);
        if (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("wo")) {
            return Tense.FUTURE;
        }
        // Reported plans: "said he would travel Thursday" looks ahead; "would have" does not, nor does the
        // "would" of a later clause or a possessive ("Wednesday's ruling").
        boolean possessive = te < toks.size() && toks.get(te).word().equals("'s");
        if (w.equals("would") && best < tb && !possessive && !(best + 1 < toks.size() && toks.get(best + 1).word().equalsIgnoreCase("have"))
                && !(best + 2 < toks.size() && toks.get(best + 2).word().equalsIgnoreCase("have"))) {
            return Tense.FUTURE;
        }
        // The rest of the verb group: "is expected to", "plans to", "is going to", "has announced".
        int to = best;
        while (to + 1 < toks.size() && to < best + 4 && (toks.get(to + 1).isVerb() || toks.get(to + 1).pos().equals("RB")
                || toks.get(to + 1).pos().equals("TO"))) {
            to++;
        }
        for (int i = best; i <= to; i++) {
            Token t = toks.get(i);
            String lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
            boolean toFollows = i + 1 < toks.size() && toks.get(i + 1).pos().equals("TO");
            if (toFollows && !v.pos().equals("VBD") && (lemma.equals("go") || lemma.equals("plan") || lemma.equals("schedule")
                    || lemma.equals("expect") || lemma.equals("set") || lemma.equals("due") || lemma.equals("intend")
                    || lemma.equals("hope") || lemma.equals("be"))) {
                return Tense.FUTURE;
            }
        }
        // "planned a rally on Saturday", "has scheduled a news conference Thursday": the plan looks ahead.
        for (int i = best; i <= Math.min(best + 2, toks.size() - 1); i++) {
            String l = lemma(toks.get(i));
            if ((l.equals("plan") || l.equals("schedule")) && toks.get(i).pos().matches("VB[DNZP]?")
                    && !(i + 1 < toks.size() && toks.get(i + 1).pos().equals("TO"))) {
                return Tense.FUTURE;
            }
        }
        if (v.pos().equals("VBD")) {
            return Tense.PAST;
        }
        String lemma = v.lemma() == null ? w : v.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("have") && best + 1 < toks.size() && (toks.get(best + 1).pos().equals("VBN")
                || best + 2 < toks.size() && toks.get(best + 1).pos().equals("RB") && toks.get(best + 2).pos().equals("VBN"))) {
            return Tense.PAST;
        }
        return Tense.PRESENT;
    }

    private static final java.util.Set<String> FUTURE_VERBS = java.util.Set.of("plan", "schedule", "expect", "set", "due",
            "intend", "agree", "aim", "seek", "hope", "want", "decide", "vote", "promise", "pledge", "vow", "threaten",
            "propose", "prepare", "slate", "go");

    /** Nouns of intent before an infinitive: "an agreement to buy the bank in January". */
    private static final java.util.Set<String> FUTURE_NOUNS = java.util.Set.of("agreement", "plan", "deal", "offer", "bid",
            "proposal", "decision", "pact", "accord", "move", "effort", "intention", "commitment", "pledge", "promise");

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    private static boolean finite(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
    }

    static LocalDate previous(LocalDate from, DayOfWeek dow) {
        int back = (from.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        return from.minusDays(back);
    }

    static LocalDate next(LocalDate from, DayOfWeek dow) {
        int fwd = (dow.getValue() - from.getDayOfWeek().getValue() + 7) % 7;
        return from.plusDays(fwd);
    }

    static String partOfDay(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    static String modOf(String pre, String part) {
        String p = part != null ? part : pre;
        if (p == null) {
            return null;
        }
        return switch (p.replace("-", "").strip()) {
            case "early", "the beginning of", "the start of" -> "START";
            case "late", "the end of" -> "END";
            case "mid", "the middle of" -> "MID";
            default -> null;
        };
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] ms = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < ms.length; i++) {
            if (n.startsWith(ms[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    static int number(String w) {
        return switch (w) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default -> w.matches("\\d+") ? Integer.parseInt(w) : -1;
        };
    }

    static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The date {@code n} units from {@code base}, written at that unit's precision. */
    static String shift(LocalDate base, String unit, int n, boolean quarterly) {
        return switch (unit) {
            case "day" -> base.plusDays(n).toString();
            case "week" -> week(base.plusWeeks(n));
            case "month" -> String.format(Locale.ROOT, "%04d-%02d", base.plusMonths(n).getYear(), base.plusMonths(n).getMonthValue());
            case "quarter" -> quarter(base.plusMonths(3L * n));
            default -> quarterly ? quarter(base.withDayOfMonth(1).minusMonths(3).plusYears(n)) : String.valueOf(base.plusYears(n).getYear());
        };
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** A told value cut to the precision of "that week/month/year". */
    static String truncate(String value, LocalDate day, String unit) {
        return switch (unit) {
            case "year" -> value.substring(0, 4);
            case "month" -> value.length() >= 7 && value.charAt(5) != 'W' && value.charAt(5) != 'Q' ? value.substring(0, 7)
                    : String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
            default -> value.length() >= 10 ? week(LocalDate.parse(value.substring(0, 10)))
                    : value.contains("W") ? value : week(day);
        };
    }
}
