package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watches API over a server of its own: register (with the token), list, remove; a registered watch is polled
 * at once by the server's scheduler and outlives a restart. Its feed, on a loopback port, fails with 500, so no
 * article is analysed and no model loads.
 */
class WatchesApiTest {

    private static final String TOKEN = "watch-token-5678";

    @TempDir
    Path dir;

    @Test
    void registeredWatchesArePolledListedKeptAndRemoved() throws Exception {
        AtomicInteger feedRequests = new AtomicInteger();
        HttpServer feedServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feedServer.createContext("/feed.xml", ex -> {
            feedRequests.incrementAndGet();
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        feedServer.start();
        String feed = "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/feed.xml";
        String body = "{\"feeds\": [\"" + feed + "\"], \"every\": \"1h\", \"alert\": {\"types\": [\"ASSAULT\"], "
                + "\"countries\": \"ISR\", \"webhook\": \"http://127.0.0.1:9/hook\"}}";
        String id;
        try (TidingsServer server = TidingsServer.start(ServerOptions.local(dir, 0).withToken(TOKEN))) {
            Http http = new Http("http://127.0.0.1:" + server.port(), TOKEN);
            Http anonymous = http.withToken(null);
            assertEquals(0, ok(anonymous.get("/api/watches")).get("items").size(), "reads are open on loopback");

            ApiTest.problem(anonymous.postJson("/api/watches", body), 401, "unauthorized");
            Http.Response bad = http.postJson("/api/watches", "{\"feeds\": [\"ftp://example.com/feed\"]}");
            ApiTest.problem(bad, 400, "bad-body");
            assertTrue(bad.json().get("detail").asText().contains("http or https"), bad.body());
            ApiTest.problem(http.postJson("/api/watches", "{\"feeds\": [\"" + feed + "\"], \"every\": \"1s\"}"), 400,
                    "bad-body");

            Http.Response created = http.postJson("/api/watches", body);
            assertEquals(201, created.status(), created.body());
            JsonNode watch = created.json();
            id = watch.get("id").asText();
            assertEquals(3600, watch.get("every_seconds").asInt());
            assertEquals("type ASSAULT; country ISR", watch.get("alert").get("rule").asText());
            Http.Response again = http.postJson("/api/watches", body);
            assertEquals(200, again.status(), "the same watch is registered once");
            assertEquals(id, again.json().get("id").asText());

            // the scheduler polls a new watch at once; the feed fails, and the watch says so
            JsonNode listed = null;
            for (int i = 0; i < 100; i++) {
                listed = ok(http.get("/api/watches")).get("items").get(0);
                if (listed.has("last_poll")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertTrue(listed.has("last_poll"), listed.toString());
            assertEquals(1, feedRequests.get());
            JsonNode state = listed.get("feed_states").get(0);
            assertEquals(feed, state.get("url").asText());
            assertEquals("failed", state.get("last_status").asText());
            assertEquals("answered HTTP 500", state.get("last_error").asText());
            assertEquals(1, state.get("failures").asInt());
            assertTrue(state.hasNonNull("retry_at"));
            assertTrue(listed.get("last_poll").get("failed").asBoolean());
            assertTrue(listed.hasNonNull("next_poll"));
        }
        try (TidingsServer server = TidingsServer.start(ServerOptions.local(dir, 0).withToken(TOKEN))) {
            Http http = new Http("http://127.0.0.1:" + server.port(), TOKEN);
            JsonNode items = ok(http.get("/api/watches")).get("items");
            assertEquals(1, items.size(), "registered watches outlive the server");
            assertEquals(id, items.get(0).get("id").asText());
            assertEquals(1, items.get(0).get("feed_states").get(0).get("failures").asInt());

            ApiTest.problem(http.withToken(null).delete("/api/watches/" + id), 401, "unauthorized");
            assertEquals(204, http.delete("/api/watches/" + id).status());
            ApiTest.problem(http.delete("/api/watches/" + id), 404, "not-found");
            assertEquals(0, ok(http.get("/api/watches")).get("items").size());
        } finally {
            feedServer.stop(0);
        }
    }

    private static JsonNode ok(Http.Response r) {
        assertEquals(200, r.status(), r.body());
        return r.json();
    }
}
