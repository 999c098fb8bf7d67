package org.tidings.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.tidings.store.Store;

/**
 * The resolved events as the server lists, filters and charts them, held in memory: each event's sort key, what
 * the filters compare, its actor keys and its listed JSON, in listing order. A filtered page or a series is then a
 * scan of arrays (about a millisecond for 100,000 events) instead of DuckDB queries: there the filters and sort of
 * a page cost ~30 ms of CPU, and fetching the page's wide rows by id another ~12 ms (a column store decompresses
 * whole vectors to fetch a few rows). Reading 100,000 events in takes a few seconds of CPU, once, at start.
 *
 * <p>It stays current with the store: a read first applies the events the store's commits changed since
 * ({@link Store#eventChangesSince}), reading just those rows again, so it sees every committed ingest. Snapshots are
 * immutable; readers never wait for each other, only for an update that a newer commit needs.
 */
final class EventModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventModel.class);

    // the sort day of undated events: they list after every dated one, as coalesce(day, '0001-01-01') does
    static final LocalDate UNDATED = LocalDate.of(1, 1, 1);
    static final int NO_DAY = Integer.MIN_VALUE;

    /** One distinct actor of some event's mentions, in one role; interned, numbered for per-query lookup tables. */
    record Key(int index, String role, String code, String nameKey, String country, String sector, String name) {
    }

    /**
     * What the server needs of one event without asking the database: days as epoch days ({@link #NO_DAY} for
     * none), the type upper-cased and the certainty lower-cased as filters compare them, the quad class (0 for
     * none), and the event as a list shows it.
     */
    record Summary(long id, int day, int lastDay, int reports, int quad, String type, String certainty,
                   double goldstein, int[] keys, String json) {

        int sortDay() {
            return day == NO_DAY ? (int) UNDATED.toEpochDay() : day;
        }
    }

    // newest first (undated last), then the most reported, then by id
    static final Comparator<Summary> ORDER = Comparator.comparingInt(Summary::sortDay).reversed()
            .thenComparing(Comparator.comparingInt(Summary::reports).reversed()).thenComparingLong(Summary::id);

    /**
     * The events as of a store version, in listing order, with what filters compare also in arrays by row, so that
     * a scan reads memory in order rather than following a pointer per event (several times faster).
     */
    static final class Snapshot {
        final long version;
        final Summary[] rows;
        final int[] day;
        final int[] lastDay;
        final int[] reports;
        final byte[] quad;
        final double[] goldstein;
        final String[] type;        // interned: compared by identity
        final String[] certainty;   // interned
        final int[] keyStart;       // the actor keys of row i are keyIds[keyStart[i] .. keyStart[i + 1])
        final int[] keyIds;

        Snapshot(long version, Summary[] rows) {
            this.version = version;
            this.rows = rows;
            int n = rows.length;
            day = new int[n];
            lastDay = new int[n];
            reports = new int[n];
            quad = new byte[n];
            goldstein = new double[n];
            type = new String[n];
            certainty = new String[n];
            keyStart = new int[n + 1];
            int keys = 0;
            for (Summary r : rows) {
                keys += r.keys().length;
            }
            keyIds = new int[keys];
            int k = 0;
            for (int i = 0; i < n; i++) {
                Summary r = rows[i];
                day[i] = r.day();
                lastDay[i] = r.lastDay();
                reports[i] = r.reports();
                quad[i] = (byte) r.quad();
                goldstein[i] = r.goldstein();
                type[i] = r.type();
                certainty[i] = r.certainty();
                keyStart[i] = k;
                System.arraycopy(r.keys(), 0, keyIds, k, r.keys().length);
                k += r.keys().length;
            }
            keyStart[n] = k;
        }

        long version() {
            return version;
        }

        Summary[] rows() {
            return rows;
        }

        /** Whether row i has an actor key that the table (by key index) wants. */
        boolean hasKey(int i, boolean[] wanted) {
            for (int k = keyStart[i], end = keyStart[i + 1]; k < end; k++) {
                int key = keyIds[k];
                if (key < wanted.length && wanted[key]) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Store store;
    private final Catalog catalog;
    private final Map<KeyText, Key> keys = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>(); // types and certainties, interned
    private volatile Snapshot snapshot;

    EventModel(Store store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** The events with every commit the store has made so far. */
    Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && s.version() == store.eventsVersion()) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            long version = store.eventsVersion();
            if (s != null && s.version() == version) {
                return s;
            }
            Optional<Store.EventChanges> changes = s == null ? Optional.empty() : store.eventChangesSince(s.version());
            Snapshot next;
            if (changes.isPresent()) {
                // The rows are read after the version moved, so they hold at least its commits (maybe later ones,
                // which the next update reads again).
                Set<Long> ids = changes.get().ids();
                next = new Snapshot(changes.get().version(), merge(s.rows(), ids, catalog.with(c -> read(c, ids))));
            } else {
                long t0 = System.nanoTime();
                Summary[] rows = catalog.with(c -> read(c, null)).toArray(Summary[]::new);
                Arrays.sort(rows, ORDER);
                next = new Snapshot(version, rows);
                LOG.info("{} events read into memory in {} ms", rows.length, (System.nanoTime() - t0) / 1_000_000);
            }
            snapshot = next;
            return next;
        }
    }

    // The old rows without the changed ids, with the changed ones as they are now (deleted ones are gone).
    private static Summary[] merge(Summary[] old, Set<Long> changed, List<Summary> fresh) {
        fresh.sort(ORDER);
        Summary[] out = new Summary[old.length + fresh.size()];
        int n = 0;
        int f = 0;
        for (Summary s : old) {
            if (changed.contains(s.id())) {
                continue;
            }
            while (f < fresh.size() && ORDER.compare(fresh.get(f), s) < 0) {
                out[n++] = fresh.get(f++);
            }
            out[n++] = s;
        }
        while (f < fresh.size()) {
            out[n++] = fresh.get(f++);
        }
        return Arrays.copyOf(out, n);
    }

    // The distinct actor keys of the events read, numbered; rows name theirs by number. The numbering orders on every
    // column, so both queries of one read (one snapshot) number them alike.
    private static final String KEYS = "WITH d AS (SELECT *, CAST(row_number() OVER (ORDER BY role, code, name_key, "
            + "country, sector, name) - 1 AS INTEGER) AS n FROM (SELECT DISTINCT role, code, name_key, country, sector, "
            + "name FROM event_actor_keys%s)) ";
    private static final String KEY_JOIN = "d.role IS NOT DISTINCT FROM x.role AND d.code IS NOT DISTINCT FROM x.code "
            + "AND d.name_key IS NOT DISTINCT FROM x.name_key AND d.country IS NOT DISTINCT FROM x.country "
            + "AND d.sector IS NOT DISTINCT FROM x.sector AND d.name IS NOT DISTINCT FROM x.name";
    // Each event as one JSON object: its listed columns, last_day and its key numbers.
    private static final String ROWS = "SELECT CAST(to_json(t) AS VARCHAR) FROM (SELECT last_day, " + Catalog.LISTED
            + ", k.keys FROM events LEFT JOIN (SELECT x.event_id, list(d.n) AS keys FROM event_actor_keys x JOIN d ON "
            + KEY_JOIN + " GROUP BY x.event_id) k ON k.event_id = events.id%s) t";

    // The summaries of these events (all of them for null).
    private List<Summary> read(Connection conn, Set<Long> ids) throws SQLException {
        List<Summary> out = new ArrayList<>();
        if (ids != null && ids.isEmpty()) {
            return out;
        }
        String keysOf = ids == null ? "" : " WHERE event_id = ANY(?)";
        List<Integer> numbered = new ArrayList<>(); // the query's key number -> our key index
        try (PreparedStatement ps = prepare(conn, String.format(KEYS, keysOf) + "SELECT role, code, name_key, country, "
                + "sector, name FROM d ORDER BY n", ids, 1); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                numbered.add(intern(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)).index());
            }
        }
        try (PreparedStatement ps = prepare(conn, String.format(KEYS, keysOf)
                + String.format(ROWS, ids == null ? "" : " WHERE events.id = ANY(?)"), ids, 2);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                com.fasterxml.jackson.databind.JsonNode row = Catalog.JSON.readTree(rs.getString(1));
                String type = row.path("type").textValue();
                String certainty = row.path("certainty").textValue();
                com.fasterxml.jackson.databind.JsonNode keyList = row.path("keys");
                int[] keyIds = new int[keyList.isArray() ? keyList.size() : 0];
                for (int k = 0; k < keyIds.length; k++) {
                    keyIds[k] = numbered.get(keyList.get(k).asInt());
                }
                out.add(new Summary(row.path("id").asLong(), epochDay(row.path("day")), epochDay(row.path("last_day")),
                        row.path("reports").asInt(), row.path("quad").isNull() ? 0 : row.path("quad").asInt(),
                        type == null ? null : name(type.toUpperCase(Locale.ROOT)),
                        certainty == null ? null : name(certainty.toLowerCase(Locale.ROOT)),
                        row.path("goldstein").asDouble(), keyIds,
                        Catalog.JSON.writeValueAsString(Catalog.listed(row))));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read an event's row as JSON", e);
        }
        return out;
    }

    // The statement, with the ids as its first `times` parameters when there are some.
    private static PreparedStatement prepare(Connection conn, String sql, Set<Long> ids, int times)
            throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        if (ids != null) {
            java.sql.Array array = conn.createArrayOf("BIGINT", ids.toArray(Long[]::new));
            for (int i = 1; i <= times; i++) {
                ps.setArray(i, array);
            }
        }
        return ps;
    }

    private record KeyText(String role, String code, String nameKey, String country, String sector, String name) {
    }

    private Key intern(String role, String code, String nameKey, String country, String sector, String name) {
        KeyText text = new KeyText(role, code, nameKey, country, sector, name);
        Key known = keys.get(text);
        if (known != null) {
            return known;
        }
        synchronized (keys) {
            return keys.computeIfAbsent(text, k -> new Key(keys.size(), role, code, nameKey, country, sector, name));
        }
    }

    private String name(String s) {
        return names.computeIfAbsent(s, x -> x);
    }

    // The interned names among these (others match no event).
    private String[] known(Collection<String> values) {
        return values.stream().map(names::get).filter(Objects::nonNull).toArray(String[]::new);
    }

    private static boolean among(String[] values, String s) {
        for (String v : values) {
            if (v == s) { // interned
                return true;
            }
        }
        return false;
    }

    private static int epochDay(com.fasterxml.jackson.databind.JsonNode day) {
        return day == null || day.isNull() || day.isMissingNode() ? NO_DAY : (int) LocalDate.parse(day.asText()).toEpochDay();
    }

    /**
     * Which actor keys pass a test, as a table by key index, for {@link Snapshot#hasKey}. Every key of a snapshot was
     * interned before the snapshot was published, so the table covers it.
     */
    boolean[] keysWhere(Predicate<Key> test) {
        boolean[] out = new boolean[keys.size()];
        for (Key k : keys.values()) {
            if (k.index() < out.length && test.test(k)) {
                out[k.index()] = true;
            }
        }
        return out;
    }

    /**
     * The events an {@link EventFilter} lets through, as the SQL filters of {@link Catalog} would: actor by code
     * prefix or name, country and sector of any of its actors, type, quad, certainty, period, reports. The filters
     * the summaries do not hold (words, outlet, article) come as the ids that pass them, or null for none.
     */
    java.util.function.IntPredicate matcher(Snapshot s, EventFilter f, Set<Long> ids) {
        List<java.util.function.IntPredicate> tests = new ArrayList<>();
        if (ids != null) {
            tests.add(i -> ids.contains(s.rows[i].id()));
        }
        if (Catalog.notBlank(f.actor())) {
            String code = f.actor().strip().toUpperCase(Locale.ROOT);
            String name = f.actor().strip().toLowerCase(Locale.ROOT);
            boolean[] wanted = keysWhere(k -> (k.code() != null && k.code().startsWith(code))
                    || (k.nameKey() != null && k.nameKey().contains(name)));
            tests.add(i -> s.hasKey(i, wanted));
        }
        if (Catalog.notBlank(f.country())) {
            String country = f.country().strip().toUpperCase(Locale.ROOT);
            boolean[] wanted = keysWhere(k -> country.equals(k.country()));
            tests.add(i -> s.hasKey(i, wanted));
        }
        if (Catalog.notBlank(f.sector())) {
            String sector = f.sector().strip().toUpperCase(Locale.ROOT);
            boolean[] wanted = keysWhere(k -> sector.equals(k.sector()));
            tests.add(i -> s.hasKey(i, wanted));
        }
        if (!f.types().isEmpty()) {
            String[] types = known(f.types().stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
            tests.add(i -> among(types, s.type[i]));
        }
        if (!f.quads().isEmpty()) {
            boolean[] quads = new boolean[5];
            f.quads().forEach(q -> quads[q] = true);
            tests.add(i -> quads[s.quad[i]]);
        }
        if (!f.certainties().isEmpty()) {
            String[] certainties = known(f.certainties().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
            tests.add(i -> among(certainties, s.certainty[i]));
        }
        if (f.from() != null) {
            int from = (int) f.from().toEpochDay();
            tests.add(i -> s.lastDay[i] != NO_DAY && s.lastDay[i] >= from);
        }
        if (f.to() != null) {
            int to = (int) f.to().toEpochDay();
            tests.add(i -> s.day[i] != NO_DAY && s.day[i] <= to);
        }
        if (f.minReports() > 1) {
            int min = f.minReports();
            tests.add(i -> s.reports[i] >= min);
        }
        java.util.function.IntPredicate[] all = tests.toArray(java.util.function.IntPredicate[]::new);
        return i -> {
            for (java.util.function.IntPredicate t : all) {
                if (!t.test(i)) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * Up to {@code limit + 1} matching events after the cursor (from the first for null): the extra one says that
     * there is a next page.
     */
    static List<Summary> page(Snapshot s, java.util.function.IntPredicate match, int limit, Catalog.Cursor cursor) {
        Summary[] rows = s.rows();
        int from = 0;
        if (cursor != null) {
            // the first row after the cursor's sort key
            Summary at = new Summary(cursor.id(), (int) cursor.day().toEpochDay(), NO_DAY, cursor.reports(), 0, null,
                    null, 0, new int[0], null);
            int lo = 0;
            int hi = rows.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ORDER.compare(rows[mid], at) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            from = lo;
        }
        List<Summary> out = new ArrayList<>();
        for (int i = from; i < rows.length && out.size() <= limit; i++) {
            if (match.test(i)) {
                out.add(rows[i]);
            }
        }
        return out;
    }

    /** Every matching event, in listing order. */
    static void forEach(Snapshot s, java.util.function.IntPredicate match, Consumer<Summary> action) {
        for (int i = 0; i < s.rows.length; i++) {
            if (match.test(i)) {
                action.accept(s.rows[i]);
            }
        }
    }
}
