package org.tidings.store;

import java.time.Instant;

/**
 * A watch the server runs, as registered.
 *
 * @param id        the watch's id
 * @param spec      its feeds, interval and alert, as JSON (the watch package reads it)
 * @param createdAt when it was registered
 */
public record RegisteredWatch(String id, String spec, Instant createdAt) {
}
