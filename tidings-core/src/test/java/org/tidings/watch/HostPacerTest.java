package org.tidings.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostPacerTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void requestsToOneHostAreSpacedOthersAreNot() {
        HostPacer pacer = new HostPacer(Duration.ofSeconds(1));
        assertEquals(0, pacer.book("news.test", 0));
        assertEquals(SECOND, pacer.book("news.test", 0), "the second request waits a second");
        assertEquals(2 * SECOND - SECOND / 2, pacer.book("news.test", SECOND / 2), "the third waits its turn");
        assertEquals(0, pacer.book("other.test", 0), "another host does not wait");
        assertEquals(0, pacer.book("news.test", 10 * SECOND), "after a quiet while there is no wait");
    }

    @Test
    void awaitSleepsTheInterval() throws InterruptedException {
        HostPacer pacer = new HostPacer(Duration.ofMillis(150));
        long start = System.nanoTime();
        pacer.await("news.test");
        pacer.await("news.test");
        pacer.await("news.test");
        long took = System.nanoTime() - start;
        assertTrue(took >= 300_000_000L, "three requests take two intervals: " + took / 1_000_000 + " ms");
    }
}
