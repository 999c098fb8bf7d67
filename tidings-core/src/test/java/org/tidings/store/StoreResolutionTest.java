package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleIds;
import org.tidings.ingest.Origin;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.resolve.MergeDecision;

/** Resolution inside the store: incremental, order-independent, with near-duplicates and decisions kept. */
class StoreResolutionTest {

    @TempDir
    Path dir;

    // Our own wording: a wire story and a syndicated copy of it, and two other outlets' reports.
    private static final String WIRE = "The foreign ministry of South Korea summoned the Russian ambassador on Monday "
            + "to protest against the deployment of North Korean troops, officials in Seoul said. The vice minister "
            + "told the envoy that the deployment was a grave threat to security and demanded its immediate end. "
            + "The ambassador said his country's cooperation with Pyongyang was lawful.";

    private static CodedArticle article(String outlet, String published, String title, String body,
                                        List<EventMention> events) {
        String id = ArticleIds.of(title, body);
        Article a = new Article(id, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet,
                title, published, body, "en", List.of(), new Origin(outlet + ".txt", null), Instant.EPOCH);
        return new CodedArticle(new AnnotatedDocument(a, body, List.of(), List.of(), List.of()), List.of(), events);
    }

    private static ActorMention actor(String code) {
        return new ActorMention(0, 0, 1, 0, 1, code, code, code.substring(0, 3),
                code.length() > 3 ? code.substring(3) : null, code, null, "test");
    }

    private static EventMention event(String type, String source, String target, String date, String basis,
                                      String sentence) {
        return new EventMention(type, null, "110", -2.0, List.of(actor(source)),
                target == null ? List.of() : List.of(actor(target)),
                new EventMention.EventDate(date, basis, basis.equals("text") ? "on Monday" : null), null, "asserted",
                List.of(), null, new EventMention.Evidence(0, 0, sentence.length(), sentence, "summoned", 5), "test");
    }

    static List<CodedArticle> articles() {
        String s = "South Korea summoned the Russian ambassador.";
        return List.of(
                article("Meridian Wire", "2024-10-21T09:00:00+09:00", "Seoul summons envoy", WIRE,
                        List.of(event("ACCUSE", "KORGOV", "RUSGOV", "2024-10-21", "text", s))),
                article("Harbour Gazette", "2024-10-21T12:00:00+09:00", "Seoul protests to Moscow",
                        "Tension rose again on the peninsula. " + WIRE + " (Meridian Wire)",
                        List.of(event("ACCUSE", "KORGOV", "RUSGOV", "2024-10-21", "text", s))),
                article("Lantern Post", "2024-10-22", "Envoy called in",
                        "Seoul called in Moscow's envoy yesterday over troops sent by the North.",
                        List.of(event("ACCUSE", "KOR", "RUS", "2024-10-21", "text", s),
                                event("REJECT", "RUSGOV", "KORGOV", "2024-10-22", "publication", s))),
                article("Summit Ledger", "2024-10-24", "A week of warnings",
                        "The Russian side dismissed the protest, and Seoul weighed its options.",
                        List.of(event("REJECT", "RUS", "KOR", "2024-10-22", "text", s))),
                // The same actors and type half a year earlier: another event.
                article("Summit Ledger", "2024-06-21", "June summons",
                        "Seoul summoned the Russian ambassador after the treaty with Pyongyang.",
                        List.of(event("ACCUSE", "KORGOV", "RUSGOV", "2024-06-21", "text", s))));
    }

    private static Set<Set<String>> clusters(Store store) {
        Map<Long, Set<String>> out = new TreeMap<>();
        for (StoredEvent e : store.events(EventQuery.all())) {
            Set<String> ids = new TreeSet<>();
            e.mentions().forEach(m -> ids.add(m.id()));
            out.put(e.id(), ids);
        }
        return new HashSet<>(out.values());
    }

