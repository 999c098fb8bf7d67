package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchStoreTest {

    private static final String FEED = "https://news.test/feed.xml";
    private static final Instant T0 = Instant.parse("2024-10-21T08:00:00.123456Z");

    @TempDir
    Path dir;

    @Test
    void feedStateAndSeenItemsSurviveAReopen() {
        try (Store store = Store.open(dir)) {
            WatchStore w = store.watches();
            assertTrue(w.feed(FEED).isEmpty());
            w.saveFeed(new FeedState(FEED, "\"v1\"", "Mon, 21 Oct 2024 08:00:00 GMT", T0, T0, "fetched", 0, null, null));
            w.markSeen(FEED, "guid-1", "https://news.test/a", "0123456789abcdef", "page", T0);
            w.markSeen(FEED, "guid-2", null, null, "failed: no text", T0);
        }
        try (Store store = Store.open(dir)) {
            WatchStore w = store.watches();
            FeedState s = w.feed(FEED).orElseThrow();
            assertEquals("\"v1\"", s.etag());
            assertEquals("Mon, 21 Oct 2024 08:00:00 GMT", s.lastModified());
            assertEquals(T0, s.lastPolled());
            assertEquals(0, s.failures());
            assertTrue(w.seen(FEED, "guid-1"));
            assertFalse(w.seen(FEED, "guid-3"));
            assertFalse(w.seen("https://other.test/feed", "guid-1"));
            assertEquals(2, w.seenCount(FEED));
            Instant retry = T0.plusSeconds(120);
            w.saveFeed(new FeedState(FEED, s.etag(), s.lastModified(), T0, T0, "failed", 2, retry, "HTTP 500"));
            assertEquals(retry, w.feed(FEED).orElseThrow().retryAt());
            assertEquals(2, w.feed(FEED).orElseThrow().failures());
        }
    }

    @Test
    void anEventIsQueuedOnceEvenWhenItsIdChanges() {
        try (Store store = Store.open(dir)) {
            WatchStore w = store.watches();
            assertTrue(w.enqueue("alert-a", 11, List.of("aaaa-0", "bbbb-1"), T0));
            assertFalse(w.enqueue("alert-a", 11, List.of("aaaa-0", "bbbb-1"), T0), "same event");
            assertFalse(w.enqueue("alert-a", 7, List.of("0000-2", "aaaa-0", "bbbb-1"), T0),
                    "the same event under a new id after a report joined");
            assertTrue(w.enqueue("alert-b", 11, List.of("aaaa-0", "bbbb-1"), T0), "another alert");
            assertEquals(1, w.pending("alert-a").size());

            w.deliveryFailed("alert-a", 11, 3, "HTTP 500", false);
            AlertDelivery d = w.pending("alert-a").get(0);
            assertEquals(3, d.attempts());
            assertEquals("HTTP 500", d.lastError());
            w.delivered("alert-a", 11, 4, T0.plusSeconds(60));
            assertTrue(w.pending("alert-a").isEmpty());
            AlertDelivery done = w.deliveries("alert-a", null).get(0);
            assertEquals("delivered", done.state());
            assertEquals(T0.plusSeconds(60), done.deliveredAt());
            assertFalse(w.enqueue("alert-a", 11, List.of("aaaa-0", "bbbb-1"), T0), "delivered stays delivered");

            w.deliveryFailed("alert-b", 11, 12, "connection refused", true);
            assertTrue(w.pending("alert-b").isEmpty());
            assertEquals("failed", w.deliveries("alert-b", "failed").get(0).state());
        }
    }

    @Test
    void watchesRegisterOnceAndGo() {
        try (Store store = Store.open(dir)) {
            WatchStore w = store.watches();
            assertTrue(w.register("w1", "{\"feeds\":[\"" + FEED + "\"]}", T0));
            assertFalse(w.register("w1", "{}", T0));
            assertTrue(w.register("w2", "{}", T0.plusSeconds(1)));
            assertEquals(List.of("w1", "w2"), w.registered().stream().map(RegisteredWatch::id).toList());
            assertTrue(w.registered().get(0).spec().contains(FEED));
            assertTrue(w.unregister("w1"));
            assertFalse(w.unregister("w1"));
            assertEquals(1, w.registered().size());
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(1, store.watches().registered().size());
            assertThrows(StoreException.class, () -> store.watches().register("w3", "{}", T0));
        }
    }
}
