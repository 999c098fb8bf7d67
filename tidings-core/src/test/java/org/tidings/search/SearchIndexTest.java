package org.tidings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.events.CodedArticle;
import org.tidings.ingest.Article;
import org.tidings.store.Fixtures;
import org.tidings.store.Store;

class SearchIndexTest {

    @TempDir
    Path dir;

    private List<CodedArticle> articles;

    @BeforeEach
    void articles() {
        articles = List.of(
                Fixtures.summons(),
                Fixtures.article("BBC", "2024-10-25", "Ambassador recalled from Berlin",
                        "The government recalled its ambassador from Berlin. The ambassador had served three years. "
                                + "Officials said the ambassador would return next week").build(),
                Fixtures.article("Reuters", "2024-11-03", "Grain deal talks resume",
                        "Negotiators resumed talks on grain exports in Istanbul. An ambassador attended").build(),
                Fixtures.article("BBC", null, "Floods in the valley", "Heavy rain flooded the valley for days").build());
    }

    private Store storeWithAll() {
        Store store = Store.open(dir);
        articles.forEach(store::save);
        return store;
    }

    @Test
    void ranksByRelevanceAndMarksMatches() {
        try (Store store = storeWithAll(); SearchIndex index = SearchIndex.open(store)) {
            assertEquals(4, index.size());
            List<SearchHit> hits = index.search("ambassador", SearchFilters.none(), 10);
            assertEquals(List.of("Ambassador recalled from Berlin", "Seoul summons Russian ambassador",
                    "Grain deal talks resume"), hits.stream().map(SearchHit::title).toList());
            assertTrue(hits.get(0).score() > hits.get(1).score());
            assertTrue(hits.get(0).snippet().contains("recalled its «ambassador» from Berlin"), hits.get(0).snippet());
            assertEquals("BBC", hits.get(0).outlet());
            assertEquals("2024-10-25", hits.get(0).published());
            assertEquals(articles.get(1).document().article().id(), hits.get(0).id());
            // English stemming: "summoning" finds "summoned".
            List<SearchHit> summons = index.search("summoning", SearchFilters.none(), 10);
            assertEquals(1, summons.size());
            assertTrue(summons.get(0).snippet().contains("«summoned»"), summons.get(0).snippet());
            assertEquals(1, index.search("ambassador", SearchFilters.none(), 1).size());
            assertEquals(List.of(), index.search("volcano", SearchFilters.none(), 10));
            // Broken syntax is searched as words.
            assertEquals(1, index.search("floods AND (", SearchFilters.none(), 10).size());
        }
    }

    @Test
    void filtersByOutletAndDate() {
        try (Store store = storeWithAll(); SearchIndex index = SearchIndex.open(store)) {
            assertEquals(List.of("Ambassador recalled from Berlin"), titles(index.search("ambassador",
                    new SearchFilters("bbc", null, null), 10)));
            assertEquals(List.of("Ambassador recalled from Berlin", "Grain deal talks resume"),
                    titles(index.search("ambassador", new SearchFilters(null, LocalDate.parse("2024-10-22"), null), 10)));
            assertEquals(List.of("Seoul summons Russian ambassador"), titles(index.search("ambassador",
                    new SearchFilters(null, LocalDate.parse("2024-10-21"), LocalDate.parse("2024-10-21")), 10)));
            // Undated articles drop out once a date is asked for.
            assertEquals(List.of(), titles(index.search("floods",
                    new SearchFilters(null, LocalDate.parse("2000-01-01"), null), 10)));
        }
    }

    @Test
    void rebuildEqualsIncrementalIndex() {
        Path incremental = dir.resolve("incremental");
        try (SearchIndex index = SearchIndex.open(incremental)) {
            articles.forEach(c -> index.index(c.document().article()));
            index.commit();
        }
        try (Store store = storeWithAll(); SearchIndex rebuilt = SearchIndex.open(dir)) {
            assertEquals(4, rebuilt.rebuild(store));
            try (SearchIndex other = SearchIndex.open(incremental)) {
                for (String q : List.of("ambassador", "talks", "Berlin OR Istanbul", "\"grain exports\"", "rain")) {
                    assertEquals(other.search(q, SearchFilters.none(), 10), rebuilt.search(q, SearchFilters.none(), 10),
                            q);
                }
            }
        }
    }

    @Test
    void openingWithTheStoreAddsWhatTheIndexMisses() {
        try (Store store = storeWithAll()) {
            try (SearchIndex index = SearchIndex.open(dir)) {
                index.index(articles.get(0).document().article());
                // An article the store does not have: dropped, since the store is the truth.
                index.index(new Article("ffffffffffffffff", null, null, "Ghost", null, "Not in the store", null, null,
                        null, null));
                index.commit();
                assertEquals(2, index.size());
            }
            try (SearchIndex index = SearchIndex.open(store)) {
                assertEquals(4, index.size());
                assertEquals(List.of(), index.search("ghost", SearchFilters.none(), 10));
                assertEquals(0, index.sync(store));
            }
        }
    }

    @Test
    void openCurrentReadsTheStoreOnlyWhenItChanged() {
        try (Store store = Store.open(dir)) {
            articles.subList(0, 2).forEach(store::save);
        }
        try (SearchIndex index = SearchIndex.openCurrent(dir)) {
            assertEquals(2, index.size());
        }
        // Slipped into the index behind the store's back: kept while the store is unchanged, as the store
        // is not read then.
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.index(new Article("ffffffffffffffff", null, null, "Ghost", null, "Not in the store", null, null,
                    null, null));
            index.commit();
        }
        try (SearchIndex index = SearchIndex.openCurrent(dir)) {
            assertEquals(List.of("Ghost"), titles(index.search("ghost", SearchFilters.none(), 10)));
        }
        try (Store store = Store.open(dir)) {
            articles.subList(2, 4).forEach(store::save);
        }
        try (SearchIndex index = SearchIndex.openCurrent(dir)) {
            assertEquals(4, index.size());
            assertEquals(List.of(), index.search("ghost", SearchFilters.none(), 10));
            assertEquals(List.of("Floods in the valley"), titles(index.search("rain", SearchFilters.none(), 10)));
        }
    }

    @Test
    void openCurrentWithoutAStoreSaysSo() {
        org.tidings.store.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.tidings.store.StoreException.class, () -> SearchIndex.openCurrent(dir));
        assertTrue(e.getMessage().startsWith("no store in"), e.getMessage());
    }

    @Test
    void uncommittedAdditionsAreSearchableInTheWritingProcess() {
        try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
            assertEquals(List.of(), index.search("rain", SearchFilters.none(), 10));
            store.save(articles.get(3));
            index.index(articles.get(3).document().article());
            assertEquals(List.of("Floods in the valley"), titles(index.search("rain", SearchFilters.none(), 10)));
        }
    }

    private static List<String> titles(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::title).toList();
    }
}