    @Test
    void eventsCountReportsAndIndependentOutlets() {
        List<CodedArticle> all = articles();
        try (Store store = Store.open(dir)) {
            all.forEach(store::save);
            assertEquals(3, store.eventCount());
            StoredEvent summons = store.events(EventQuery.all().withTypes(List.of("ACCUSE")).withDates(
                    java.time.LocalDate.parse("2024-10-01"), null)).get(0);
            assertEquals(3, summons.reports());
            assertEquals(3, summons.articles());
            assertEquals(2, summons.independentReports());
            assertEquals(List.of("Meridian Wire", "Lantern Post"), summons.outlets());
            assertEquals(List.of("Meridian Wire", "Harbour Gazette", "Lantern Post"), summons.allOutlets());
            assertEquals("confirmed", summons.corroboration());
            assertEquals("2024-10-21", summons.event().date().value());
            assertEquals("2024-10-21T09:00:00+09:00", summons.firstReport());
            assertEquals("2024-10-22", summons.lastReport());
            String wire = all.get(0).document().article().id();
            String copy = all.get(1).document().article().id();
            assertEquals(List.of(copy + "|" + wire), store.duplicates().stream()
                    .map(d -> d.articleId() + "|" + d.duplicateOf()).toList());
            List<MergeDecision> decisions = store.decisions(summons.id());
            assertEquals(3, decisions.stream().filter(MergeDecision::merged).count(), decisions.toString());
            String june = all.get(4).document().article().id() + "-0";
            assertTrue(decisions.stream().noneMatch(d -> d.a().equals(june) || d.b().equals(june)),
                    "the June summons is outside every date window: not even a candidate: " + decisions);
            assertTrue(decisions.get(0).reasons().contains("same day 2024-10-21 +1.0"), decisions.toString());
            StoredEvent reject = store.events(EventQuery.all().withTypes(List.of("REJECT"))).get(0);
            assertEquals(2, reject.reports());
            assertEquals(store.eventOf(all.get(2).document().article().id() + "-0").orElseThrow(), summons.id());
        }
    }

    @Test
    void ingestOrderDoesNotMatter() {
        List<CodedArticle> all = articles();
        Set<Set<String>> reference;
        List<Long> ids;
        try (Store store = Store.open(dir.resolve("ref"))) {
            all.forEach(store::save);
            reference = clusters(store);
            ids = store.events(EventQuery.all()).stream().map(StoredEvent::id).sorted().toList();
        }
        Random random = new Random(3);
        for (int round = 0; round < 4; round++) {
            List<CodedArticle> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            try (Store store = Store.open(dir.resolve("r" + round))) {
                shuffled.forEach(store::save);
                assertEquals(reference, clusters(store));
                assertEquals(ids, store.events(EventQuery.all()).stream().map(StoredEvent::id).sorted().toList());
                assertEquals(1, store.duplicates().size());
                StoredEvent summons = store.events(EventQuery.all().withTypes(List.of("ACCUSE"))).get(0);
                assertEquals(List.of("Meridian Wire", "Lantern Post"), summons.outlets(), "order " + round);
            }
        }
    }

    @Test
    void aNewArticleUpdatesEventsIncrementallyAndSurvivesReopening() {
        List<CodedArticle> all = articles();
        try (Store store = Store.open(dir)) {
            store.save(all.get(2));
            store.save(all.get(4));
            assertEquals(3, store.eventCount());
        }
        try (Store store = Store.open(dir)) {
            store.save(all.get(0));
            assertEquals(3, store.eventCount(), "the wire joins the Lantern Post's summons");
            store.save(all.get(3));
            store.save(all.get(1));
            assertEquals(3, store.eventCount());
            Set<Set<String>> incremental = clusters(store);
            store.resolveAll();
            assertEquals(incremental, clusters(store), "rebuilding gives the same events");
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(3, store.eventCount());
            assertFalse(store.decisions(store.events(EventQuery.all()).get(0).id()).isEmpty());
        }
    }

    @Test
    void exportWritesCsvAndParquet() throws Exception {
        try (Store store = Store.open(dir)) {
            articles().forEach(store::save);
        }
        try (Store store = Store.openReadOnly(dir)) {
            store.export(Store.Table.EVENTS, dir.resolve("events.csv"), "csv");
            store.export(Store.Table.MENTIONS, dir.resolve("mentions.parquet"), "parquet");
            store.export(Store.Table.ARTICLES, dir.resolve("articles.json"), "json");
        }
        List<String> csv = java.nio.file.Files.readAllLines(dir.resolve("events.csv"));
        assertEquals(4, csv.size());
        assertTrue(csv.get(0).startsWith("id,type,mode,cameo,goldstein,date_value"), csv.get(0));
        assertTrue(java.nio.file.Files.size(dir.resolve("mentions.parquet")) > 0);
        assertEquals(5, java.nio.file.Files.readAllLines(dir.resolve("articles.json")).size());
    }
}
