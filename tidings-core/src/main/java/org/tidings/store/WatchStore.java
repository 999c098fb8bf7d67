package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's tables for watched feeds ({@link Store#watches()}): each feed's last answer and backoff, the items
 * taken from it, alert deliveries, and the watches the server runs. Every write is its own transaction, on the
 * store's one connection, so it is as safe against crashes as an article.
 */
public final class WatchStore {

    private final Store store;

    WatchStore(Store store) {
        this.store = store;
    }

    // ---- feeds ----

    /** What the feed answered last, or empty when it was never polled. */
    public Optional<FeedState> feed(String url) {
        return read("read the state of feed " + url, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT url, etag, last_modified, epoch_us(last_polled), "
                    + "epoch_us(last_success), last_status, failures, epoch_us(retry_at), last_error FROM watch_feeds "
                    + "WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new FeedState(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                            instant(rs, 5), rs.getString(6), rs.getInt(7), instant(rs, 8), rs.getString(9)));
                }
            }
        });
    }

    /** Saves what a feed answered (replacing what was there). */
    public void saveFeed(FeedState s) {
        write("save the state of feed " + s.url(), conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO watch_feeds (url, etag, "
                    + "last_modified, last_polled, last_success, last_status, failures, retry_at, last_error) VALUES "
                    + "(?, ?, ?, make_timestamp(?), make_timestamp(?), ?, ?, make_timestamp(?), ?)")) {
                ps.setString(1, s.url());
                ps.setString(2, s.etag());
                ps.setString(3, s.lastModified());
                micros(ps, 4, s.lastPolled());
                micros(ps, 5, s.lastSuccess());
                ps.setString(6, s.lastStatus());
                ps.setInt(7, s.failures());
                micros(ps, 8, s.retryAt());
                ps.setString(9, s.lastError());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Whether an item of a feed was taken already. */
    public boolean seen(String feedUrl, String itemKey) {
        return read("look up an item of feed " + feedUrl, conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT 1 FROM watch_items WHERE feed_url = ? AND item_key = ?")) {
                ps.setString(1, feedUrl);
                ps.setString(2, itemKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Remembers that an item was taken, and what came of it.
     *
     * @param articleId the stored article, or null
     * @param outcome   "page", "item-text", "duplicate" or "failed: why"
     */
    public void markSeen(String feedUrl, String itemKey, String link, String articleId, String outcome, Instant at) {
        write("remember an item of feed " + feedUrl, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO watch_items (feed_url, item_key, "
                    + "link, article_id, outcome, seen_at) VALUES (?, ?, ?, ?, ?, make_timestamp(?))")) {
                ps.setString(1, feedUrl);
                ps.setString(2, itemKey);
                ps.setString(3, link);
                ps.setString(4, articleId);
                ps.setString(5, outcome);
                micros(ps, 6, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** How many items were taken from a feed. */
    public int seenCount(String feedUrl) {
        return read("count the items of feed " + feedUrl, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM watch_items WHERE feed_url = ?")) {
                ps.setString(1, feedUrl);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    // ---- alert deliveries ----

    /**
     * Records that an event matched an alert, unless the alert has it already, by its id or by any of its mentions
     * (an event's id changes when a report with a smaller id joins it). The mentions are remembered either way.
     *
     * @return true when the event is new to the alert and now waits for delivery
     */
    public boolean enqueue(String alertId, long eventId, List<String> mentionIds, Instant at) {
        return write("record an alert for event " + eventId, conn -> {
            boolean known;
            try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM alert_deliveries WHERE alert_id = ? "
                    + "AND event_id = ? UNION ALL SELECT 1 FROM alert_mentions WHERE alert_id = ? AND mention_id IN "
                    + "(SELECT unnest(?::VARCHAR[])) LIMIT 1")) {
                ps.setString(1, alertId);
                ps.setLong(2, eventId);
                ps.setString(3, alertId);
                ps.setArray(4, conn.createArrayOf("VARCHAR", mentionIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    known = rs.next();
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO alert_mentions (alert_id, mention_id, "
                    + "event_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (String m : mentionIds) {
                    ps.setString(1, alertId);
                    ps.setString(2, m);
                    ps.setLong(3, eventId);
                    ps.executeUpdate();
                }
            }
            if (known) {
                return false;
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO alert_deliveries (alert_id, event_id, state, "
                    + "attempts, created_at) VALUES (?, ?, 'pending', 0, make_timestamp(?))")) {
                ps.setString(1, alertId);
                ps.setLong(2, eventId);
                micros(ps, 3, at);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** The mentions an alert recorded for an event, in id order. */
    public List<String> mentions(String alertId, long eventId) {
        return read("read the mentions of alert " + alertId, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT mention_id FROM alert_mentions WHERE alert_id = ? "
                    + "AND event_id = ? ORDER BY mention_id")) {
                ps.setString(1, alertId);
                ps.setLong(2, eventId);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    /** The deliveries of an alert still waiting, oldest first. */
    public List<AlertDelivery> pending(String alertId) {
        return deliveries(alertId, "pending");
    }

    /** Every delivery of an alert, oldest first; {@code state} null for all states. */
    public List<AlertDelivery> deliveries(String alertId, String state) {
        return read("list the deliveries of alert " + alertId, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT alert_id, event_id, state, attempts, last_error, "
                    + "epoch_us(created_at), epoch_us(delivered_at) FROM alert_deliveries WHERE alert_id = ? "
                    + "AND (? IS NULL OR state = ?) ORDER BY created_at, event_id")) {
                ps.setString(1, alertId);
                ps.setString(2, state);
                ps.setString(3, state);
                List<AlertDelivery> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AlertDelivery(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                                rs.getString(5), instant(rs, 6), instant(rs, 7)));
                    }
                }
                return out;
            }
        });
    }

    /** The receiver took the event. */
    public void delivered(String alertId, long eventId, int attempts, Instant at) {
        update(alertId, eventId, "delivered", attempts, null, at);
    }

    /** A try failed; with {@code giveUp} the delivery stops being retried. */
    public void deliveryFailed(String alertId, long eventId, int attempts, String error, boolean giveUp) {
        update(alertId, eventId, giveUp ? "failed" : "pending", attempts, error, null);
    }

    private void update(String alertId, long eventId, String state, int attempts, String error, Instant at) {
        write("record the delivery of event " + eventId, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE alert_deliveries SET state = ?, attempts = ?, "
                    + "last_error = ?, delivered_at = make_timestamp(?) WHERE alert_id = ? AND event_id = ?")) {
                ps.setString(1, state);
                ps.setInt(2, attempts);
                ps.setString(3, error);
                micros(ps, 4, at);
                ps.setString(5, alertId);
                ps.setLong(6, eventId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---- the server's watches ----

    /** The registered watches, oldest first. */
    public List<RegisteredWatch> registered() {
        return read("list the registered watches", conn -> {
            List<RegisteredWatch> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT id, spec, epoch_us(created_at) FROM watches ORDER BY created_at, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RegisteredWatch(rs.getString(1), rs.getString(2), instant(rs, 3)));
                }
            }
            return out;
        });
    }

    /** Registers a watch; false when one with this id is registered already (nothing changes). */
    public boolean register(String id, String spec, Instant at) {
        return write("register watch " + id, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO watches (id, spec, created_at) VALUES "
                    + "(?, ?, make_timestamp(?)) ON CONFLICT DO NOTHING")) {
                ps.setString(1, id);
                ps.setString(2, spec);
                micros(ps, 3, at);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Removes a registered watch; false when there is none with this id. */
    public boolean unregister(String id) {
        return write("remove watch " + id, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM watches WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    // ---- plumbing ----

    private <T> T read(String what, Store.SqlFunction<T> f) {
        try {
            return store.withConnection(f);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in store " + store.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private <T> T write(String what, Store.SqlFunction<T> f) {
        if (store.readOnly()) {
            throw new StoreException("store " + store.dataDir() + " is open read-only");
        }
        try {
            return store.withConnection(conn -> {
                try {
                    T result = f.apply(conn);
                    conn.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(conn, e);
                    throw e;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in store " + store.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection conn, Exception e) {
        try {
            conn.rollback();
        } catch (SQLException r) {
            e.addSuppressed(r);
        }
    }

    private static void micros(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000));
        }
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        long us = rs.getLong(i);
        return rs.wasNull() ? null : Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L),
                Math.floorMod(us, 1_000_000L) * 1000L);
    }
}
