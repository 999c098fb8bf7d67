package org.tidings.watch;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.Ingestion;
import org.tidings.events.CodedArticle;
import org.tidings.store.StoreException;

/**
 * Polls the feeds of watches and ingests what is new, through one {@link Ingestion} (the store's one writer).
 *
 * <pre>{@code
 * FeedWatcher watcher = new FeedWatcher(new Ingestion(store, index), WatchOptions.defaults(), System.out::println);
 * PollReport report = watcher.poll(Watch.of(List.of("https://example.com/feed.xml"), Duration.ofMinutes(10), null));
 * }</pre>
 *
 * <p>A poll takes each feed in turn (a resting feed is skipped), then the alert. One poll runs at a time; the
 * network is shared by all watches of the watcher, so the per-host pacing and the robots.txt cache hold across
 * them.
 */
public final class FeedWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(FeedWatcher.class);

    private final Ingestion ingestion;
    private final FeedPoller poller;
    private final AlertDispatcher alerts;
    private final WatchOptions options;
    private final CountDownLatch stop = new CountDownLatch(1);

    /**
     * @param alertLines where alerts without a webhook print their line (stdout, a log)
     */
    public FeedWatcher(Ingestion ingestion, WatchOptions options, Consumer<String> alertLines) {
        this.ingestion = Objects.requireNonNull(ingestion, "ingestion");
        this.options = Objects.requireNonNull(options, "options");
        HttpClient client = Fetcher.client(options);
        Fetcher fetcher = new Fetcher(client, new HostPacer(options.hostInterval()), options);
        this.poller = new FeedPoller(ingestion, fetcher, new Robots(fetcher, options), options);
        this.alerts = new AlertDispatcher(ingestion.store(), new Webhook(client, options),
                Objects.requireNonNull(alertLines, "alertLines"), options);
    }

    /** Polls every feed of the watch once (resting ones are skipped), then delivers its alerts. */
    public synchronized PollReport poll(Watch watch) {
        var started = options.clock().instant();
        List<FeedOutcome> outcomes = new ArrayList<>();
        List<CodedArticle> stored = new ArrayList<>();
        try {
            for (String feed : watch.feeds()) {
                if (stopped()) {
                    break;
                }
                FeedPoller.Polled p;
                try {
                    p = poller.poll(feed, this::stopped);
                } catch (StoreException e) {
                    throw e; // no feed can go on without the store
                } catch (RuntimeException e) {
                    // a bug or a library's surprise on odd input: this feed fails, the others go on
                    LOG.error("feed {}: unexpected error", feed, e);
                    p = new FeedPoller.Polled(FeedOutcome.failed(feed, "unexpected error: " + e, null), List.of());
                }
                outcomes.add(p.outcome());
                stored.addAll(p.stored());
            }
        } finally {
            ingestion.commit();
        }
        AlertReport alert = watch.alert() == null ? null : alerts.dispatch(watch.alert(), stored);
        PollReport report = new PollReport(watch.id(), started, outcomes, alert);
        LOG.info("watch {}: polled {} feeds, stored {} articles{}", watch.id(), outcomes.size(),
                report.stored().size(), alert == null ? "" : "; " + alert.summary());
        return report;
    }

    /**
     * Polls the watch every {@link Watch#every()} until {@link #stop()}, handing each report over.
     */
    public void run(Watch watch, Consumer<PollReport> afterEach) {
        while (!stopped()) {
            afterEach.accept(poll(watch));
            try {
                if (stop.await(watch.every().toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ends {@link #run} after the item at hand; a poll under way stops between items. */
    public void stop() {
        stop.countDown();
    }

    public boolean stopped() {
        return stop.getCount() == 0;
    }
}
