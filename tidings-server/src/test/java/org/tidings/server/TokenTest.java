package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what: loopback without a token, other addresses with one, writes always with one. */
class TokenTest {

    @TempDir
    Path dir;

    @Test
    void refusesANonLoopbackAddressWithoutAToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TidingsServer.start(ServerOptions.local(dir, 0).withBind("0.0.0.0")));
        assertTrue(e.getMessage().contains("without a token"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("tidings.duckdb")), "nothing opened before refusing");
    }

    @Test
    void offLoopbackEveryRequestNeedsTheToken() {
        // Listening on every address, but the test only ever talks to the loopback one.
        try (TidingsServer server = TidingsServer.start(ServerOptions.local(dir, 0).withBind("0.0.0.0")
                .withToken("s3cret-token"))) {
            assertTrue(server.tokenForReads());
            Http anonymous = new Http("http://127.0.0.1:" + server.port(), null);
            ApiTest.problem(anonymous.get("/api/events"), 401, "unauthorized");
            ApiTest.problem(anonymous.get("/health"), 401, "unauthorized");
            ApiTest.problem(anonymous.get("/openapi.json"), 401, "unauthorized");
            ApiTest.problem(anonymous.withToken("nope").get("/api/events"), 401, "unauthorized");
            Http.Response page = anonymous.get("/");
            assertEquals(302, page.status());
            assertEquals(200, anonymous.get("/login.html").status());
            assertEquals(200, anonymous.withToken("s3cret-token").get("/api/events").status());
            assertEquals(200, anonymous.get("/api/events", "Cookie", TidingsServer.COOKIE + "=s3cret-token").status());
            assertEquals(200, anonymous.get("/", "Cookie", TidingsServer.COOKIE + "=s3cret-token").status());
            // a cookie is not enough for a write: that needs the header
            ApiTest.problem(anonymous.postJson("/api/ingest", "{}"), 401, "unauthorized");
        }
    }

    @Test
    void onLoopbackReadsAreOpenAndWritesTakeAMadeToken() {
        try (TidingsServer server = TidingsServer.start(ServerOptions.local(dir, 0))) {
            assertTrue(!server.tokenForReads());
            assertTrue(server.writeToken().length() >= 24);
            Http anonymous = new Http("http://127.0.0.1:" + server.port(), null);
            assertEquals(200, anonymous.get("/api/events").status());
            assertEquals(200, anonymous.get("/").status());
            ApiTest.problem(anonymous.postJson("/api/ingest", "{\"text\":\"x\"}"), 401, "unauthorized");
            ApiTest.problem(anonymous.withToken(server.writeToken()).postJson("/api/ingest", "{}"), 400, "bad-body");
        }
    }

    @Test
    void oversizedBodiesGet413() {
        try (TidingsServer server = TidingsServer.start(ServerOptions.local(dir, 0).withToken("t0ken-t0ken")
                .withMaxUpload(1000))) {
            Http http = new Http("http://127.0.0.1:" + server.port(), "t0ken-t0ken");
            ApiTest.problem(http.postJson("/api/ingest", "{\"text\":\"" + "a".repeat(5000) + "\"}"), 413, "too-large");
        }
    }
}
