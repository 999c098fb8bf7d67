package org.tidings.watch;

import java.time.Instant;
import java.util.List;

/**
 * What one poll of a watch did.
 *
 * @param watchId the watch
 * @param started when the poll began
 * @param feeds   each feed's outcome, in the watch's order
 * @param alert   what the alert did, or null when the watch has none
 */
public record PollReport(String watchId, Instant started, List<FeedOutcome> feeds, AlertReport alert) {

    public PollReport {
        feeds = List.copyOf(feeds);
    }

    /** Whether anything failed: a feed, an item, or an alert delivery. */
    public boolean failed() {
        return feeds.stream().anyMatch(FeedOutcome::failed) || alert != null && alert.failed();
    }

    /** Ids of the articles stored in this poll, in order. */
    public List<String> stored() {
        return feeds.stream().flatMap(f -> f.stored().stream()).toList();
    }
}
