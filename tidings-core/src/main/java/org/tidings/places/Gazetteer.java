package org.tidings.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Place names with their country and coordinates: every country (at its centroid), every capital, large
 * cities and regions often in the news, written by us in {@code places.tsv}; a user file in the same format
 * adds or overrides entries.
 *
 * <p>File format, one place a line, tab-separated: name, kind ({@code country|capital|city|region}),
 * ISO 3166 alpha-3 country code (may be empty), latitude, longitude, aliases separated by semicolons.
 * Lines starting with {@code #} and blank lines are ignored.
 */
public final class Gazetteer {

    /** A known place. @param kind country, capital, city or region; @param country ISO alpha-3, or null */
    public record Entry(String name, String kind, String country, double latitude, double longitude) {
    }

    private static final String BUILTIN = "places.tsv";
    private static volatile Gazetteer builtin;

    private final Map<String, Entry> byName;
    private final Map<String, Entry> countries;

    private Gazetteer(Map<String, Entry> byName) {
        this.byName = Map.copyOf(byName);
        Map<String, Entry> byCode = new HashMap<>();
        for (Entry e : byName.values()) {
            if (e.kind().equals("country") && e.country() != null) {
                byCode.putIfAbsent(e.country(), e);
            }
        }
        this.countries = Map.copyOf(byCode);
    }

    /** The gazetteer shipped with Tidings. */
    public static Gazetteer builtin() {
        Gazetteer g = builtin;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = builtin;
                if (g == null) {
                    Map<String, Entry> names = new HashMap<>();
                    try (InputStream in = Gazetteer.class.getResourceAsStream(BUILTIN)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource org/tidings/places/" + BUILTIN);
                        }
                        read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), BUILTIN, names);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + BUILTIN, e);
                    }
                    g = new Gazetteer(names);
                    builtin = g;
                }
            }
        }
        return g;
    }

    /**
     * The built-in gazetteer extended by a user file (same format); the user's entries win on equal names.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    public static Gazetteer withUserFile(Path file) throws IOException {
        Map<String, Entry> names = new HashMap<>(builtin().byName);
        Map<String, Entry> user = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(r, file.toString(), user);
        }
        names.putAll(user);
        return new Gazetteer(names);
    }

    /** The place of that name or alias (case, accents and a leading "the" do not matter). */
    public Optional<Entry> lookup(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The country entry of an ISO alpha-3 code. */
    public Optional<Entry> country(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
    }

    public int size() {
        return (int) byName.values().stream().distinct().count();
    }

    static String key(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    // Earlier lines win within one file: countries come first, so "Georgia" is the country.
    private static void read(BufferedReader reader, String source, Map<String, Entry> into) throws IOException {
        String line;
        int no = 0;
        List<String> problems = new ArrayList<>();
        while ((line = reader.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                problems.add(source + " line " + no + ": expected at least 5 tab-separated fields, found " + f.length);
                continue;
            }
            String kind = f[1].strip();
            if (!List.of("country", "capital", "city", "region").contains(kind)) {
                problems.add(source + " line " + no + ": unknown kind '" + kind + "'");
                continue;
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(f[3].strip());
                lon = Double.parseDouble(f[4].strip());
            } catch (NumberFormatException e) {
                problems.add(source + " line " + no + ": latitude/longitude are not numbers");
                continue;
            }
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                problems.add(source + " line " + no + ": coordinates out of range");
                continue;
            }
            String country = f[2].strip().isEmpty() ? null : f[2].strip().toUpperCase(Locale.ROOT);
            Entry entry = new Entry(f[0].strip(), kind, country, lat, lon);
            into.putIfAbsent(key(entry.name()), entry);
            if (f.length > 5 && !f[5].isBlank()) {
                for (String alias : f[5].split(";")) {
                    if (!alias.isBlank()) {
                        into.putIfAbsent(key(alias), entry);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }
}
