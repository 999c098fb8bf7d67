package org.tidings.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tidings.actors.ActorMention;
import org.tidings.resolve.Report;
import org.tidings.resolve.Resolver;

/**
 * Where a mention meets the mentions it may be the same event as: its type group, each of its actor countries
 * (source or target) and each ISO week its date window touches. A pair the resolver's test does not reject
 * outright has compatible types, overlapping windows and a shared actor country, so it shares a key: the pairs
 * compared are those the embedded store compares, and their decisions the ones it keeps. Keys by country rather
 * than by actor pair, because a mention with no source country may still be linked through its target.
 */
final class BlockingKeys {

    private BlockingKeys() {
    }

    static List<String> of(Report r) {
        LocalDate[] window = Resolver.window(r);
        if (window == null) {
            return List.of(); // undated mentions are never linked
        }
        TreeSet<String> countries = new TreeSet<>();
        for (List<ActorMention> role : List.of(r.mention().source(), r.mention().target())) {
            for (ActorMention a : role) {
                if (a.country() != null && !a.country().isBlank()) {
                    countries.add(a.country());
                }
            }
        }
        String group = Resolver.typeGroup(r.mention().type());
        List<String> keys = new ArrayList<>();
        for (long week = week(window[0]); week <= week(window[1]); week++) {
            for (String country : countries) {
                keys.add(group + "|" + country + "|" + week);
            }
        }
        return keys;
    }

    /** The smallest key two key lists share, or null: the one block where the pair is decided. */
    static String firstShared(List<String> a, List<String> b) {
        TreeSet<String> shared = new TreeSet<>(a);
        shared.retainAll(b);
        return shared.isEmpty() ? null : shared.first();
    }

    private static long week(LocalDate day) {
        // Weeks counted from Monday 1970-01-05.
        return Math.floorDiv(day.toEpochDay() - 4, 7);
    }
}
