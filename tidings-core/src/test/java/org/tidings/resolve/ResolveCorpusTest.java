package org.tidings.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.SharedData;
import org.tidings.Tidings;
import org.tidings.events.CodedArticle;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;
import org.tidings.store.ArticleDuplicate;
import org.tidings.store.EventQuery;
import org.tidings.store.Store;
import org.tidings.store.StoredEvent;

/**
 * The resolution corpus (45 articles about 17 events, see the corpus README) through the whole pipeline, once
 * per test JVM (about 2-5 s an article), then resolved in the store. Needs CoreNLP: run with -DargLine=-Xmx3g.
 */
@Tag("slow")
class ResolveCorpusTest {

    private static final Logger LOG = LoggerFactory.getLogger(ResolveCorpusTest.class);
    private static List<CodedArticle> corpus;

    @TempDir
    Path dir;

    @BeforeAll
    static void codeOnce() {
        synchronized (ResolveCorpusTest.class) {
            if (corpus == null) {
                corpus = code(List.of(CorpusScore.CORPUS.resolve("corpus")));
            }
        }
    }

    static List<CodedArticle> code(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        ArticleSources.read(paths, ArticleSink.of(articles::add, failure -> {
            throw new AssertionError(failure.toString());
        }));
        List<CodedArticle> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(Tidings.defaults().process(a));
        }
        return out;
    }

    @Test
    void clusteringAgainstGold() {
        try (Store store = Store.open(dir)) {
            corpus.forEach(store::save);
            CorpusScore.Score s = CorpusScore.score(store, corpus);
            LOG.info("resolution corpus: {}\n{}", s, CorpusScore.table(s));
            assertEquals(45, s.gold().size());
            // Recall over all articles is bounded by the event coder, which does not code the main event of some
            // reports (the target of issue 7 is F1 >= 0.90; on 2026-11-27 the coder coded 40 of 45 main events and
            // allowed P=1.000 R=0.830 F1=0.907): a floor here guards against regressions. Over the articles whose main
            // event was coded the score is the resolver's own (then P=1.000 R=0.967) and must meet the target.
            assertTrue(s.precision() >= 0.90, s + "\n" + CorpusScore.table(s));
            assertTrue(s.recall() >= 0.82, s + "\n" + CorpusScore.table(s));
            CorpusScore.Score resolver = s.resolver();
            LOG.info("resolver's part: {}", resolver);
            assertTrue(resolver.coded().size() >= 39, s + "\n" + CorpusScore.table(s));
            assertTrue(resolver.f1() >= 0.90, resolver + "\n" + CorpusScore.table(s));
        }
    }

    @Test
    void shuffledIngestGivesTheSameEvents() throws Exception {
        Set<Set<String>> reference;
        try (Store store = Store.open(dir.resolve("a"))) {
            corpus.forEach(store::save);
            reference = CorpusScore.clusters(store, corpus);
        }
        List<CodedArticle> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(42));
        try (Store store = Store.open(dir.resolve("b"))) {
            shuffled.forEach(store::save);
            assertEquals(reference, CorpusScore.clusters(store, corpus));
        }
        // The in-memory clustering (the Spark job's) gives the store's events in any order. The corpus has many
        // mentions without a source country, which once linked only when they came after a sourced one.
        List<Report> reports = new ArrayList<>();
        for (CodedArticle c : corpus) {
            Article a = c.document().article();
            for (int i = 0; i < c.events().size(); i++) {
                reports.add(new Report(a.id() + "-" + i, a.id(), a.url(), a.outlet(), a.published(), c.events().get(i)));
            }
        }
        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(reports, random);
            Resolver.Clustering clustering = Resolver.defaults().clustering();
            reports.forEach(clustering::add);
            Set<Set<String>> clusters = new java.util.HashSet<>();
            for (List<Report> cluster : clustering.clusters()) {
                clusters.add(new TreeSet<>(cluster.stream().map(Report::id).toList()));
            }
            assertEquals(reference, clusters, "round " + round);
        }
    }

    @Test
    void syndicatedCopiesAreFoundAndCountOnce() {
        try (Store store = Store.open(dir)) {
            corpus.forEach(store::save);
            Map<String, String> nameOf = new TreeMap<>();
            corpus.forEach(c -> nameOf.put(c.document().article().id(), CorpusScore.fileName(c)));
            Set<String> pairs = new TreeSet<>();
            for (ArticleDuplicate d : store.duplicates()) {
                pairs.add(nameOf.get(d.articleId()).substring(0, 26) + " < " + nameOf.get(d.duplicateOf()).substring(0, 26));
            }
            assertEquals(Set.of(
                    "coastlinedaily-2023-07-12- < meridianwire-2023-07-12-no",
                    "coastlinedaily-2024-02-23- < meridianwire-2024-02-23-us",
                    "harbourgazette-2024-04-14- < meridianwire-2024-04-14-ir",
                    "harbourgazette-2024-08-01- < meridianwire-2024-08-01-an"), pairs);
            for (StoredEvent e : store.events(EventQuery.all())) {
                assertTrue(e.outlets().size() <= e.allOutlets().size());
                if (e.allOutlets().contains("Coastline Daily") && e.allOutlets().contains("Meridian Wire")
                        && e.event().type().equals("SANCTION") && e.event().date().value().equals("2024-02-23")) {
                    assertEquals(List.of("Meridian Wire"), e.outlets().subList(0, 1));
                }
            }
        }
    }

    /**
     * The seed (Yonhap, undated outlet) and our own second report of the same summons: one ACCUSE event with two
     * reports from two outlets. Depends on the event coder coding the second report's "called in" as ACCUSE.
     */
    @Test
    void seedSummonsFromTwoOutletsIsOneEvent() {
        Path seed = SharedData.path("seed/000_82426c862c5804d0.txt");
        Path second = Path.of("..", "examples", "text", "2024-10-21-seoul-summons-russian-envoy.txt");
        assertTrue(Files.isRegularFile(second), second.toAbsolutePath().toString());
        List<CodedArticle> two = code(List.of(seed, second));
        try (Store store = Store.open(dir)) {
            two.forEach(store::save);
            List<StoredEvent> accuse = store.events(EventQuery.all().withTypes(List.of("ACCUSE"))
                    .withCountry("KOR"));
            String found = accuse.stream().map(e -> e.id() + " " + e.event().type() + " reports=" + e.reports()
                    + " outlets=" + e.allOutlets()).toList().toString();
            assertEquals(1, accuse.size(), found);
            assertEquals(2, accuse.get(0).reports(), "second report's events: " + two.get(1).events() + "\n" + found);
            assertEquals(2, accuse.get(0).outlets().size(), found);
        }
    }
}
