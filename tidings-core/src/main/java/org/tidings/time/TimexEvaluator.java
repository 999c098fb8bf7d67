package org.tidings.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TempEval-3 Task A scoring of time expressions on TimeML files: strict and relaxed extent precision,
 * recall and F1, value accuracy over relaxed matches, and value F1 = relaxed F1 x value accuracy.
 *
 * <p>Each file's {@code <TEXT>} is stripped of its tags to give the raw text and the gold spans; the
 * system under test sees only the raw text and the document creation time (the TIMEX3 inside {@code <DCT>}).
 */
public final class TimexEvaluator {

    private static final Logger log = LoggerFactory.getLogger(TimexEvaluator.class);
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** A time expression as a span of a text (offsets in UTF-16 chars of that text). */
    public record Span(int start, int end, String text, String type, String value) {
    }

    /** One TimeML document: its raw text, its creation date and its gold time expressions. */
    public record GoldDocument(Path file, String text, LocalDate dct, List<Span> gold) {
        public GoldDocument {
            gold = List.copyOf(gold);
        }
    }

    /** Counts over a set of documents, with the scores derived from them. */
    public record Score(String name, int documents, int gold, int predicted, int strictGold, int strictPredicted,
                        int relaxedGold, int relaxedPredicted, int valueMatches, int valueCorrect) {

        public double strictPrecision() { return ratio(strictPredicted, predicted); }
        public double strictRecall() { return ratio(strictGold, gold); }
        public double strictF1() { return f1(strictPrecision(), strictRecall()); }
        public double relaxedPrecision() { return ratio(relaxedPredicted, predicted); }
        public double relaxedRecall() { return ratio(relaxedGold, gold); }
        public double relaxedF1() { return f1(relaxedPrecision(), relaxedRecall()); }
        public double valueAccuracy() { return ratio(valueCorrect, valueMatches); }
        public double valueF1() { return relaxedF1() * valueAccuracy(); }

        public Score plus(Score o, String newName) {
            return new Score(newName, documents + o.documents, gold + o.gold, predicted + o.predicted,
                    strictGold + o.strictGold, strictPredicted + o.strictPredicted, relaxedGold + o.relaxedGold,
                    relaxedPredicted + o.relaxedPredicted, valueMatches + o.valueMatches, valueCorrect + o.valueCorrect);
        }

        /** One line: name, counts and the scores. */
        public String line() {
            return String.format(Locale.ROOT,
                    "%s docs=%d gold=%d predicted=%d strict P=%.3f R=%.3f F1=%.3f relaxed P=%.3f R=%.3f F1=%.3f"
                            + " value_accuracy=%.3f value_F1=%.3f",
                    name, documents, gold, predicted, strictPrecision(), strictRecall(), strictF1(),
                    relaxedPrecision(), relaxedRecall(), relaxedF1(), valueAccuracy(), valueF1());
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The scores of a run: the whole set, then one per directory holding files. */
    public record Report(Score total, List<Score> perDirectory, List<String> errors) {
    }

    private TimexEvaluator() {
    }

    /** All TimeML files ({@code .tml}, {@code .xml}) under a directory, recursively, in name order. */
    public static List<Path> timeMlFiles(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            return List.of(dir);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".tml") || p.toString().endsWith(".xml"))
                    .sorted().toList();
        }
    }

    /** Reads a TimeML file; fails with the file name when it has no TEXT or no DCT. */
    public static GoldDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dm = DCT.matcher(xml);
        if (!dm.find()) {
            throw new IOException(file + ": no <DCT> TIMEX3 with a YYYY-MM-DD value");
        }
        LocalDate dct = LocalDate.parse(dm.group(1));
        int ts = xml.indexOf("<TEXT>");
        int te = xml.lastIndexOf("</TEXT>");
        if (ts < 0 || te < ts) {
            throw new IOException(file + ": no <TEXT> element");
        }
        String body = xml.substring(ts + "<TEXT>".length(), te);
        StringBuilder text = new StringBuilder(body.length());
        List<Span> gold = new ArrayList<>();
        int open = -1;
        Map<String, String> attrs = null;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '<') {
                int close = body.indexOf('>', i);
                if (close < 0) {
                    throw new IOException(file + ": unclosed tag at TEXT offset " + i);
                }
                String tag = body.substring(i + 1, close);
                if (tag.startsWith("TIMEX3")) {
                    open = text.length();
                    attrs = attributes(tag);
                } else if (tag.startsWith("/TIMEX3") && attrs != null) {
                    gold.add(new Span(open, text.length(), text.substring(open), attrs.get("type"), attrs.get("value")));
                    attrs = null;
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = body.indexOf(';', i);
                String ent = semi < 0 || semi - i > 10 ? null : body.substring(i + 1, semi);
                String rep = ent == null ? null : switch (ent) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> ent.startsWith("#x") ? new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)))
                            : ent.startsWith("#") ? new String(Character.toChars(Integer.parseInt(ent.substring(1)))) : null;
                };
                if (rep == null) {
                    text.append(c);
                    i++;
                } else {
                    text.append(rep);
                    i = semi + 1;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        return new GoldDocument(file, text.toString(), dct, gold);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> m = new TreeMap<>();
        Matcher am = ATTR.matcher(tag);
        while (am.find()) {
            m.put(am.group(1), am.group(2));
        }
        return m;
    }

    /** Scores one document's predictions against its gold. */
    public static Score score(String name, List<Span> gold, List<Span> predicted) {
        int strictGold = 0;
        int relaxedGold = 0;
        int valueMatches = 0;
        int valueCorrect = 0;
        boolean[] usedPred = new boolean[predicted.size()];
        for (Span g : gold) {
            boolean strict = predicted.stream().anyMatch(p -> p.start() == g.start() && p.end() == g.end());
            if (strict) {
                strictGold++;
            }
            // Relaxed: the first overlapping prediction not yet paired; a strict match is preferred.
            int best = -1;
            for (int k = 0; k < predicted.size(); k++) {
                Span p = predicted.get(k);
                if (!usedPred[k] && p.start() < g.end() && g.start() < p.end()) {
                    if (best < 0 || (p.start() == g.start() && p.end() == g.end())) {
                        best = k;
                    }
                }
            }
            if (best >= 0 || predicted.stream().anyMatch(p -> p.start() < g.end() && g.start() < p.end())) {
                relaxedGold++;
            }
            if (best >= 0) {
                usedPred[best] = true;
                valueMatches++;
                if (g.value() != null && g.value().equals(predicted.get(best).value())) {
                    valueCorrect++;
                }
            }
        }
        int strictPred = 0;
        int relaxedPred = 0;
        for (Span p : predicted) {
            if (gold.stream().anyMatch(g -> p.start() == g.start() && p.end() == g.end())) {
                strictPred++;
            }
            if (gold.stream().anyMatch(g -> p.start() < g.end() && g.start() < p.end())) {
                relaxedPred++;
            }
        }
        return new Score(name, 1, gold.size(), predicted.size(), strictGold, strictPred, relaxedGold, relaxedPred,
                valueMatches, valueCorrect);
    }

    /**
     * Runs a system over every TimeML file under {@code dir} and scores it. A file that cannot be read or
     * processed is logged, listed in the report's errors and left out; the run goes on.
     */
    public static Report evaluate(Path dir, BiFunction<String, LocalDate, List<Span>> system) throws IOException {
        Map<String, Score> perDir = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        Score total = new Score(dir.toString(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Path file : timeMlFiles(dir)) {
            try {
                GoldDocument doc = read(file);
                Score s = score(file.toString(), doc.gold(), system.apply(doc.text(), doc.dct()));
                String key = file.getParent() == null ? "." : file.getParent().toString();
                perDir.merge(key, s.plus(new Score(key, 0, 0, 0, 0, 0, 0, 0, 0, 0), key), (a, b) -> a.plus(b, key));
                total = total.plus(s, dir.toString());
            } catch (IOException | RuntimeException e) {
                log.warn("{}: {}", file, e.toString());
                errors.add(file + ": " + e.getMessage());
            }
        }
        return new Report(total, List.copyOf(perDir.values()), errors);
    }
}
