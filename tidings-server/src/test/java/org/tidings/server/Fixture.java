package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tidings.SharedData;

/**
 * One server per test JVM over a fresh store holding the seed article and two of our examples, ingested
 * through the API itself (CoreNLP loads once for all test classes).
 */
final class Fixture {

    static final String TOKEN = "test-token-1234";
    static final Path EXAMPLES = Path.of("..", "examples");

    private static Fixture shared;

    final Path dataDir;
    final TidingsServer server;
    final Http http;
    final JsonNode ingestReport;

    private Fixture() throws IOException {
        Path seed = SharedData.path("seed/000_82426c862c5804d0.txt");
        dataDir = Files.createTempDirectory("tidings-server-test");
        server = TidingsServer.start(ServerOptions.local(dataDir, 0).withToken(TOKEN));
        http = new Http("http://127.0.0.1:" + server.port(), TOKEN);
        Http.Response r = http.upload("/api/ingest", List.of(seed,
                EXAMPLES.resolve("text/2024-10-21-seoul-summons-russian-envoy.txt"),
                EXAMPLES.resolve("seed-format/2024-01-12-us-uk-strikes-houthis.txt")));
        assertEquals(201, r.status(), r.body());
        ingestReport = r.json();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    static synchronized Fixture get() throws IOException {
        if (shared == null) {
            shared = new Fixture();
        }
        return shared;
    }
}
