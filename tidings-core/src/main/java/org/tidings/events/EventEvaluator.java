package org.tidings.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores coded events against gold events, as the event contract says (FORMATS section 1): a prediction matches
 * a gold event when the type is equal, some source country is shared and, where the gold has a target, some
 * target country is shared. Each gold event is matched at most once, best pairs first. Predictions that match
 * optional gold count neither way. {@code *_any_of} lists give the accepted values of a field.
 *
 * <p>Feed it record by record with {@link #add}, then read the {@link #report()}.
 */
public final class EventEvaluator {

    /** Counts for one PLOVER type: required gold, counted predictions, matches. */
    public record TypeScore(String type, int gold, int predicted, int matched) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Accuracy of one attribute over matched pairs whose gold gives it. */
    public record AttributeScore(String attribute, int correct, int total) {
        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    /** A gold event no prediction matched, or a prediction no gold event matched. */
    public record Unmatched(String recordId, String text, JsonNode event) {
    }

    /** Everything measured. */
    public record Report(int records, TypeScore overall, List<TypeScore> perType, List<AttributeScore> attributes,
                         List<Unmatched> misses, List<Unmatched> extras) {
    }

    private static final List<String> ATTRIBUTES = List.of("event_date", "certainty", "location", "quantity", "cameo_root");

    private int records;
    private final Map<String, int[]> perType = new TreeMap<>();   // gold, predicted, matched
    private final Map<String, int[]> attributes = new TreeMap<>(); // correct, total
    private final List<Unmatched> misses = new ArrayList<>();
    private final List<Unmatched> extras = new ArrayList<>();

    /**
     * Adds one record.
     *
     * @param id        record id, for the lists of misses and extras
     * @param text      its text, likewise (may be null)
     * @param gold      the gold events (a JSON array)
     * @param predicted the predicted events (a JSON array; null or missing counts as none)
     */
    public void add(String id, String text, JsonNode gold, JsonNode predicted) {
        records++;
        List<JsonNode> g = list(gold);
        List<JsonNode> p = list(predicted);
        // Candidate pairs, best first: required gold before optional, then by agreement on the details.
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                if (matches(g.get(i), p.get(j))) {
                    pairs.add(new int[] {i, j, (optional(g.get(i)) ? 0 : 1000) + agreement(g.get(i), p.get(j))});
                }
            }
        }
        pairs.sort((a, b) -> b[2] != a[2] ? Integer.compare(b[2], a[2]) : a[0] != b[0] ? Integer.compare(a[0], b[0])
                : Integer.compare(a[1], b[1]));
        int[] goldMatch = new int[g.size()];
        int[] predMatch = new int[p.size()];
        java.util.Arrays.fill(goldMatch, -1);
        java.util.Arrays.fill(predMatch, -1);
        for (int[] pr : pairs) {
            if (goldMatch[pr[0]] < 0 && predMatch[pr[1]] < 0) {
                goldMatch[pr[0]] = pr[1];
                predMatch[pr[1]] = pr[0];
            }
        }
        for (int i = 0; i < g.size(); i++) {
            JsonNode ge = g.get(i);
            if (optional(ge)) {
                continue;
            }
            String type = firstType(ge);
            counts(type)[0]++;
            if (goldMatch[i] >= 0) {
                counts(type)[2]++;
                scoreAttributes(ge, p.get(goldMatch[i]));
            } else {
                misses.add(new Unmatched(id, text, ge));
            }
        }
        for (int j = 0; j < p.size(); j++) {
            JsonNode pe = p.get(j);
            if (predMatch[j] >= 0 && optional(g.get(predMatch[j]))) {
                continue;
            }
            counts(pe.path("type").asText(""))[1]++;
            if (predMatch[j] < 0) {
                extras.add(new Unmatched(id, text, pe));
            }
        }
    }

    public Report report() {
        int gold = 0;
        int pred = 0;
        int matched = 0;
        List<TypeScore> types = new ArrayList<>();
        for (var e : perType.entrySet()) {
            int[] c = e.getValue();
            gold += c[0];
            pred += c[1];
            matched += c[2];
            types.add(new TypeScore(e.getKey(), c[0], c[1], c[2]));
        }
        List<AttributeScore> attrs = new ArrayList<>();
        for (String a : ATTRIBUTES) {
            int[] c = attributes.getOrDefault(a, new int[2]);
            attrs.add(new AttributeScore(a, c[0], c[1]));
        }
        return new Report(records, new TypeScore("ALL", gold, pred, matched), List.copyOf(types), List.copyOf(attrs),
                List.copyOf(misses), List.copyOf(extras));
    }

    // ------------------------------------------------------------------ matching

    static boolean matches(JsonNode gold, JsonNode pred) {
        String pt = pred.path("type").asText("");
        if (!values(gold, "type").contains(pt)) {
            return false;
        }
        if (!actorsAgree(gold, pred, "source")) {
            return false;
        }
        return actorsAgree(gold, pred, "target");
    }

    /** Where the gold names actors (or lists of alternatives), some country must be shared. */
    private static boolean actorsAgree(JsonNode gold, JsonNode pred, String field) {
        List<Set<String>> alternatives = new ArrayList<>();
        if (gold.has(field + "_any_of")) {
            for (JsonNode alt : gold.get(field + "_any_of")) {
                alternatives.add(countries(alt));
            }
        } else {
            Set<String> c = countries(gold.get(field));
            if (!c.isEmpty()) {
                alternatives.add(c);
            }
        }
        if (alternatives.isEmpty()) {
            return true;
        }
        Set<String> pc = countries(pred.get(field));
        return alternatives.stream().anyMatch(alt -> alt.stream().anyMatch(pc::contains));
    }

    private static Set<String> countries(JsonNode actors) {
        Set<String> out = new HashSet<>();
        if (actors != null && actors.isArray()) {
            for (JsonNode a : actors) {
                String c = a.path("country").asText("");
                if (!c.isEmpty()) {
                    out.add(c);
                }
                // a gold actor of two defensible countries ("Sinn Fein": GBR or IRL)
                a.path("country_any_of").forEach(alt -> out.add(alt.asText()));
            }
        }
        return out;
    }

    /** How well a matching pair agrees beyond the match itself; used to match the best pairs first. */
    private static int agreement(JsonNode g, JsonNode p) {
        int s = 0;
        for (String a : ATTRIBUTES) {
            Boolean ok = attribute(a, g, p);
            if (ok != null && ok) {
                s += 2;
            }
        }
        if (!countries(g.get("target")).isEmpty()) {
            s += 3;
        }
        s += sectorsShared(g.get("source"), p.get("source"));
        return s;
    }

    private static int sectorsShared(JsonNode g, JsonNode p) {
        if (g == null || p == null) {
            return 0;
        }
        for (JsonNode a : g) {
            for (JsonNode b : p) {
                if (a.path("country").asText("").equals(b.path("country").asText("?"))
                        && a.path("sector").asText("").equals(b.path("sector").asText("?"))) {
                    return 1;
                }
            }
        }
        return 0;
    }

    private void scoreAttributes(JsonNode g, JsonNode p) {
        for (String a : ATTRIBUTES) {
            Boolean ok = attribute(a, g, p);
            if (ok != null) {
                int[] c = attributes.computeIfAbsent(a, k -> new int[2]);
                c[1]++;
                if (ok) {
                    c[0]++;
                }
            }
        }
    }

    /** Whether the prediction gets an attribute right; null when the gold does not give it. */
    static Boolean attribute(String a, JsonNode g, JsonNode p) {
        switch (a) {
            case "quantity" -> {
                List<JsonNode> gq = new ArrayList<>();
                if (g.has("quantity_any_of")) {
                    g.get("quantity_any_of").forEach(gq::add);
                } else if (g.hasNonNull("quantity")) {
                    gq.add(g.get("quantity"));
                }
                if (gq.isEmpty()) {
                    return null;
                }
                JsonNode pq = p.get("quantity");
                return pq != null && !pq.isNull()
                        && gq.stream().anyMatch(q -> q.path("value").asLong(-1) == pq.path("value").asLong(-2));
            }
            case "cameo_root" -> {
                List<String> gc = values(g, "cameo");
                if (gc.isEmpty()) {
                    return null;
                }
                String pc = p.path("cameo").asText("");
                return pc.length() >= 2 && gc.stream().anyMatch(c -> c.length() >= 2 && c.substring(0, 2).equals(pc.substring(0, 2)));
            }
            default -> {
                List<String> gv = values(g, a);
                if (gv.isEmpty()) {
                    return null;
                }
                String pv = p.path(a).asText("").toLowerCase(Locale.ROOT);
                return gv.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(pv));
            }
        }
    }

    /** The accepted values of a field: its {@code _any_of} list, or the field itself; empty when absent. */
    static List<String> values(JsonNode event, String field) {
        List<String> out = new ArrayList<>();
        JsonNode any = event.get(field + "_any_of");
        if (any != null && any.isArray()) {
            any.forEach(v -> out.add(v.asText()));
        } else if (event.hasNonNull(field)) {
            out.add(event.get(field).asText());
        }
        return out;
    }

    private static String firstType(JsonNode gold) {
        List<String> t = values(gold, "type");
        return t.isEmpty() ? "?" : t.get(0);
    }

    private static boolean optional(JsonNode gold) {
        return gold.path("optional").asBoolean(false);
    }

    private int[] counts(String type) {
        return perType.computeIfAbsent(type, k -> new int[3]);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }
}
