package org.tidings.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads and checks query parameters; anything wrong becomes a 400 problem naming the parameter. */
final class Params {

    static final int MAX_PAGE = 500;
    private static final int MAX_TEXT = 500;
    private static final Set<String> INTERVALS = Set.of("day", "week", "month", "year");

    private Params() {
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw bad(name, "is longer than " + MAX_TEXT + " characters");
        }
        return v.strip();
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw bad(name, "must be a whole number, not '" + clip(v) + "'");
        }
        if (n < min || n > max) {
            throw bad(name, "must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(name, "must be a date like 2024-10-21, not '" + clip(v) + "'");
        }
    }

    /** Repeated and comma-separated values: {@code type=ACCUSE&type=THREATEN} or {@code type=ACCUSE,THREATEN}. */
    static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    if (part.length() > 100) {
                        throw bad(name, "has a value longer than 100 characters");
                    }
                    out.add(part.strip());
                }
            }
        }
        if (out.size() > 50) {
            throw bad(name, "has more than 50 values");
        }
        return out;
    }

    static String interval(Context ctx, String fallback) {
        String v = text(ctx, "interval");
        if (v == null) {
            return fallback;
        }
        String i = v.toLowerCase(Locale.ROOT);
        if (!INTERVALS.contains(i)) {
            throw bad("interval", "must be day, week, month or year, not '" + clip(v) + "'");
        }
        return i;
    }

    static boolean bool(Context ctx, String name, boolean fallback) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw bad(name, "must be true or false, not '" + clip(v) + "'");
        };
    }

    /** The event filters shared by events, export, facets, series and network. */
    static EventFilter events(Context ctx, Catalog catalog) {
        List<Integer> quads = new ArrayList<>();
        for (String q : list(ctx, "quad")) {
            if (!q.matches("[1-4]")) {
                throw bad("quad", "must be a quad class 1 to 4, not '" + clip(q) + "'");
            }
            quads.add(Integer.parseInt(q));
        }
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw bad("from", "is after to (" + from + " > " + to + ")");
        }
        String actor = text(ctx, "actor");
        if (actor != null && !catalog.knownActor(actor) && catalog.actors(actor, 1).isEmpty()) {
            throw new Problem(400, "unknown-actor", "Unknown actor", "no actor code starts with '" + clip(actor)
                    + "' and no actor name contains it");
        }
        List<String> types = list(ctx, "type");
        for (String t : types) {
            if (!t.matches("[A-Za-z_]+")) {
                throw bad("type", "must be a PLOVER type such as ACCUSE, not '" + clip(t) + "'");
            }
        }
        return new EventFilter(text(ctx, "q"), actor, text(ctx, "country"), text(ctx, "sector"), types,
                quads, from, to, list(ctx, "certainty"), integer(ctx, "min_reports", 0, 0, 1_000_000),
                text(ctx, "outlet"), text(ctx, "article"));
    }

    static Problem bad(String name, String what) {
        return Problem.badRequest("bad-parameter", "Bad parameter", name + " " + what);
    }

    private static String clip(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
