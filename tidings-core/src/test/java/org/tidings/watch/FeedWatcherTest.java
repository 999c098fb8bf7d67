package org.tidings.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.Ingestion;
import org.tidings.search.SearchIndex;
import org.tidings.store.Store;

/**
 * The watcher's HTTP manners against a loopback server, with feeds that hold no items (so that nothing is analysed
 * and no model loads): Last-Modified sent back, Retry-After believed, a running watch stopped.
 */
class FeedWatcherTest {

    private static final String EMPTY_FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet Wire"
            + "</title><link>http://127.0.0.1/</link></channel></rss>";
    private static final String LAST_MODIFIED = "Mon, 21 Oct 2024 08:00:00 GMT";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> ifModifiedSince = new CopyOnWriteArrayList<>();
    private Store store;
    private SearchIndex index;
    private FeedWatcher watcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/quiet.xml", this::quiet);
        server.createContext("/busy.xml", ex -> {
            ex.getResponseHeaders().set("Retry-After", "7200");
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.start();
        store = Store.open(dir);
        index = SearchIndex.open(store);
        watcher = new FeedWatcher(new Ingestion(store, index), WatchOptions.defaults()
                .withHostInterval(Duration.ofMillis(10)), line -> { });
    }

    @AfterEach
    void stop() {
        watcher.stop();
        index.close();
        store.close();
        server.stop(0);
    }

    private void quiet(HttpExchange ex) throws IOException {
        try (ex) {
            String since = ex.getRequestHeaders().getFirst("If-Modified-Since");
            ifModifiedSince.add(String.valueOf(since));
            ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            if (LAST_MODIFIED.equals(since)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = EMPTY_FEED.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void lastModifiedIsSentBackAndTheFeedAnswers304() {
        Watch w = Watch.of(List.of(url("/quiet.xml")), Duration.ofMinutes(10), null);
        FeedOutcome first = watcher.poll(w).feeds().get(0);
        assertEquals(FeedOutcome.Status.FETCHED, first.status());
        assertEquals(0, first.items());
        FeedOutcome second = watcher.poll(w).feeds().get(0);
        assertEquals(FeedOutcome.Status.NOT_MODIFIED, second.status());
        assertEquals(List.of("null", LAST_MODIFIED), ifModifiedSince);
        assertEquals(LAST_MODIFIED, store.watches().feed(url("/quiet.xml")).orElseThrow().lastModified());
    }

    @Test
    void retryAfterLengthensTheRest() {
        Watch w = Watch.of(List.of(url("/busy.xml"), url("/quiet.xml")), Duration.ofMinutes(10), null);
        PollReport report = watcher.poll(w);
        assertTrue(report.failed());
        FeedOutcome busy = report.feeds().get(0);
        assertEquals(FeedOutcome.Status.FAILED, busy.status());
        assertEquals("answered HTTP 503", busy.error());
        assertTrue(busy.retryAt().isAfter(Instant.now().plus(Duration.ofMinutes(100))),
                "two hours, as the server asked, not the first minute of backoff: " + busy.retryAt());
        assertEquals(FeedOutcome.Status.FETCHED, report.feeds().get(1).status(), "the other feed goes on");
        PollReport again = watcher.poll(w);
        assertEquals(FeedOutcome.Status.BACKING_OFF, again.feeds().get(0).status());
        assertFalse(again.failed(), "a resting feed is no new failure");
    }

    @Test
    void aRunningWatchStopsWhenAsked() throws InterruptedException {
        Watch w = Watch.of(List.of(url("/quiet.xml")), Duration.ofHours(1), null);
        List<PollReport> reports = new CopyOnWriteArrayList<>();
        Thread t = new Thread(() -> watcher.run(w, reports::add));
        t.start();
        for (int i = 0; i < 100 && reports.isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertEquals(1, reports.size(), "polled once, then waits an hour");
        watcher.stop();
        t.join(5000);
        assertFalse(t.isAlive(), "stop() ends the wait");
        assertNull(reports.get(0).alert());
    }
}
