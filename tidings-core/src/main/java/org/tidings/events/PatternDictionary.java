package org.tidings.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The pattern dictionary ({@code patterns.txt}), indexed by verb lemma; see the file's header for the format. */
final class PatternDictionary {

    private final Map<String, List<Pattern>> byLemma;
    private final int size;

    private PatternDictionary(Map<String, List<Pattern>> byLemma, int size) {
        this.byLemma = byLemma;
        this.size = size;
    }

    int size() {
        return size;
    }

    List<Pattern> forLemma(String lemma) {
        return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    static PatternDictionary load(String resource, Ontology ontology) {
        try (InputStream in = PatternDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/tidings/events/" + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource, ontology);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static PatternDictionary parse(BufferedReader reader, String name, Ontology ontology) throws IOException {
        Map<String, List<Pattern>> byLemma = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        int count = 0;
        String line;
        int no = 0;
        while ((line = reader.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + no;
            String[] cols = line.split("\\|", -1);
            if (cols.length < 3) {
                throw new IllegalArgumentException(where + ": expected 'id | triggers | frame | TYPE mode CAMEO'");
            }
            String id = cols[0].trim();
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": duplicate pattern id " + id);
            }
            StringBuilder frame = new StringBuilder();
            for (int i = 2; i < cols.length - 1; i++) {
                frame.append(' ').append(cols[i].trim());
            }
            String[] event = cols[cols.length - 1].trim().split("\\s+");
            String type = null;
            String mode = null;
            String cameo = null;
            if (!(event.length == 1 && event[0].equals("-"))) {
                if (event.length != 3) {
                    throw new IllegalArgumentException(where + ": event must be 'TYPE mode CAMEO' or '-'");
                }
                type = event[0];
                mode = event[1].equals("-") ? null : event[1];
                cameo = event[2];
                if (ontology.type(type) == null) {
                    throw new IllegalArgumentException(where + ": unknown PLOVER type " + type);
                }
                if (mode != null && !ontology.validMode(type, mode)) {
                    throw new IllegalArgumentException(where + ": mode " + mode + " is not a mode of " + type);
                }
                if (ontology.cameo(cameo) == null) {
                    throw new IllegalArgumentException(where + ": unknown CAMEO code " + cameo);
                }
            }
            Set<String> objects = new LinkedHashSet<>();
            boolean needsObject = false;
            Set<String> complements = new LinkedHashSet<>();
            boolean needsComplement = false;
            Set<String> complementObjects = new LinkedHashSet<>();
            Set<String> preps = new LinkedHashSet<>();
            Map<String, Set<String>> prepNouns = new LinkedHashMap<>();
            Set<String> modals = new LinkedHashSet<>();
            Set<String> subjects = new LinkedHashSet<>();
            boolean negated = false;
            List<String> targets = List.of("obj", "iobj");
            boolean targetOptional = false;
            boolean targetRequired = false;
            boolean ownTarget = false;
            boolean noun = false;
            for (String cond : frame.toString().trim().split("\\s+")) {
                if (cond.isEmpty()) {
                    continue;
                }
                int eq = cond.indexOf('=');
                String key = eq < 0 ? cond : cond.substring(0, eq);
                Set<String> values = eq < 0 ? Set.of() : list(cond.substring(eq + 1));
                switch (key) {
                    case "obj" -> {
                        needsObject = true;
                        objects.addAll(values);
                    }
                    case "x" -> {
                        needsComplement = true;
                        complements.addAll(values);
                    }
                    case "xobj" -> complementObjects.addAll(values);
                    case "prep" -> preps.addAll(values);
                    case "cmod" -> modals.addAll(values);
                    case "subj" -> subjects.addAll(values);
                    case "neg" -> negated = true;
                    case "notgt" -> targetOptional = true;
                    case "needtgt" -> targetRequired = true;
                    case "owntgt" -> ownTarget = true;
                    case "noun" -> noun = true;
                    case "tgt" -> targets = cond.substring(eq + 1).equals("-") ? List.of()
                            : List.copyOf(Arrays.asList(cond.substring(eq + 1).replace('_', ' ').split(",")));
                    default -> {
                        if (key.startsWith("@") && eq > 0) {
                            prepNouns.put(key.substring(1), values);
                        } else {
                            throw new IllegalArgumentException(where + ": unknown frame condition '" + cond + "'");
                        }
                    }
                }
            }
            for (String trigger : cols[1].split(",")) {
                String[] words = trigger.trim().toLowerCase(Locale.ROOT).split("\\s+");
                if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
                    throw new IllegalArgumentException(where + ": bad trigger '" + trigger.trim() + "'");
                }
                Pattern p = new Pattern(id, words[0], words.length == 2 ? words[1] : null, Set.copyOf(objects),
                        needsObject, Set.copyOf(complements), needsComplement, Set.copyOf(complementObjects),
                        Set.copyOf(preps), Map.copyOf(prepNouns), Set.copyOf(subjects), Set.copyOf(modals), negated, targets,
                        targetOptional, targetRequired, ownTarget, noun, type, mode, cameo, no);
                byLemma.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
                count++;
            }
        }
        return new PatternDictionary(byLemma, count);
    }

    private static Set<String> list(String csv) {
        Set<String> s = new LinkedHashSet<>();
        for (String v : csv.split(",")) {
            if (!v.isBlank()) {
                s.add(v.trim().toLowerCase(Locale.ROOT));
            }
        }
        return s;
    }
}
