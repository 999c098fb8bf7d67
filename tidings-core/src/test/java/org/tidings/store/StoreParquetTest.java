package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.events.CodedArticle;

/** A store's tables written as Parquet and opened again read-only: the same store to every reader. */
class StoreParquetTest {

    @TempDir
    Path dir;

    private Path exported() {
        Path parquet = dir.resolve("parquet");
        try (Store store = Store.open(dir.resolve("data"))) {
            List<CodedArticle> articles = new ArrayList<>(StoreResolutionTest.articles());
            articles.add(Fixtures.summons());
            articles.forEach(store::save);
            store.exportParquet(parquet);
        }
        return parquet;
    }

    @Test
    void reopenedFromParquetTheStoreTellsTheSame() {
        Path parquet = exported();
        try (Store original = Store.openReadOnly(dir.resolve("data")); Store copy = Store.openParquet(parquet)) {
            assertTrue(copy.readOnly());
            assertTrue(original.eventCount() >= 5, "the fixture resolves into several events");
            assertEquals(original.events(EventQuery.all()), copy.events(EventQuery.all()));
            assertEquals(original.eventMentions(EventQuery.all()), copy.eventMentions(EventQuery.all()));
            assertEquals(original.articles(ArticleQuery.all()), copy.articles(ArticleQuery.all()));
            assertEquals(original.stats(), copy.stats());
            assertEquals(original.duplicates(), copy.duplicates());
            assertFalse(copy.duplicates().isEmpty(), "the syndicated copy is found");
            for (String id : original.articleIds()) {
                assertEquals(original.load(id), copy.load(id));
            }
            long event = original.events(EventQuery.all()).get(0).id();
            assertEquals(original.decisions(event), copy.decisions(event));
            assertEquals(original.events(EventQuery.all().withCountry("KOR")),
                    copy.events(EventQuery.all().withCountry("KOR")));
        }
    }

    @Test
    void aParquetStoreRefusesWrites() {
        try (Store copy = Store.openParquet(exported())) {
            assertThrows(StoreException.class, () -> copy.save(Fixtures.article("Other", "2024-10-22", "Another",
                    "Seoul and Tokyo held talks.").build()));
            assertThrows(StoreException.class, copy::resolveAll);
        }
    }

    @Test
    void partFilesInATableFolderAreOneTable() throws Exception {
        Path parquet = exported();
        // Spark's layout: a folder per table holding part files and marker files.
        Path folder = Files.createDirectories(parquet.resolve("articles"));
        Files.move(parquet.resolve("articles.parquet"), folder.resolve("part-00000.parquet"));
        Files.writeString(folder.resolve("_SUCCESS"), "");
        try (Store original = Store.openReadOnly(dir.resolve("data")); Store copy = Store.openParquet(parquet)) {
            assertEquals(original.articles(ArticleQuery.all()), copy.articles(ArticleQuery.all()));
        }
    }

    @Test
    void missingTablesAreEmptyAndMissingColumnsAreNamed() throws Exception {
        Path parquet = exported();
        Files.delete(parquet.resolve("event_links.parquet"));
        try (Store copy = Store.openParquet(parquet)) {
            long event = copy.events(EventQuery.all()).get(0).id();
            assertEquals(List.of(), copy.decisions(event));
        }
        try (Store original = Store.openReadOnly(dir.resolve("data"))) {
            // A table written without one of its columns cannot pass for the store's.
            Path bad = dir.resolve("bad");
            Files.createDirectories(bad);
            original.withConnection(conn -> {
                try (var st = conn.createStatement()) {
                    st.execute("COPY (SELECT * EXCLUDE (outlet) FROM articles) TO '" + bad.resolve("articles.parquet")
                            + "' (FORMAT PARQUET)");
                }
                return null;
            });
            StoreException e = assertThrows(StoreException.class, () -> Store.openParquet(bad));
            assertTrue(e.getMessage().contains("[outlet]"), e.getMessage());
        }
        StoreException none = assertThrows(StoreException.class, () -> Store.openParquet(dir.resolve("nothing")));
        assertTrue(none.getMessage().contains("no Parquet store"), none.getMessage());
    }

    @Test
    void theSchemaIsTheMigrations() {
        assertTrue(Store.schema().containsKey("articles"));
        assertFalse(Store.schema().containsKey("schema_version"));
        assertEquals(new Store.Column("goldstein", "DOUBLE"), Store.schema().get("event_mentions").stream()
                .filter(c -> c.name().equals("goldstein")).findFirst().orElseThrow());
    }
}
