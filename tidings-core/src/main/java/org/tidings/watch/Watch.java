package org.tidings.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feeds to poll every so often, with an optional alert.
 *
 * @param id    stable id made from the rest (the same watch registered twice is one watch)
 * @param feeds RSS or Atom feed URLs (http or https), in order, without repeats
 * @param every the time between polls, at least {@link #MIN_EVERY}
 * @param alert what to do with matching events, or null for none
 */
public record Watch(String id, List<String> feeds, Duration every, Alert alert) {

    public static final Duration MIN_EVERY = Duration.ofSeconds(10);
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(10);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    public Watch {
        Objects.requireNonNull(id, "id");
        feeds = List.copyOf(feeds);
        Objects.requireNonNull(every, "every");
    }

    /**
     * A watch of these feeds.
     *
     * @throws IllegalArgumentException when there is no feed, a feed is not an http(s) URL or the interval is shorter
     *                                  than {@link #MIN_EVERY}
     */
    public static Watch of(List<String> feeds, Duration every, Alert alert) {
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String f : feeds) {
            clean.add(checkHttp(f, "feed"));
        }
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("give at least one feed URL");
        }
        Duration e = every == null ? DEFAULT_EVERY : every;
        if (e.compareTo(MIN_EVERY) < 0) {
            throw new IllegalArgumentException("polling every " + format(e) + " is too often; at least every "
                    + format(MIN_EVERY));
        }
        String id = Hashes.of("watch;" + String.join(" ", clean) + ";every=" + e.toSeconds() + ";"
                + (alert == null ? "no-alert" : alert.id()));
        return new Watch(id, List.copyOf(clean), e, alert);
    }

    /** Checks an http(s) URL with a host; returns it stripped. */
    static String checkHttp(String url, String what) {
        String u = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(u);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a URL: " + url);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http")
                || uri.getScheme().equalsIgnoreCase("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an http or https URL: " + url);
        }
        return u;
    }

    /**
     * An interval: "90s", "10m", "2h", "1d", "500ms", a number of seconds, or ISO-8601 ("PT10M").
     *
     * @throws IllegalArgumentException when it is none of these
     */
    public static Duration parseInterval(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = INTERVAL.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofSeconds(n);
            };
        }
        try {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an interval (like 30s, 10m, 2h or PT10M)");
        }
    }

    /** "10m", "90s", "2h": the shortest exact form. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        if (s % 86400 == 0 && s > 0) {
            return s / 86400 + "d";
        }
        if (s % 3600 == 0 && s > 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0 && s > 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    // ---- JSON: how the server takes a watch and how the store keeps it ----

    /** The watch as JSON: id, feeds, every ("10m"), every_seconds, and the alert (rule and webhook or stdout). */
    public ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        ArrayNode f = o.putArray("feeds");
        feeds.forEach(f::add);
        o.put("every", format(every));
        o.put("every_seconds", every.toSeconds());
        if (alert == null) {
            o.putNull("alert");
        } else {
            ObjectNode a = o.putObject("alert");
            AlertRule r = alert.rule();
            r.actors().forEach(a.putArray("actors")::add);
            r.countries().forEach(a.putArray("countries")::add);
            r.types().forEach(a.putArray("types")::add);
            a.put("min_goldstein", r.minGoldstein());
            a.put("min_reports", r.minReports());
            if (alert.webhook() == null) {
                a.putNull("webhook");
                a.put("stdout", true);
            } else {
                a.put("webhook", alert.webhook().toString());
                a.put("stdout", false);
            }
            a.put("id", alert.id());
            a.put("rule", r.describe());
        }
        return o;
    }

    /**
     * A watch from JSON: {@code feeds} (a list) or {@code feed}, {@code every} ("10m", or seconds), and {@code alert}
     * with optional {@code actors}, {@code countries}, {@code types} (lists or comma-separated),
     * {@code min_goldstein}, {@code min_reports}, and a target: {@code webhook} (URL) or {@code "stdout": true}.
     *
     * @throws IllegalArgumentException with what is wrong, for the user
     */
    public static Watch fromJson(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a watch is a JSON object");
        }
        List<String> feeds = strings(n, "feeds");
        if (n.hasNonNull("feed")) {
            feeds = new ArrayList<>(feeds);
            feeds.add(n.get("feed").asText());
        }
        JsonNode every = n.get("every");
        Duration interval = every == null || every.isNull() ? null
                : every.isNumber() ? Duration.ofSeconds(every.asLong()) : parseInterval(every.asText());
        Alert alert = null;
        JsonNode a = n.get("alert");
        if (a != null && !a.isNull()) {
            if (!a.isObject()) {
                throw new IllegalArgumentException("alert must be an object");
            }
            AlertRule rule = new AlertRule(strings(a, "actors"), strings(a, "countries"), strings(a, "types"),
                    number(a, "min_goldstein"), (int) number(a, "min_reports"));
            String webhook = a.hasNonNull("webhook") ? a.get("webhook").asText() : null;
            boolean stdout = a.path("stdout").asBoolean(false);
            if (webhook == null && !stdout) {
                throw new IllegalArgumentException("an alert needs a target: webhook (a URL) or \"stdout\": true");
            }
            if (webhook != null && stdout) {
                throw new IllegalArgumentException("an alert has one target: webhook or stdout, not both");
            }
            alert = webhook != null ? Alert.webhook(rule, URI.create(checkHttp(webhook, "webhook")))
                    : Alert.stdout(rule);
        }
        return of(feeds, interval, alert);
    }

    private static List<String> strings(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else if (v.isTextual()) {
            for (String s : v.asText().split(",")) {
                out.add(s.strip());
            }
        } else {
            throw new IllegalArgumentException(field + " must be a list of strings");
        }
        return out;
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number");
        }
        return v.asDouble();
    }
}
