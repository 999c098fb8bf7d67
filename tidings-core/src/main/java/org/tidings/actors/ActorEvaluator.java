package org.tidings.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores actor mentions against gold actor spans (FORMATS.md section 5): a gold span is found when a
 * predicted mention overlaps it with the same country ("country" score), and also the same sector
 * ("sector" score). Precision counts predicted mentions that overlap a gold span with the same
 * country (sector); it is meaningful only for gold files that mark every actor.
 *
 * <p>Offsets are in Java chars of the item's text. Gold files give actors by their text, in text order;
 * each is looked for after the previous one. Event gold (source and target actors of
 * {@code plover-gsr-dev.jsonl}) and actor gold ({@code {"id","date","text","actors":[...]}}) both load.
 */
public final class ActorEvaluator {

    /** A span of an item's text with its coding; sector null when none is given or meant. */
    public record Span(int start, int end, String text, String country, String sector) {
    }

    /** One text with its gold actors. {@code missing} lists gold texts that could not be located. */
    public record Item(String id, LocalDate date, String text, List<Span> gold, List<String> missing) {
    }

    /** A gold or predicted span that did not count, for the report. */
    public record Miss(String id, String text, String expected, String got) {
    }

    /**
     * Counts and the misses behind them.
     *
     * @param gold            gold spans
     * @param countryFound    gold spans overlapped by a prediction with the same country
     * @param sectorFound     gold spans overlapped by a prediction with the same country and sector
     * @param predicted       predicted mentions
     * @param countryCorrect  predictions overlapping a gold span with the same country
     * @param sectorCorrect   predictions overlapping a gold span with the same country and sector
     */
    public record Result(int gold, int countryFound, int sectorFound, int predicted, int countryCorrect,
                         int sectorCorrect, List<Miss> missed, List<Miss> wrong) {

        public double countryRecall() {
            return ratio(countryFound, gold);
        }

        public double sectorRecall() {
            return ratio(sectorFound, gold);
        }

        public double countryPrecision() {
            return ratio(countryCorrect, predicted);
        }

        public double sectorPrecision() {
            return ratio(sectorCorrect, predicted);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "gold %d, predicted %d; country P %.3f R %.3f; sector P %.3f R %.3f",
                    gold, predicted, countryPrecision(), countryRecall(), sectorPrecision(), sectorRecall());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActorEvaluator() {
    }

    /** Reads event gold: each event's source and target actors, one span per distinct actor text and coding. */
    public static List<Item> readEventGold(Path jsonl) throws IOException {
        return read(jsonl, node -> {
            List<JsonNode> actors = new ArrayList<>();
            for (JsonNode ev : node.path("events")) {
                ev.path("source").forEach(actors::add);
                ev.path("target").forEach(actors::add);
            }
            return actors;
        }, false);
    }

    /** Reads actor gold: {@code {"id","date","text","actors":[{"text","country","sector"[,"start"]}]}}, actors in text order. */
    public static List<Item> readActorGold(Path jsonl) throws IOException {
        return read(jsonl, node -> {
            List<JsonNode> actors = new ArrayList<>();
            node.path("actors").forEach(actors::add);
            return actors;
        }, true);
    }

    private static List<Item> read(Path jsonl, Function<JsonNode, List<JsonNode>> actorsOf, boolean ordered)
            throws IOException {
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(jsonl + ":" + no + ": not JSON: " + e.getMessage(), e);
                }
                String text = node.path("text").asText(null);
                if (text == null) {
                    throw new IOException(jsonl + ":" + no + ": no \"text\"");
                }
                LocalDate date = node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : null;
                List<Span> gold = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                int from = 0;
                for (JsonNode a : actorsOf.apply(node)) {
                    String t = a.path("text").asText("");
                    String country = clean(a.path("country").asText(null));
                    String sector = clean(a.path("sector").asText(null));
                    if (country == null || t.isBlank()) {
                        continue;
                    }
                    if (!ordered && !seen.add(t + "\t" + country + "\t" + sector)) {
                        continue;
                    }
                    int start = a.has("start") ? a.get("start").asInt() : locate(text, t, ordered ? from : 0);
                    if (start < 0) {
                        missing.add(t);
                        gold.add(new Span(-1, -1, t, country, sector));
                        continue;
                    }
                    int end = start + visibleLength(text, start, t);
                    gold.add(new Span(start, end, text.substring(start, end), country, sector));
                    if (ordered) {
                        from = start + 1;
                    }
                }
                items.add(new Item(node.path("id").asText("line-" + no), date, text, gold, missing));
            }
        }
        return items;
    }

    private static String clean(String s) {
        if (s == null || s.isBlank() || s.equals("***") || s.equalsIgnoreCase("null")) {
            return null;
        }
        return s.strip();
    }

    /** Where a gold text starts; "U.S. ... negotiators" (elided gold) is found by its first part. */
    static int locate(String text, String t, int from) {
        int i = text.indexOf(t.strip(), from);
        if (i >= 0) {
            return i;
        }
        // Gold texts sometimes double a space the text has once.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(t.strip()).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q")).matcher(text);
        if (m.find(from)) {
            return m.start();
        }
        String first = t.strip().split("\\s*\\.\\.+\\s*")[0];
        if (!first.equals(t.strip())) {
            return first.isEmpty() ? -1 : text.indexOf(first, from);
        }
        // "US forces" for "US and British forces": the first word, with the last one close after it.
        String[] words = t.strip().split("\\s+");
        if (words.length > 1) {
            int w = text.indexOf(words[0], from);
            while (w >= 0) {
                int j = text.indexOf(words[words.length - 1], w + words[0].length());
                if (j >= 0 && j - w <= 40) {
                    return w;
                }
                w = text.indexOf(words[0], w + 1);
            }
        }
        return -1;
    }

    private static int visibleLength(String text, int start, String t) {
        String s = t.strip();
        if (text.startsWith(s, start)) {
            return s.length();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(s).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q")).matcher(text);
        if (m.find(start) && m.start() == start) {
            return m.end() - start;
        }
        String[] parts = s.split("\\s*\\.\\.+\\s*");
        if (parts.length == 1 && s.contains(" ")) {
            parts = new String[]{s.substring(0, s.indexOf(' ')), s.substring(s.lastIndexOf(' ') + 1)};
        }
        String last = parts[parts.length - 1];
        int j = text.indexOf(last, start + parts[0].length());
        return j >= 0 && parts.length > 1 ? j + last.length() - start : parts[0].length();
    }

    /** Scores predictions (spans in the item's text) against every item's gold. */
    public static Result score(List<Item> items, Function<Item, List<Span>> predictor) {
        int gold = 0;
        int countryFound = 0;
        int sectorFound = 0;
        int predicted = 0;
        int countryCorrect = 0;
        int sectorCorrect = 0;
        List<Miss> missed = new ArrayList<>();
        List<Miss> wrong = new ArrayList<>();
        for (Item item : items) {
            List<Span> pred = predictor.apply(item);
            for (Span g : item.gold()) {
                gold++;
                boolean c = false;
                boolean s = false;
                List<String> got = new ArrayList<>();
                for (Span p : pred) {
                    if (overlaps(g, p)) {
                        got.add(p.text() + "=" + code(p));
                        if (Objects.equals(g.country(), p.country())) {
                            c = true;
                            s |= Objects.equals(g.sector(), p.sector());
                        }
                    }
                }
                countryFound += c ? 1 : 0;
                sectorFound += s ? 1 : 0;
                if (!s) {
                    missed.add(new Miss(item.id(), g.text(), code(g), c ? "sector: " + got : String.valueOf(got)));
                }
            }
            for (Span p : pred) {
                predicted++;
                boolean c = false;
                boolean s = false;
                for (Span g : item.gold()) {
                    if (overlaps(g, p) && Objects.equals(g.country(), p.country())) {
                        c = true;
                        s |= Objects.equals(g.sector(), p.sector());
                    }
                }
                countryCorrect += c ? 1 : 0;
                sectorCorrect += s ? 1 : 0;
                if (!s) {
                    wrong.add(new Miss(item.id(), p.text(), null, code(p)));
                }
            }
        }
        return new Result(gold, countryFound, sectorFound, predicted, countryCorrect, sectorCorrect,
                List.copyOf(missed), List.copyOf(wrong));
    }

    private static boolean overlaps(Span g, Span p) {
        return g.start() >= 0 && p.start() < g.end() && g.start() < p.end();
    }

    private static String code(Span s) {
        return s.sector() == null ? s.country() : s.country() + s.sector();
    }

    /** The spans of coded mentions, for {@link #score}. */
    public static List<Span> spans(List<ActorMention> mentions) {
        return mentions.stream().map(m -> new Span(m.begin(), m.end(), m.text(), m.country(), m.sector())).toList();
    }
}
