/**
 * Watching live feeds: RSS and Atom feeds polled on a schedule, each new item's page fetched and ingested once,
 * and alerts for the events that match a rule.
 *
 * <p>The public face: {@link org.tidings.watch.Watch} (feeds, interval, alert), {@link org.tidings.watch.Alert}
 * with its {@link org.tidings.watch.AlertRule}, {@link org.tidings.watch.WatchOptions},
 * {@link org.tidings.watch.FeedWatcher} that polls and returns a {@link org.tidings.watch.PollReport} of
 * {@link org.tidings.watch.FeedOutcome}s, and {@link org.tidings.watch.WatchRegistry}, the watches a server runs.
 *
 * <p>Politeness: conditional requests (ETag, Last-Modified), robots.txt for the linked pages, a minimum interval
 * between requests to one host, and exponential backoff for a failing feed. Everything a watch must remember
 * across restarts is in the store ({@link org.tidings.store.WatchStore}).
 */
package org.tidings.watch;
