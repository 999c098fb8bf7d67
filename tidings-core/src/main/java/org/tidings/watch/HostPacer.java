package org.tidings.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps a least interval between requests to one host: each caller books the next free slot of its host and
 * sleeps until it comes. Thread-safe; hosts do not wait for each other.
 */
final class HostPacer {

    private final long intervalNanos;
    private final Map<String, Long> nextFree = new HashMap<>();

    HostPacer(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Waits for the host's next slot. */
    void await(String host) throws InterruptedException {
        long wait = book(host == null ? "" : host.toLowerCase(Locale.ROOT), System.nanoTime());
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        }
    }

    /** Books the host's next slot at or after {@code now}; returns how long until it, in nanoseconds. */
    synchronized long book(String host, long now) {
        Long free = nextFree.get(host);
        long slot = free == null || free - now < 0 ? now : free;
        nextFree.put(host, slot + intervalNanos);
        return slot - now;
    }
}
