package org.tidings.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event ontology: PLOVER 2.0 types with their modes, and CAMEO codes with Goldstein scores and their
 * PLOVER type (the crosswalk). Read from our own tables {@code plover.tsv} and {@code cameo.tsv}.
 */
final class Ontology {

    /** A PLOVER type: whether it needs a target, its score, and its modes with their scores. */
    record PloverType(String name, boolean needsTarget, double score, String quad, Map<String, Double> modes) {
    }

    /** A CAMEO code with its Goldstein score and the PLOVER type and mode it maps to ("-" for none). */
    record CameoCode(String code, double goldstein, String type, String mode) {
    }

    private final Map<String, PloverType> types;
    private final Map<String, CameoCode> cameo;
    private final Map<String, Set<String>> crosswalkModes;

    private Ontology(Map<String, PloverType> types, Map<String, CameoCode> cameo) {
        this.types = Collections.unmodifiableMap(types);
        this.cameo = Collections.unmodifiableMap(cameo);
        Map<String, Set<String>> cm = new LinkedHashMap<>();
        for (CameoCode c : cameo.values()) {
            if (!c.mode().equals("-")) {
                cm.computeIfAbsent(c.type(), k -> new LinkedHashSet<>()).add(c.mode());
            }
        }
        this.crosswalkModes = cm;
    }

    private static volatile Ontology defaults;

    static Ontology defaults() {
        Ontology o = defaults;
        if (o == null) {
            synchronized (Ontology.class) {
                o = defaults;
                if (o == null) {
                    o = new Ontology(readTypes("plover.tsv"), readCameo("cameo.tsv"));
                    defaults = o;
                }
            }
        }
        return o;
    }

    Map<String, PloverType> types() {
        return types;
    }

    PloverType type(String name) {
        return types.get(name);
    }

    CameoCode cameo(String code) {
        return cameo.get(code);
    }

    /** The Goldstein score of a code, falling back on its parents ("0834" -> "083" -> "08"). */
    double goldstein(String code) {
        for (String c = code; c != null && !c.isEmpty(); c = c.length() > 2 ? c.substring(0, c.length() - 1) : null) {
            CameoCode cc = cameo.get(c);
            if (cc != null) {
                return cc.goldstein();
            }
        }
        throw new IllegalArgumentException("unknown CAMEO code " + code);
    }

    /** A mode is valid for a type when PLOVER 2.0 lists it or the crosswalk uses it. */
    boolean validMode(String type, String mode) {
        PloverType t = types.get(type);
        return t != null && (t.modes().containsKey(mode) || crosswalkModes.getOrDefault(type, Set.of()).contains(mode));
    }

    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/tidings/events/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    private static Map<String, PloverType> readTypes(String resource) {
        Map<String, PloverType> types = new LinkedHashMap<>();
        for (String[] f : rows(resource)) {
            if (f.length != 5) {
                throw new IllegalStateException(resource + ": bad row " + String.join("\t", f));
            }
            Map<String, Double> modes = new LinkedHashMap<>();
            if (!f[4].equals("-")) {
                for (String m : f[4].split(" ")) {
                    String[] kv = m.split("=");
                    modes.put(kv[0], Double.parseDouble(kv[1]));
                }
            }
            types.put(f[0], new PloverType(f[0], f[1].equals("yes"), Double.parseDouble(f[2]), f[3],
                    Collections.unmodifiableMap(modes)));
        }
        return types;
    }

    private static Map<String, CameoCode> readCameo(String resource) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (String[] f : rows(resource)) {
            if (f.length != 4) {
                throw new IllegalStateException(resource + ": bad row " + String.join("\t", f));
            }
            codes.put(f[0], new CameoCode(f[0], Double.parseDouble(f[1]), f[2], f[3]));
        }
        return codes;
    }
}
