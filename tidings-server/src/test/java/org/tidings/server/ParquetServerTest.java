package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.Fixtures;
import org.tidings.store.Store;

/** The server over a Parquet output: the same answers as over the store it came from, and no writes. */
class ParquetServerTest {

    @TempDir
    Path dir;

    @Test
    void servesAParquetOutputReadOnly() throws Exception {
        Path data = dir.resolve("data");
        Path parquet = dir.resolve("parquet");
        String articleId;
        try (Store store = Store.open(data)) {
            store.save(Fixtures.summons());
            store.save(Fixtures.article("Harbour Times", "2024-10-21", "Envoy summoned",
                            "South Korea summoned the Russian ambassador on Monday.")
                    .actor("South Korea", "South Korea", "KOR", "GOV").actor("Russian ambassador", "Russia", "RUS", "GOV")
                    .event("CONSULT", "0", 1.0, "South Korea", "Russian ambassador", "2024-10-18", "asserted",
                            "summoned")
                    .build());
            articleId = store.articleIds().iterator().next();
            store.exportParquet(parquet);
        }
        String fromStore;
        try (TidingsServer server = TidingsServer.start(ServerOptions.local(data, 0))) {
            fromStore = new Http("http://127.0.0.1:" + server.port(), null).get("/api/events").body();
        }
        try (TidingsServer server = TidingsServer.start(ServerOptions.local(dir.resolve("unused"), 0)
                .withParquet(parquet).withToken("t0ken-t0ken"))) {
            Http http = new Http("http://127.0.0.1:" + server.port(), "t0ken-t0ken");
            Http.Response events = http.get("/api/events");
            assertEquals(200, events.status(), events.body());
            assertEquals(fromStore, events.body());
            assertTrue(events.json().get("items").size() >= 2, events.body());
            assertEquals(200, http.get("/api/articles/" + articleId).status());
            JsonNode hits = http.get("/api/articles?q=ambassador").json();
            assertTrue(hits.get("items").size() >= 1, "the search index is built at start: " + hits);
            assertEquals(200, http.get("/api/facets").status());
            Http.Response upload = http.postJson("/api/ingest", "{\"text\": \"Seoul and Tokyo held talks.\"}");
            assertEquals(409, upload.status(), upload.body());
            assertTrue(upload.body().contains("read-only"), upload.body());
        }
        assertTrue(Files.notExists(dir.resolve("unused")), "nothing is written beside a Parquet output");
        assertEquals(1, Files.list(parquet).filter(p -> p.getFileName().toString().equals("articles.parquet")).count());
        assertTrue(Files.list(parquet).noneMatch(p -> p.getFileName().toString().equals("index")),
                "the index is not written into the Parquet output");
    }
}
