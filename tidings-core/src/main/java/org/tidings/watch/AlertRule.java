package org.tidings.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.actors.ActorMention;
import org.tidings.store.StoredEvent;
import org.tidings.store.StoredMention;

/**
 * Which events an alert is about. Every part is optional (empty or 0 = any) and all parts must hold.
 *
 * @param actors       a source or target actor of any report whose code starts with one of these ("KOR", "KORGOV")
 *                     or whose name or text contains it, case-insensitively (as {@code tidings events --actor})
 * @param countries    a source or target actor of any report is of one of these CAMEO countries ("KOR")
 * @param types        the event's PLOVER type is one of these ("ACCUSE", "ASSAULT")
 * @param minGoldstein the event's Goldstein score is at least this far from 0 (5 takes -7 and +6, not -2)
 * @param minReports   the event has at least this many reports (mentions across articles)
 */
public record AlertRule(List<String> actors, List<String> countries, List<String> types, double minGoldstein,
                        int minReports) {

    public AlertRule {
        actors = clean(actors, false);
        countries = clean(countries, true);
        types = clean(types, true);
        if (minGoldstein < 0 || minGoldstein > 10 || Double.isNaN(minGoldstein)) {
            throw new IllegalArgumentException("the minimum |Goldstein| must be between 0 and 10, not " + minGoldstein);
        }
        if (minReports < 0) {
            throw new IllegalArgumentException("the minimum number of reports must not be negative");
        }
    }

    /** Every event. */
    public static AlertRule any() {
        return new AlertRule(List.of(), List.of(), List.of(), 0, 0);
    }

    public boolean matches(StoredEvent e) {
        if (!types.isEmpty() && (e.event().type() == null
                || !types.contains(e.event().type().toUpperCase(Locale.ROOT)))) {
            return false;
        }
        if (Math.abs(e.event().goldstein()) < minGoldstein || e.reports() < minReports) {
            return false;
        }
        List<ActorMention> all = new ArrayList<>();
        for (StoredMention m : e.mentions()) {
            all.addAll(m.mention().source());
            all.addAll(m.mention().target());
        }
        if (!countries.isEmpty() && all.stream().noneMatch(a -> a.country() != null
                && countries.contains(a.country().toUpperCase(Locale.ROOT)))) {
            return false;
        }
        return actors.isEmpty() || all.stream().anyMatch(a -> actors.stream().anyMatch(q -> actorMatches(a, q)));
    }

    private static boolean actorMatches(ActorMention a, String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return a.code() != null && a.code().toLowerCase(Locale.ROOT).startsWith(q)
                || a.name() != null && a.name().toLowerCase(Locale.ROOT).contains(q)
                || a.text() != null && a.text().toLowerCase(Locale.ROOT).contains(q);
    }

    /** The rule in words, for logs and listings: "type ACCUSE; country KOR; at least 2 reports". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!types.isEmpty()) {
            parts.add("type " + String.join(" or ", types));
        }
        if (!countries.isEmpty()) {
            parts.add("country " + String.join(" or ", countries));
        }
        if (!actors.isEmpty()) {
            parts.add("actor " + String.join(" or ", actors));
        }
        if (minGoldstein > 0) {
            parts.add("|Goldstein| at least " + minGoldstein);
        }
        if (minReports > 1) {
            parts.add("at least " + minReports + " reports");
        }
        return parts.isEmpty() ? "every event" : String.join("; ", parts);
    }

    /** The canonical text the alert's id is made from. */
    String canonical() {
        return "actors=" + actors + ";countries=" + countries + ";types=" + types + ";min_goldstein=" + minGoldstein
                + ";min_reports=" + minReports;
    }

    private static List<String> clean(List<String> values, boolean upper) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> upper ? v.strip().toUpperCase(Locale.ROOT) : v.strip()).distinct().sorted().toList();
    }
}
