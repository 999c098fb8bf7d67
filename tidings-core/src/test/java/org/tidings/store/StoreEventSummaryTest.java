package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleIds;
import org.tidings.ingest.Origin;
import org.tidings.nlp.AnnotatedDocument;

/**
 * What each resolved event keeps for fast reads (migration 004): its sort day, quad class and the actors of all its
 * mentions, kept up to date as events merge, and filled the same way for stores made before it. And reads that do
 * not wait for one another.
 */
class StoreEventSummaryTest {

    @TempDir
    Path dir;

    // An undated event: it sorts by its article's publication day.
    private static CodedArticle undated() {
        String body = "Greece sent aid to Turkey after the earthquake, the ministry said.";
        String id = ArticleIds.of("Aid sent", body);
        Article a = new Article(id, null, "Aegean Courier", "Aid sent", "2023-02-08T10:00:00Z", body, "en", List.of(),
                new Origin("aid.txt", null), Instant.EPOCH);
        ActorMention grc = new ActorMention(0, 0, 1, 0, 6, "Greece", "Greece", "GRC", null, "GRC", null, "test");
        ActorMention tur = new ActorMention(0, 4, 5, 22, 28, "Turkey", "Turkey", "TUR", null, "TUR", null, "test");
        EventMention aid = new EventMention("AID", null, "070", 7.0, List.of(grc), List.of(tur), null, null,
                "asserted", List.of(), null, new EventMention.Evidence(0, 0, body.length(), body, "sent", 1), "test");
        return new CodedArticle(new AnnotatedDocument(a, body, List.of(), List.of(), List.of()), List.of(), List.of(aid));
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    private static final String SUMMARIES = "SELECT type, day, last_day, quad FROM events ORDER BY day, type";
    private static final String SHOWN = "SELECT type, day, source_actors, target_actors, rep_reported_by, rep_quantity_value, "
            + "rep_quantity_unit, rep_evidence_sentence, rep_evidence_text, rep_trigger, rep_pattern, rep_title, rep_outlet, "
            + "rep_url, rep_published FROM events ORDER BY day, type";
    private static final String KEYS = "SELECT e.type, e.day, k.role, k.code, k.name_key, k.country, k.sector "
            + "FROM event_actor_keys k JOIN events e ON e.id = k.event_id ORDER BY ALL";

    @Test
    void eventsKeepTheirDayQuadAndTheActorsOfAllTheirMentions() throws SQLException {
        try (Store store = Store.open(dir)) {
            StoreResolutionTest.articles().forEach(store::save);
            store.save(undated());
            assertEquals(List.of("AID|2023-02-08|2023-02-08|2", "ACCUSE|2024-06-21|2024-06-21|3",
                    "ACCUSE|2024-10-21|2024-10-21|3", "REJECT|2024-10-22|2024-10-22|3"),
                    store.withConnection(c -> rows(c, SUMMARIES)));
            List<String> keys = store.withConnection(c -> rows(c, KEYS));
            // The October summons: three reports, coded KORGOV/RUSGOV by two and KOR/RUS by the third.
            List<String> summons = keys.stream().filter(k -> k.startsWith("ACCUSE|2024-10-21|")).toList();
            assertEquals(List.of("ACCUSE|2024-10-21|source|KOR|kor|KOR|null",
                    "ACCUSE|2024-10-21|source|KORGOV|korgov|KOR|GOV",
                    "ACCUSE|2024-10-21|target|RUS|rus|RUS|null",
                    "ACCUSE|2024-10-21|target|RUSGOV|rusgov|RUS|GOV"), summons);
            // What a list shows of the October summons: its representative's actors, evidence and article.
            String shown = store.withConnection(c -> rows(c, SHOWN)).get(2);
            assertTrue(shown.startsWith("ACCUSE|2024-10-21|[{\"text\":\"KORGOV\",\"name\":\"KORGOV\",\"country\":\"KOR\","
                    + "\"sector\":\"GOV\",\"code\":\"KORGOV\"}]|[{\"text\":\"RUSGOV\""), shown);
            assertTrue(shown.contains("|South Korea summoned the Russian ambassador.|summoned|test|"), shown);
            // No keys left behind by events that merged into others.
            assertEquals(0L, store.<Long>withConnection(c -> StoreTest.count(c,
                    "event_actor_keys WHERE event_id NOT IN (SELECT id FROM events)")));
        }
    }

    @Test
    void aStoreMadeBeforeMigration4GetsTheSameSummaries() throws SQLException {
        List<String> summaries;
        List<String> keys;
        List<String> shown;
        try (Store store = Store.open(dir)) {
            StoreResolutionTest.articles().forEach(store::save);
            store.save(undated());
            summaries = store.withConnection(c -> rows(c, SUMMARIES));
            keys = store.withConnection(c -> rows(c, KEYS));
            shown = store.withConnection(c -> rows(c, SHOWN));
            // Back to schema 3, as a data directory written before this version would be.
            store.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP INDEX event_mentions_event");
                    st.execute("DROP INDEX event_actors_article");
                    st.execute("DROP TABLE event_actor_keys");
                    for (String column : List.of("day", "last_day", "quad", "source_actors", "target_actors",
                            "rep_reported_by", "rep_quantity_value", "rep_quantity_unit", "rep_evidence_sentence",
                            "rep_evidence_text", "rep_trigger", "rep_pattern", "rep_title", "rep_outlet", "rep_url",
                            "rep_published")) {
                        st.execute("ALTER TABLE events DROP COLUMN " + column);
                    }
                    st.execute("DELETE FROM schema_version WHERE version >= 4");
                }
                c.commit();
                return null;
            });
        }
        try (Store store = Store.open(dir)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(summaries, store.withConnection(c -> rows(c, SUMMARIES)));
            assertEquals(keys, store.withConnection(c -> rows(c, KEYS)));
            assertEquals(shown, store.withConnection(c -> rows(c, SHOWN)));
            assertEquals(4, store.eventCount());
        }
    }

    @Test
    void readsRunBesideSavesAndSeeWholeEvents() throws Exception {
        List<CodedArticle> all = StoreResolutionTest.articles();
        try (Store store = Store.open(dir)) {
            store.save(all.get(0));
            AtomicBoolean saving = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger reads = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(Store.READERS + 2);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < Store.READERS + 2; t++) {
                Thread th = new Thread(() -> {
                    started.countDown();
                    try {
                        while (saving.get() || reads.get() < 20) {
                            for (StoredEvent e : store.events(EventQuery.all())) {
                                assertEquals(e.reports(), e.mentions().size(), "event " + e.id());
                                store.decisions(e.id());
                                assertTrue(store.eventOf(e.mentions().get(0).id()).isPresent());
                            }
                            reads.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                threads.add(th);
                th.start();
            }
            started.await();
            all.subList(1, all.size()).forEach(store::save);
            saving.set(false);
            for (Thread th : threads) {
                th.join(60_000);
            }
            assertTrue(failures.isEmpty(), failures.toString());
            assertTrue(reads.get() >= 20);
            assertEquals(3, store.events(EventQuery.all()).size());
        }
    }
    /**
     * Reports of two consultations between France and Kenya, two days apart, told with different actor names and
     * sectors; reports of the day between bridge them into one event. Article {@code i % 4 == 3} is a bridge, and
     * the last article republishes the text of article 5 under another title (a near-duplicate).
     */
    private static final String[] WORDS = {"talks", "envoys", "capital", "officials", "ministry", "statement", "week",
        "meeting", "delegation", "trade", "security", "visit", "agenda", "press", "summit", "border", "aid", "water",
        "harbour", "grain", "loan", "road", "school", "power", "railway", "customs", "tariff", "fishing"};

    static List<CodedArticle> bigEvents(int n) {
        List<CodedArticle> out = new ArrayList<>();
        String[] days = {"2024-10-01", "2024-10-01", "2024-10-03", "2024-10-02"};
        for (int i = 0; i < n; i++) {
            String day = days[i % 4];
            // Some reports name the envoys in their own way: actor keys that only they bring.
            String name = i % 5 == 4 ? "Paris envoy " + i : i % 2 == 0 ? "France" : "French government";
            // Words drawn at random, so that only the copy below is a near-duplicate.
            Random random = new Random(i);
            StringBuilder body = new StringBuilder("Envoys of France met officials of Kenya on " + day + ".");
            for (int w = 0; w < 40; w++) {
                body.append(w % 10 == 0 ? " Then" : "").append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                body.append(w % 10 == 9 ? "." : "");
            }
            // Each bridge is published before the others, and before the bridges before it: the representative of
            // the event changes as they come.
            String published = i % 4 == 3 ? String.format("2024-10-03T%02d:00:00Z", 23 - i / 4) : "2024-10-0" + (4 + i % 3);
            out.add(Fixtures.article("Outlet" + (i % 7), published, "Report " + i, body.toString()).in(0)
                    .timex(day, day)
                    .actor("Envoys of France", name, "FRA", i % 3 == 0 ? null : "GOV")
                    .actor("officials of Kenya", "Kenya", "KEN", "GOV")
                    .event("CONSULT", "040", 1.0, "Envoys of France", "officials of Kenya", day, "asserted", "met")
                    .build());
        }
        CodedArticle original = out.get(5);
        Article a = original.document().article();
        out.add(Fixtures.article("Outlet copy", "2024-10-07", "Copied report", a.body()).in(0)
                .timex(days[1], days[1])
                .actor("Envoys of France", "French government", "FRA", "GOV")
                .actor("officials of Kenya", "Kenya", "KEN", "GOV")
                .event("CONSULT", "040", 1.0, "Envoys of France", "officials of Kenya", days[1], "asserted", "met")
                .build());
        return out;
    }

    private static final List<String> DERIVED = List.of("SELECT * FROM events ORDER BY id",
            "SELECT * FROM event_actor_keys ORDER BY ALL", "SELECT article_id, idx, event_id FROM event_mentions ORDER BY ALL",
            "SELECT * FROM event_links ORDER BY ALL", "SELECT * FROM article_duplicates ORDER BY ALL");

    private List<List<String>> derived(Store store) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        for (String sql : DERIVED) {
            out.add(store.withConnection(c -> rows(c, sql)));
        }
        // The actor keys are those of all mentions of each event, as migration 004 makes them.
        assertEquals(store.withConnection(c -> rows(c, "SELECT DISTINCT m.event_id, x.role, upper(x.code), x.name, "
                + "lower(x.name), upper(x.country), upper(x.sector) FROM event_mentions m JOIN event_actors x "
                + "ON x.article_id = m.article_id AND x.mention_idx = m.idx ORDER BY ALL")), out.get(1));
        return out;
    }

    /**
     * Saves update stored events in place (issue 7: rewriting a big event on every save made saving after a reopen
     * slow): whatever the order and wherever the store is reopened, events, summaries and actor keys come out as
     * from one run, including when new reports merge two stored events or make a new mention the smallest.
     */
    @Test
    void savingIntoBigEventsAfterReopeningGivesTheSameEventsAsOneRun() throws SQLException {
        List<CodedArticle> all = bigEvents(25);
        List<List<String>> reference;
        try (Store store = Store.open(dir.resolve("one-run"))) {
            all.forEach(store::save);
            reference = derived(store);
            assertEquals(1, store.eventCount(), "the bridges join both days into one event");
            assertEquals(26, store.events(EventQuery.all()).get(0).reports());
        }
        List<CodedArticle> bridgesLast = new ArrayList<>(all.stream().filter(c -> !c.events().get(0).date().value()
                .equals("2024-10-02")).toList());
        all.stream().filter(c -> c.events().get(0).date().value().equals("2024-10-02")).forEach(bridgesLast::add);
        List<CodedArticle> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(3));
        List<CodedArticle> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        int run = 0;
        for (List<CodedArticle> order : List.of(bridgesLast, shuffled, reversed)) {
            Path data = dir.resolve("run" + run++);
            for (int from = 0; from < order.size(); from += 6) {
                try (Store store = Store.open(data)) {
                    order.subList(from, Math.min(order.size(), from + 6)).forEach(store::save);
                    if (order == bridgesLast && from == 12) {
                        assertEquals(2, store.eventCount(), "two days, not bridged yet");
                    }
                }
            }
            try (Store store = Store.open(data)) {
                List<List<String>> got = derived(store);
                for (int t = 0; t < DERIVED.size(); t++) {
                    assertEquals(reference.get(t), got.get(t), "run " + (run - 1) + ": " + DERIVED.get(t));
                }
            }
        }
    }
}
