package org.tidings.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.store.Store;

/**
 * Scores the events of a store against the corpus gold (gold.tsv): B-cubed precision, recall and F1 over the
 * articles' main events (one cluster per article), the main event of an article being the event of its first
 * told mention (lowest sentence, then position).
 */
final class CorpusScore {

    static final Path CORPUS = Path.of("src/test/resources/org/tidings/resolve");

    record Score(double precision, double recall, double f1, Map<String, Long> predicted, Map<String, String> gold) {
        @Override
        public String toString() {
            return String.format("B-cubed P=%.3f R=%.3f F1=%.3f over %d articles", precision, recall, f1, gold.size());
        }
    }

    private CorpusScore() {
    }

    /** file name -> gold cluster of its main line. */
    static Map<String, String> goldMain() {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(CORPUS.resolve("gold.tsv"))) {
                String[] f = line.split("\t");
                if (f.length >= 3 && f[2].startsWith("main")) {
                    out.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String fileName(CodedArticle c) {
        String file = c.document().article().origin() == null ? "" : c.document().article().origin().file();
        return Path.of(file).getFileName().toString();
    }

    /** The article's main event in the store, or a singleton pseudo-id when it has no event. */
    static long mainEvent(Store store, CodedArticle c) {
        List<EventMention> events = c.events();
        int best = -1;
        for (int i = 0; i < events.size(); i++) {
            EventMention.Evidence e = events.get(i).evidence();
            if (best < 0 || key(e) < key(events.get(best).evidence())) {
                best = i;
            }
        }
        if (best < 0) {
            return -Math.abs((long) c.document().article().id().hashCode()) - 1;
        }
        return store.eventOf(c.document().article().id() + "-" + best).orElseThrow();
    }

    private static long key(EventMention.Evidence e) {
        return e == null ? Long.MAX_VALUE : e.sentence() * 10_000L + e.triggerToken();
    }

    static Score score(Store store, List<CodedArticle> corpus) {
        Map<String, String> gold = goldMain();
        Map<String, Long> predicted = new LinkedHashMap<>();
        for (CodedArticle c : corpus) {
            String name = fileName(c);
            if (gold.containsKey(name)) {
                predicted.put(name, mainEvent(store, c));
            }
        }
        Map<String, String> g = new LinkedHashMap<>();
        predicted.keySet().forEach(k -> g.put(k, gold.get(k)));
        double p = 0;
        double r = 0;
        for (String item : predicted.keySet()) {
            Set<String> sameP = new HashSet<>();
            Set<String> sameG = new HashSet<>();
            for (String other : predicted.keySet()) {
                if (predicted.get(other).equals(predicted.get(item))) {
                    sameP.add(other);
                }
                if (g.get(other).equals(g.get(item))) {
                    sameG.add(other);
                }
            }
            Set<String> both = new HashSet<>(sameP);
            both.retainAll(sameG);
            p += both.size() / (double) sameP.size();
            r += both.size() / (double) sameG.size();
        }
        int n = predicted.size();
        p = n == 0 ? 0 : p / n;
        r = n == 0 ? 0 : r / n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(p, r, f1, predicted, g);
    }

    /** The store's clustering as sets of mention ids, for comparing stores filled in different orders. */
    static Set<Set<String>> clusters(Store store, List<CodedArticle> corpus) {
        Map<Long, Set<String>> byEvent = new LinkedHashMap<>();
        for (CodedArticle c : corpus) {
            for (int i = 0; i < c.events().size(); i++) {
                String id = c.document().article().id() + "-" + i;
                byEvent.computeIfAbsent(store.eventOf(id).orElseThrow(), k -> new java.util.TreeSet<>()).add(id);
            }
        }
        return new HashSet<>(byEvent.values());
    }

    /** A readable table of gold cluster vs predicted event, for failure messages. */
    static String table(Score s) {
        StringBuilder sb = new StringBuilder();
        List<String> names = new ArrayList<>(s.gold().keySet());
        names.sort(Comparator.comparing((String n) -> s.gold().get(n)).thenComparing(n -> n));
        for (String n : names) {
            sb.append(String.format("%-36s %-20d %s%n", s.gold().get(n), s.predicted().get(n), n));
        }
        return sb.toString();
    }
}
