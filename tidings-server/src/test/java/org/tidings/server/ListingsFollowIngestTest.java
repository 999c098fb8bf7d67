package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;

/**
 * The server lists, filters and charts events from memory: what it shows must follow every ingest at once, new
 * events and events that a new report joined (merged away under a new id, or with more reports) alike.
 */
class ListingsFollowIngestTest {

    @Test
    void eventsAndSeriesShowEachIngestAtOnce() throws IOException {
        Path dir = Files.createTempDirectory("tidings-follow");
        try (TidingsServer server = TidingsServer.start(ServerOptions.local(dir, 0).withToken(Fixture.TOKEN))) {
            Http http = new Http("http://127.0.0.1:" + server.port(), Fixture.TOKEN);
            assertEquals(0, ApiTest.ok(http.get("/api/events")).get("items").size());
            assertEquals(0, ApiTest.ok(http.get("/api/series?interval=year")).get("points").size());

            // the Seoul example alone: the summons, told once
            ingest(http, Fixture.EXAMPLES.resolve("text/2024-10-21-seoul-summons-russian-envoy.txt"));
            JsonNode first = listed(http, "");
            assertTrue(first.size() > 0);
            assertEquals(first.size(), charted(http, ""));
            JsonNode korean = listed(http, "&actor=KOR&type=ACCUSE&from=2024-10-01&to=2024-10-31");
            assertTrue(korean.size() > 0, first.toString());
            korean.forEach(e -> assertEquals(1, e.get("reports").asInt(), e.toString()));

            // the seed tells the same summons again: the listing has the joined event, with two reports, and no
            // event the join replaced
            ingest(http, SharedData.path("seed/000_82426c862c5804d0.txt"));
            JsonNode all = listed(http, "");
            assertEquals(all.size(), charted(http, ""));
            JsonNode health = ApiTest.ok(http.get("/health"));
            assertEquals(health.get("events").asInt(), all.size());
            int reports = 0;
            Set<String> ids = new HashSet<>();
            for (JsonNode e : all) {
                reports += e.get("reports").asInt();
                assertTrue(ids.add(e.get("id").asText()), "listed once: " + e);
                assertEquals(200, http.get("/api/events/" + e.get("id").asText()).status(), e.toString());
            }
            assertEquals(health.get("event_mentions").asInt(), reports, "every report of every event, once");
            JsonNode joined = listed(http, "&actor=KOR&type=ACCUSE&from=2024-10-01&to=2024-10-31&min_reports=2");
            assertTrue(joined.size() > 0, all.toString());
            assertTrue(charted(http, "&source=KOR&target=RUS&min_reports=2") > 0);

            // paging walks the same events as one long page, in the same order
            StringBuilder paged = new StringBuilder();
            String cursor = null;
            do {
                JsonNode page = ApiTest.ok(http.get("/api/events?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)));
                page.get("items").forEach(e -> paged.append(e.get("id").asText()).append(' '));
                cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            } while (cursor != null);
            StringBuilder whole = new StringBuilder();
            all.forEach(e -> whole.append(e.get("id").asText()).append(' '));
            assertEquals(whole.toString(), paged.toString());
        }
    }

    private static void ingest(Http http, Path file) throws IOException {
        Http.Response r = http.upload("/api/ingest", List.of(file));
        assertEquals(201, r.status(), r.body());
    }

    private static JsonNode listed(Http http, String filter) {
        return ApiTest.ok(http.get("/api/events?limit=500" + filter)).get("items");
    }

    private static long charted(Http http, String filter) {
        long n = 0;
        for (JsonNode p : ApiTest.ok(http.get("/api/series?interval=month" + filter)).get("points")) {
            n += p.get("events").asLong();
        }
        return n;
    }
}
