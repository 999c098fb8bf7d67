package org.tidings.watch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one poll of one feed did.
 *
 * @param feed          the feed URL
 * @param status        fetched, not modified (304), failed, or skipped while backing off
 * @param items         items in the feed (0 unless fetched)
 * @param newItems      items not taken before
 * @param stored        ids of the articles stored from them
 * @param fromPages     stored from the item's linked page
 * @param fromItemText  stored from the item's own text (no link, robots.txt said no, or the page failed)
 * @param duplicates    new items whose text was stored already
 * @param itemFailures  new items that gave nothing to store, each with why
 * @param error         why the feed failed (or, backing off, why it failed last), else null
 * @param retryAt       backing off: no poll before this, else null
 */
public record FeedOutcome(String feed, Status status, int items, int newItems, List<String> stored, int fromPages,
                          int fromItemText, int duplicates, List<String> itemFailures, String error,
                          Instant retryAt) {

    public enum Status { FETCHED, NOT_MODIFIED, FAILED, BACKING_OFF }

    public FeedOutcome {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(status, "status");
        stored = List.copyOf(stored);
        itemFailures = List.copyOf(itemFailures);
    }

    static FeedOutcome notModified(String feed) {
        return new FeedOutcome(feed, Status.NOT_MODIFIED, 0, 0, List.of(), 0, 0, 0, List.of(), null, null);
    }

    static FeedOutcome failed(String feed, String error, Instant retryAt) {
        return new FeedOutcome(feed, Status.FAILED, 0, 0, List.of(), 0, 0, 0, List.of(), error, retryAt);
    }

    static FeedOutcome backingOff(String feed, String lastError, Instant retryAt) {
        return new FeedOutcome(feed, Status.BACKING_OFF, 0, 0, List.of(), 0, 0, 0, List.of(), lastError, retryAt);
    }

    /** Whether something went wrong: the feed failed, or a new item gave nothing to store. */
    public boolean failed() {
        return status == Status.FAILED || !itemFailures.isEmpty();
    }

    /** One line for people: "URL: 3 items, 2 new: 2 stored (1 from its page, 1 from the item's text)". */
    public String summary() {
        return switch (status) {
            case NOT_MODIFIED -> feed + ": not modified";
            case FAILED -> feed + ": failed: " + error + (retryAt == null ? "" : "; next try after " + retryAt);
            case BACKING_OFF -> feed + ": skipped, backing off until " + retryAt + " (last error: " + error + ")";
            case FETCHED -> feed + ": " + items + (items == 1 ? " item, " : " items, ") + newItems + " new"
                    + (newItems == 0 ? "" : ": " + stored.size() + " stored (" + fromPages + " from their page, "
                    + fromItemText + " from the item's text)"
                    + (duplicates > 0 ? ", " + duplicates + " already stored" : "")
                    + (itemFailures.isEmpty() ? "" : ", " + itemFailures.size() + " failed"));
        };
    }
}
