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
 * articles' main events (one cluster per article). An article's main event is the event of the first coded mention
 * that tells it: from the sentence and with a trigger that main-evidence.tsv names. An article whose main event the
 * coder did not code counts as an event of its own (a recall loss), whatever else the coder found in it: another
 * event of the article, clustered right or wrong, says nothing about its main one.
 *
 * <p>The score over all articles measures coder and resolver together; {@link Score#resolver()} is the same score
 * over the articles whose main event was coded, what the resolver made of the mentions it got.
 */
final class CorpusScore {

    static final Path CORPUS = Path.of("src/test/resources/org/tidings/resolve");

    record Score(double precision, double recall, double f1, Map<String, Long> predicted, Map<String, String> gold,
                 Set<String> coded) {
        @Override
        public String toString() {
            return String.format("B-cubed P=%.3f R=%.3f F1=%.3f over %d articles (main event coded in %d)", precision,
                    recall, f1, gold.size(), coded.size());
        }

        /** The score over the articles whose main event was coded: the resolver's part. */
        Score resolver() {
            Map<String, Long> p = new LinkedHashMap<>();
            predicted.forEach((k, v) -> {
                if (coded.contains(k)) {
                    p.put(k, v);
                }
            });
            return bCubed(p, gold, coded);
        }
    }

    /** What tells an article's main event: words of the trigger, phrases of the sentence. */
    record MainEvidence(Set<String> triggers, List<String> phrases) {
        boolean tells(EventMention m) {
            EventMention.Evidence e = m.evidence();
            if (e == null || e.text() == null || e.trigger() == null) {
                return false;
            }
            String text = normal(e.text());
            boolean trigger = false;
            for (String w : e.trigger().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                trigger |= triggers.contains(w);
            }
            return trigger && phrases.stream().anyMatch(p -> text.contains(normal(p)));
        }

        private static String normal(String s) {
            return String.join(" ", s.strip().split("\\s+"));
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

    /** file name -> what tells its main event. */
    static Map<String, MainEvidence> mainEvidence() {
        Map<String, MainEvidence> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(CORPUS.resolve("main-evidence.tsv"))) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || f.length < 3) {
                    continue;
                }
                out.put(f[0], new MainEvidence(Set.of(f[1].toLowerCase(java.util.Locale.ROOT).split(",")),
                        List.of(f[2].split(" \\| "))));
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

    /** The index of the first coded mention that tells the article's main event, or -1 when none does. */
    static int mainMention(CodedArticle c, MainEvidence evidence) {
        List<EventMention> events = c.events();
        int best = -1;
        for (int i = 0; i < events.size(); i++) {
            if (evidence != null && evidence.tells(events.get(i))
                    && (best < 0 || key(events.get(i).evidence()) < key(events.get(best).evidence()))) {
                best = i;
            }
        }
        return best;
    }

    /** The article's main event in the store, or a singleton pseudo-id when its main event was not coded. */
    static long mainEvent(Store store, CodedArticle c, int main) {
        if (main < 0) {
            return -Math.abs((long) c.document().article().id().hashCode()) - 1;
        }
        return store.eventOf(c.document().article().id() + "-" + main).orElseThrow();
    }

    private static long key(EventMention.Evidence e) {
        return e == null ? Long.MAX_VALUE : e.sentence() * 10_000L + e.triggerToken();
    }

    static Score score(Store store, List<CodedArticle> corpus) {
        Map<String, String> gold = goldMain();
        Map<String, MainEvidence> evidence = mainEvidence();
        Map<String, Long> predicted = new LinkedHashMap<>();
        Set<String> coded = new java.util.TreeSet<>();
        for (CodedArticle c : corpus) {
            String name = fileName(c);
            if (gold.containsKey(name)) {
                int main = mainMention(c, evidence.get(name));
                if (main >= 0) {
                    coded.add(name);
                }
                predicted.put(name, mainEvent(store, c, main));
            }
        }
        return bCubed(predicted, gold, coded);
    }

    private static Score bCubed(Map<String, Long> predicted, Map<String, String> gold, Set<String> coded) {
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
        return new Score(p, r, f1, predicted, g, coded);
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
            sb.append(String.format("%-36s %-20d %-6s %s%n", s.gold().get(n), s.predicted().get(n),
                    s.coded().contains(n) ? "coded" : "-", n));
        }
        return sb.toString();
    }
}
