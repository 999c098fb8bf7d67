package org.tidings.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What a watched feed answered last: the validators to send back, and how its polls have gone.
 *
 * @param url          the feed
 * @param etag         the ETag of the last full answer (sent back as If-None-Match), or null
 * @param lastModified the Last-Modified of the last full answer (sent back as If-Modified-Since), or null
 * @param lastPolled   when it was last asked, or null
 * @param lastSuccess  when it last answered well (a feed or 304), or null
 * @param lastStatus   "fetched", "not-modified" or "failed"; null before the first poll
 * @param failures     consecutive failed polls
 * @param retryAt      backing off: no poll before this; null when not backing off
 * @param lastError    what went wrong last, or null
 */
public record FeedState(String url, String etag, String lastModified, Instant lastPolled, Instant lastSuccess,
                        String lastStatus, int failures, Instant retryAt, String lastError) {

    public FeedState {
        Objects.requireNonNull(url, "url");
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative");
        }
    }

    /** A feed never polled. */
    public static FeedState fresh(String url) {
        return new FeedState(url, null, null, null, null, null, 0, null, null);
    }
}
