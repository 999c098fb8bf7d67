package org.tidings.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.Ingestion;
import org.tidings.store.FeedState;
import org.tidings.watch.FeedWatcher;
import org.tidings.watch.PollReport;
import org.tidings.watch.Watch;
import org.tidings.watch.WatchOptions;
import org.tidings.watch.WatchRegistry;

/**
 * Runs the registered watches: one thread looks every {@code tick} for watches that are due and polls them one
 * after the other, through the server's one store writer. Registering a watch wakes it at once.
 */
final class WatchScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WatchScheduler.class);

    private final WatchRegistry registry;
    private final FeedWatcher watcher;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    private final Map<String, Instant> due = new ConcurrentHashMap<>();
    private final Map<String, PollReport> last = new ConcurrentHashMap<>();

    WatchScheduler(Ingestion ingestion, WatchOptions options, Duration tick) {
        this.clock = options.clock();
        this.registry = new WatchRegistry(ingestion.store(), clock);
        // an alert without a webhook prints its line on the server's stdout
        this.watcher = new FeedWatcher(ingestion, options, System.out::println);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "watches");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    WatchRegistry registry() {
        return registry;
    }

    /** Polls what is due now rather than at the next tick. */
    void wake() {
        thread.execute(this::tick);
    }

    private void tick() {
        try {
            List<Watch> watches = registry.list();
            List<String> ids = watches.stream().map(Watch::id).toList();
            due.keySet().retainAll(ids);
            last.keySet().retainAll(ids);
            for (Watch w : watches) {
                if (watcher.stopped()) {
                    return;
                }
                Instant now = clock.instant();
                if (now.isBefore(due.getOrDefault(w.id(), Instant.MIN))) {
                    continue;
                }
                due.put(w.id(), now.plus(w.every()));
                last.put(w.id(), watcher.poll(w));
            }
        } catch (RuntimeException e) {
            LOG.error("polling the registered watches failed", e); // the next tick tries again
        }
    }

    /** A watch as the API shows it: its spec, each feed's state, when it polls next, and its last poll. */
    ObjectNode view(Watch w) {
        ObjectNode o = w.toJson();
        ArrayNode feeds = o.putArray("feed_states");
        for (FeedState s : registry.feeds(w)) {
            feeds.addObject().put("url", s.url()).put("last_polled", text(s.lastPolled()))
                    .put("last_status", s.lastStatus()).put("failures", s.failures())
                    .put("retry_at", text(s.retryAt())).put("last_error", s.lastError());
        }
        o.put("next_poll", text(due.get(w.id())));
        Optional.ofNullable(last.get(w.id())).ifPresent(r -> {
            ObjectNode p = o.putObject("last_poll");
            p.put("started", r.started().toString());
            p.put("stored", r.stored().size());
            p.put("failed", r.failed());
            ArrayNode lines = p.putArray("feeds");
            r.feeds().forEach(f -> lines.add(f.summary()));
            if (r.alert() != null) {
                p.put("alert", r.alert().summary());
            }
        });
        return o;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    @Override
    public void close() {
        watcher.stop();
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
