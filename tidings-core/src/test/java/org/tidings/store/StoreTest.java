package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void savedArticleLoadsBackEqual() {
        CodedArticle coded = Fixtures.summons();
        try (Store store = Store.open(dir)) {
            assertFalse(store.contains(coded.document().article().id()));
            assertTrue(store.save(coded));
            assertTrue(store.contains(coded.document().article().id()));
            assertEquals(coded, store.load(coded.document().article().id()).orElseThrow());
        }
        try (Store store = Store.openReadOnly(dir)) {
            CodedArticle loaded = store.load(coded.document().article().id()).orElseThrow();
            assertEquals(coded, loaded);
            assertEquals(3, loaded.document().sentences().size());
            assertEquals("Georgy Zinoviev", loaded.document().entities().get(1).text());
            assertEquals("2024-10-18", loaded.document().timexes().get(0).value());
            assertEquals("KORGOV", loaded.events().get(0).source().get(0).code());
            assertEquals(37.5665, loaded.events().get(0).location().latitude());
            assertTrue(store.load("0000000000000000").isEmpty());
        }
    }

    @Test
    void nullsAndOptionalPartsSurviveTheRoundTrip() {
        Fixtures f = Fixtures.article("bbc.co.uk", null, "", "Nothing much happened. Then talks began");
        f.actor("talks", "talks", null, null);
        ActorMention talks = f.build().actors().get(0);
        CodedArticle coded = f.event(new EventMention("CONSULT", null, null, 0.0, List.of(talks), List.of(), null,
                null, null, null, new EventMention.Quantity(12000, "troops"), null, null)).build();
        try (Store store = Store.open(dir)) {
            store.save(coded);
            CodedArticle loaded = store.load(coded.document().article().id()).orElseThrow();
            assertEquals(coded, loaded);
            assertNull(loaded.events().get(0).evidence());
            assertNull(loaded.events().get(0).date());
            assertEquals(12000, loaded.events().get(0).quantity().value());
        }
    }

    @Test
    void savingTheSameArticleAgainIsSkipped() throws Exception {
        CodedArticle coded = Fixtures.summons();
        try (Store store = Store.open(dir)) {
            assertTrue(store.save(coded));
            assertFalse(store.save(coded));
            assertEquals(1, store.stats().articles());
            assertEquals(2, store.stats().eventMentions());
            assertEquals(3L, store.<Long>withConnection(c -> count(c, "event_actors")));
        }
    }

    @Test
    void failureMidSaveLeavesNothingOfTheArticle() throws Exception {
        CodedArticle good = Fixtures.summons();
        // A mention without a type breaks a NOT NULL constraint after the article, sentences and actors went in.
        Fixtures f = Fixtures.article("Yonhap", "2024-10-22", "Broken", "Seoul said something. Nothing else");
        CodedArticle broken = f.event(new EventMention(null, null, "010", 0.0, List.of(), List.of(), null, null,
                "asserted", null, null, null, null)).build();
        try (Store store = Store.open(dir)) {
            store.save(good);
            StoreException e = assertThrows(StoreException.class, () -> store.save(broken));
            assertTrue(e.getMessage().contains(broken.document().article().id()), e.getMessage());
            assertTrue(e.getMessage().contains("test.jsonl line 1"), e.getMessage());
            assertFalse(store.contains(broken.document().article().id()));
            for (String table : List.of("sentences", "entities", "timexes", "actor_mentions", "event_mentions",
                    "event_actors")) {
                assertEquals(0L, store.<Long>withConnection(c -> countOf(c, table, broken.document().article().id())),
                        table);
            }
            assertEquals(3, store.stats().sentences());
            // The store goes on working after the failure.
            CodedArticle other = Fixtures.article("Yonhap", "2024-10-23", "Another", "Talks went on").build();
            assertTrue(store.save(other));
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(2, store.stats().articles());
        }
    }

    @Test
    void migrationsCreateTheSchemaOnceAndRecordTheVersion() throws Exception {
        try (Store store = Store.open(dir)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertTrue(Files.isRegularFile(dir.resolve("tidings.duckdb")));
            store.save(Fixtures.summons());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.stats().articles());
            assertEquals((long) Migrations.latest(), store.<Long>withConnection(c -> count(c, "schema_version")));
            assertEquals(Migrations.latest(), store.withConnection(Migrations::current));
        }
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (y VARCHAR)"),
                Migrations.statements("-- a comment\nCREATE TABLE a (x INTEGER); -- trailing\n\nCREATE TABLE b (\ny VARCHAR\n);\n")
                        .stream().map(s -> s.replace("\n", " ").replaceAll("\\( ", "(").replaceAll(" \\)", ")").strip())
                        .toList());
        assertTrue(Migrations.latest() >= 1);
    }

    @Test
    void readOnlyStoreRefusesWritesAndMissingStoreIsNamed() {
        StoreException missing = assertThrows(StoreException.class, () -> Store.openReadOnly(dir));
        assertTrue(missing.getMessage().contains("no store in " + dir), missing.getMessage());
        try (Store store = Store.open(dir)) {
            store.save(Fixtures.summons());
        }
        try (Store a = Store.openReadOnly(dir); Store b = Store.openReadOnly(dir)) {
            assertEquals(1, a.stats().articles());
            assertEquals(1, b.stats().articles());
            assertThrows(StoreException.class, () -> a.save(Fixtures.article("X", null, "t", "b").build()));
        }
    }

    @Test
    void articlesAreFilteredByOutletDateAndTitle() {
        try (Store store = Store.open(dir)) {
            store.save(Fixtures.summons());
            store.save(Fixtures.article("BBC", "2024-10-25", "Talks in Geneva", "Diplomats met in Geneva").build());
            store.save(Fixtures.article("bbc", "2024-11-02", "Ceasefire holds", "The ceasefire held").build());
            store.save(Fixtures.article("Reuters", null, "Undated note", "No date here").build());
            assertEquals(List.of("Ceasefire holds", "Talks in Geneva", "Seoul summons Russian ambassador",
                    "Undated note"), titles(store.articles(ArticleQuery.all())));
            assertEquals(List.of("Ceasefire holds", "Talks in Geneva"),
                    titles(store.articles(ArticleQuery.all().withOutlet("BBC"))));
            assertEquals(List.of("Talks in Geneva", "Seoul summons Russian ambassador"), titles(store.articles(
                    ArticleQuery.all().withDates(LocalDate.parse("2024-10-21"), LocalDate.parse("2024-10-31")))));
            assertEquals(List.of("Seoul summons Russian ambassador"),
                    titles(store.articles(ArticleQuery.all().withTitle("AMBASSADOR"))));
            assertEquals(List.of("Talks in Geneva"), titles(store.articles(ArticleQuery.all().withLimit(1, 1))));
            String id = Fixtures.summons().document().article().id();
            assertEquals(List.of("Seoul summons Russian ambassador"),
                    titles(store.articles(ArticleQuery.all().withIdPrefix(id.substring(0, 6)))));
            assertEquals(3, store.sentences(id).size());
            assertEquals("Moscow rejected the protest", store.sentences(id).get(2));
        }
    }

    @Test
    void statsCountEverything() {
        try (Store store = Store.open(dir)) {
            store.save(Fixtures.summons());
            store.save(Fixtures.article("BBC", "2024-10-25", "Talks in Geneva", "Diplomats met in Geneva").build());
            StoreStats stats = store.stats();
            assertEquals(2, stats.articles());
            assertEquals(4, stats.sentences());
            assertEquals(5, stats.entities());
            assertEquals(1, stats.timexes());
            assertEquals(3, stats.actors());
            assertEquals(2, stats.eventMentions());
            assertEquals(Map.of("Yonhap", 1L, "BBC", 1L), stats.articlesByOutlet());
            assertEquals(Map.of("CONSULT", 1L, "REJECT", 1L), stats.mentionsByType());
            assertEquals(LocalDate.parse("2024-10-21"), stats.firstPublished());
            assertEquals(LocalDate.parse("2024-10-25"), stats.lastPublished());
        }
    }

    @Test
    void eventMentionsAreFilteredAndCarryTheirArticle() {
        CodedArticle summons = Fixtures.summons();
        String id = summons.document().article().id();
        try (Store store = Store.open(dir)) {
            store.save(summons);
            List<StoredMention> all = store.eventMentions(EventQuery.all());
            assertEquals(List.of("CONSULT", "REJECT"), all.stream().map(m -> m.mention().type()).toList());
            assertEquals(id + "-0", all.get(0).id());
            assertEquals("Yonhap", all.get(0).outlet());
            assertEquals(summons.document().article().url(), all.get(0).url());
            assertEquals(summons.events().get(0), all.get(0).mention());
            assertEquals(List.of("REJECT"), types(store.eventMentions(EventQuery.all().withActor("Moscow"))));
            assertEquals(List.of("CONSULT"), types(store.eventMentions(EventQuery.all().withActor("korgov"))));
            assertEquals(List.of("CONSULT"), types(store.eventMentions(EventQuery.all().withCountry("KOR"))));
            assertEquals(List.of("CONSULT", "REJECT"), types(store.eventMentions(EventQuery.all().withCountry("rus"))));
            assertEquals(List.of("REJECT"), types(store.eventMentions(EventQuery.all().withTypes(List.of("reject")))));
            assertEquals(List.of("REJECT"),
                    types(store.eventMentions(EventQuery.all().withCertainties(List.of("reported")))));
            // "2024-10" spans the whole month; "2024-10-18" only that day.
            assertEquals(List.of("REJECT"), types(store.eventMentions(
                    EventQuery.all().withDates(LocalDate.parse("2024-10-20"), null))));
            assertEquals(List.of("CONSULT", "REJECT"), types(store.eventMentions(
                    EventQuery.all().withDates(LocalDate.parse("2024-10-18"), LocalDate.parse("2024-10-18")))));
            assertEquals(List.of(), types(store.eventMentions(
                    EventQuery.all().withDates(null, LocalDate.parse("2024-09-30")))));
            assertEquals(1, store.eventMentions(EventQuery.all().withLimit(1)).size());
        }
    }

    @Test
    void periodsOfDateValues() {
        assertEquals(List.of(LocalDate.parse("2024-10-14"), LocalDate.parse("2024-10-20")),
                List.of(Periods.of("2024-W42")));
        assertEquals(List.of(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29")),
                List.of(Periods.of("2024-02")));
        assertEquals(List.of(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31")), List.of(Periods.of("2023")));
        assertNull(Periods.of("PRESENT_REF"));
        assertNull(Periods.of("2024-13"));
    }

    private static List<String> titles(List<org.tidings.ingest.Article> articles) {
        return articles.stream().map(org.tidings.ingest.Article::title).toList();
    }

    private static List<String> types(List<StoredMention> mentions) {
        return mentions.stream().map(m -> m.mention().type()).toList();
    }

    static long count(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long countOf(java.sql.Connection c, String table, String articleId) throws java.sql.SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
