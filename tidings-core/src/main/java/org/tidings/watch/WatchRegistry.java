package org.tidings.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.store.FeedState;
import org.tidings.store.RegisteredWatch;
import org.tidings.store.Store;
import org.tidings.store.WatchStore;

/** The watches a server runs, kept in the store so that they outlive it. */
public final class WatchRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(WatchRegistry.class);

    private final WatchStore state;
    private final java.time.Clock clock;

    public WatchRegistry(Store store, java.time.Clock clock) {
        this.state = Objects.requireNonNull(store, "store").watches();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The registered watches, oldest first (one that cannot be read any more is left out, with a warning). */
    public List<Watch> list() {
        List<Watch> out = new ArrayList<>();
        for (RegisteredWatch r : state.registered()) {
            try {
                Watch w = Watch.fromJson(r.spec());
                out.add(new Watch(r.id(), w.feeds(), w.every(), w.alert()));
            } catch (IllegalArgumentException e) {
                LOG.warn("registered watch {} cannot be read ({}); skipped", r.id(), e.getMessage());
            }
        }
        return out;
    }

    public Optional<Watch> get(String id) {
        return list().stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** Registers a watch; false when it is registered already. */
    public boolean add(Watch watch) {
        return state.register(watch.id(), watch.toJson().toString(), clock.instant());
    }

    /** Removes a watch; false when there is none with this id. Its feeds' state and items stay, for a re-register. */
    public boolean remove(String id) {
        return state.unregister(id);
    }

    /** What each feed of a watch answered last (a fresh state for a feed never polled). */
    public List<FeedState> feeds(Watch watch) {
        return watch.feeds().stream().map(f -> state.feed(f).orElse(FeedState.fresh(f))).toList();
    }
}
