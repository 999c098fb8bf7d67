package org.tidings.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.tidings.store.Store;

/**
 * The server's read queries over the store's tables, in plain parameterised SQL.
 *
 * <p>Until events are resolved across articles (issue 7), every event mention is an event with one report: all
 * of that lives in {@link #EVENTS}, the one place to change when the resolved {@code events} table arrives.
 *
 * <p>The store owns the database: this class opens further connections to the same DuckDB instance of the
 * process (DuckDB's JDBC driver shares one database per file and process), so reads see every committed ingest
 * and run beside the store's own writes without a second writer process.
 */
final class Catalog implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    // An event as the API shows it; "day" orders and buckets it (its own date, else its article's).
    private static final String EVENTS = "SELECT m.article_id, m.idx, m.type, m.mode, m.cameo, m.goldstein, "
            + "m.date_value, m.date_basis, m.date_expression, m.location_name, m.location_country, m.latitude, "
            + "m.longitude, m.certainty, m.reported_by, m.quantity_value, m.quantity_unit, m.evidence_sentence, "
            + "m.evidence_text, m.trigger, m.trigger_token, m.pattern, a.title, a.outlet, a.url, a.published, "
            + "coalesce(m.date_first_day, a.published_day) AS day, coalesce(m.date_last_day, a.published_day) AS last_day, "
            + "1 AS reports, " + quad("m.cameo") + " AS quad "
            + "FROM event_mentions m JOIN articles a ON a.id = m.article_id";

    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);
    static final List<String> QUAD_NAMES = List.of("verbal_cooperation", "material_cooperation", "verbal_conflict",
            "material_conflict");

    private final Connection base;
    private final BlockingQueue<Connection> pool;

    Catalog(Store store, int connections) {
        try {
            base = store.duplicateConnection();
            pool = new ArrayBlockingQueue<>(connections);
            for (int i = 0; i < connections; i++) {
                pool.add(((org.duckdb.DuckDBConnection) base).duplicate());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the store's database for reading: " + e.getMessage(), e);
        }
    }

    // CAMEO roots 01-05, 06-08, 09-13, 14-20 are GDELT's four quad classes.
    private static String quad(String cameo) {
        String root = "TRY_CAST(substr(" + cameo + ", 1, 2) AS INTEGER)";
        return "CASE WHEN " + root + " IS NULL THEN NULL WHEN " + root + " <= 5 THEN 1 WHEN " + root
                + " <= 8 THEN 2 WHEN " + root + " <= 13 THEN 3 ELSE 4 END";
    }

    interface Query<T> {
        T run(Connection conn) throws SQLException;
    }

    <T> T with(Query<T> q) {
        Connection conn;
        try {
            conn = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try {
            return q.run(conn);
        } catch (SQLException e) {
            throw new IllegalStateException("store query failed: " + e.getMessage(), e);
        } finally {
            pool.add(conn);
        }
    }

    // ---- events ----

    record Page(List<ObjectNode> items, String nextCursor) {
    }

    /** One page of events, newest first, after the cursor (null for the first page). */
    Page events(EventFilter f, int limit, String cursor) {
        return with(conn -> {
            Sql sql = new Sql("SELECT * FROM (" + EVENTS + ") e WHERE true");
            where(sql, f);
            sql.add(" AND true");
            if (cursor != null) {
                Cursor c = Cursor.decode(cursor);
                sql.add(" AND (coalesce(day, ?) < ? OR (coalesce(day, ?) = ? AND (article_id > ? OR (article_id = ? AND idx > ?))))",
                        UNDATED, c.day, UNDATED, c.day, c.article, c.article, c.idx);
            }
            sql.add(" ORDER BY coalesce(day, ?) DESC, article_id, idx LIMIT ?", UNDATED, limit + 1);
            List<ObjectNode> items = new ArrayList<>();
            List<Object[]> keys = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == limit) {
                        Object[] k = keys.get(keys.size() - 1);
                        return new Page(withActors(conn, items), new Cursor((LocalDate) k[0], (String) k[1],
                                (Integer) k[2]).encode());
                    }
                    items.add(event(rs));
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    keys.add(new Object[] {day == null ? UNDATED : day, rs.getString("article_id"), rs.getInt("idx")});
                }
            }
            return new Page(withActors(conn, items), null);
        });
    }

    /** Every event matching, in the listing order, one at a time (for exports of any size). */
    void forEachEvent(EventFilter f, Consumer<ObjectNode> action) {
        String cursor = null;
        do {
            Page page = events(f, 500, cursor);
            page.items().forEach(action);
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    Optional<ObjectNode> event(String id) {
        int dash = id.lastIndexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        int idx;
        try {
            idx = Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String article = id.substring(0, dash);
        return with(conn -> {
            Sql sql = new Sql("SELECT * FROM (" + EVENTS + ") e WHERE article_id = ? AND idx = ?", article, idx);
            ObjectNode event;
            Integer sentence;
            Integer triggerToken;
            try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                event = event(rs);
                sentence = (Integer) rs.getObject("evidence_sentence");
                triggerToken = (Integer) rs.getObject("trigger_token");
            }
            withActors(conn, List.of(event));
            if (sentence != null && triggerToken != null) {
                triggerSpan(conn, article, sentence, triggerToken, (ObjectNode) event.get("evidence"));
            }
            // Until events are resolved, the one report is the mention itself.
            ArrayNode mentions = event.putArray("mentions");
            ObjectNode m = mentions.addObject();
            m.put("id", id);
            m.set("article", event.get("article"));
            m.put("certainty", event.path("certainty").asText(null));
            m.set("reported_by", event.get("reported_by"));
            m.set("evidence", event.get("evidence"));
            return Optional.of(event);
        });
    }

    // Where the trigger lies in its sentence, from the stored tokens (offsets are in the document text).
    private static void triggerSpan(Connection conn, String article, int sentence, int token, ObjectNode evidence)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT begin_offset, tokens FROM sentences WHERE article_id = ? AND idx = ?")) {
            ps.setString(1, article);
            ps.setInt(2, sentence);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                int begin = rs.getInt(1);
                JsonNode tokens = JSON.readTree(rs.getString(2));
                if (token >= 0 && token < tokens.size()) {
                    JsonNode t = tokens.get(token);
                    evidence.put("trigger_start", t.get(4).asInt() - begin);
                    evidence.put("trigger_end", t.get(5).asInt() - begin);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // No span then: the page falls back to finding the trigger words.
            }
        }
    }

    private static ObjectNode event(ResultSet rs) throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", rs.getString("article_id") + "-" + rs.getInt("idx"));
        o.put("type", rs.getString("type"));
        o.put("mode", rs.getString("mode"));
        o.put("cameo", rs.getString("cameo"));
        o.put("goldstein", rs.getDouble("goldstein"));
        Object quad = rs.getObject("quad");
        if (quad == null) {
            o.putNull("quad_class");
        } else {
            o.put("quad_class", ((Number) quad).intValue());
        }
        o.putArray("source");
        o.putArray("target");
        o.put("event_date", rs.getString("date_value"));
        o.put("date_basis", rs.getString("date_basis"));
        o.put("date_expression", rs.getString("date_expression"));
        if (rs.getString("location_name") == null) {
            o.putNull("location");
        } else {
            ObjectNode place = o.putObject("location");
            place.put("name", rs.getString("location_name"));
            place.put("country", rs.getString("location_country"));
            Object lat = rs.getObject("latitude");
            Object lon = rs.getObject("longitude");
            if (lat != null && lon != null) {
                place.put("latitude", ((Number) lat).doubleValue());
                place.put("longitude", ((Number) lon).doubleValue());
            }
        }
        o.put("certainty", rs.getString("certainty"));
        ArrayNode by = o.putArray("reported_by");
        try {
            String reported = rs.getString("reported_by");
            if (reported != null) {
                JSON.readTree(reported).forEach(by::add);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // An unreadable list reads as none.
        }
        Object qv = rs.getObject("quantity_value");
        if (qv == null) {
            o.putNull("quantity");
        } else {
            o.putObject("quantity").put("value", ((Number) qv).longValue()).put("unit", rs.getString("quantity_unit"));
        }
        if (rs.getString("evidence_text") == null) {
            o.putNull("evidence");
        } else {
            o.putObject("evidence").put("sentence", rs.getInt("evidence_sentence"))
                    .put("text", rs.getString("evidence_text")).put("trigger", rs.getString("trigger"));
        }
        o.put("pattern", rs.getString("pattern"));
        o.put("reports", rs.getInt("reports"));
        ArrayNode outlets = o.putArray("outlets");
        if (rs.getString("outlet") != null) {
            outlets.add(rs.getString("outlet"));
        }
        ObjectNode article = o.putObject("article");
        article.put("id", rs.getString("article_id"));
        article.put("title", rs.getString("title"));
        article.put("outlet", rs.getString("outlet"));
        article.put("url", rs.getString("url"));
        article.put("published", rs.getString("published"));
        return o;
    }

    // Fills the source and target arrays of a page of events with one query.
    private static List<ObjectNode> withActors(Connection conn, List<ObjectNode> events) throws SQLException {
        if (events.isEmpty()) {
            return events;
        }
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.put(e.get("id").asText(), e));
        Sql sql = new Sql("SELECT article_id, mention_idx, role, text, name, country, sector, code FROM event_actors "
                + "WHERE article_id IN (");
        List<String> articles = events.stream().map(e -> e.path("article").path("id").asText()).distinct().toList();
        for (int i = 0; i < articles.size(); i++) {
            sql.add(i == 0 ? "?" : ", ?", articles.get(i));
        }
        sql.add(") ORDER BY article_id, mention_idx, role, idx");
        try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ObjectNode e = byId.get(rs.getString(1) + "-" + rs.getInt(2));
                if (e == null) {
                    continue;
                }
                ((ArrayNode) e.get("source".equals(rs.getString(3)) ? "source" : "target")).addObject()
                        .put("text", rs.getString(4)).put("name", rs.getString(5)).put("country", rs.getString(6))
                        .put("sector", rs.getString(7)).put("code", rs.getString(8));
            }
        }
        return events;
    }

    private static final String ACTOR_MATCH = "(starts_with(upper(x.code), upper(?)) OR contains(lower(x.name), lower(?)))";

    private static void where(Sql sql, EventFilter f) {
        if (notBlank(f.q())) {
            sql.add(" AND (contains(lower(evidence_text), lower(?)) OR contains(lower(title), lower(?)))",
                    f.q().strip(), f.q().strip());
        }
        if (notBlank(f.actor())) {
            sql.add(" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id AND x.mention_idx = e.idx"
                    + " AND " + ACTOR_MATCH + ")", f.actor().strip(), f.actor().strip());
        }
        if (notBlank(f.country())) {
            sql.add(" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id AND x.mention_idx = e.idx"
                    + " AND upper(x.country) = upper(?))", f.country().strip());
        }
        if (notBlank(f.sector())) {
            sql.add(" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id AND x.mention_idx = e.idx"
                    + " AND upper(x.sector) = upper(?))", f.sector().strip());
        }
        in(sql, "upper(type)", f.types().stream().map(String::toUpperCase).map(s -> (Object) s).toList());
        in(sql, "quad", f.quads().stream().map(i -> (Object) i).toList());
        in(sql, "lower(certainty)", f.certainties().stream().map(String::toLowerCase).map(s -> (Object) s).toList());
        if (f.from() != null) {
            sql.add(" AND last_day >= ?", f.from());
        }
        if (f.to() != null) {
            sql.add(" AND day <= ?", f.to());
        }
        if (f.minReports() > 1) {
            sql.add(" AND reports >= ?", f.minReports());
        }
        if (notBlank(f.outlet())) {
            sql.add(" AND lower(outlet) = lower(?)", f.outlet().strip());
        }
        if (notBlank(f.article())) {
            sql.add(" AND article_id = ?", f.article());
        }
    }

    private static void in(Sql sql, String column, List<Object> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.add(" AND " + column + " IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.add(i == 0 ? "?" : ", ?", values.get(i));
        }
        sql.add(")");
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Counts of the events matching, by type, country, actor, outlet and certainty (for search facets). */
    ObjectNode facets(EventFilter f) {
        return with(conn -> {
            ObjectNode out = JSON.createObjectNode();
            String matching = "SELECT article_id, idx, type, outlet, certainty FROM (" + EVENTS + ") e WHERE true";
            facet(conn, out, "types", "SELECT type, count(*) n FROM (" + matching + "%s) GROUP BY 1", f);
            facet(conn, out, "outlets", "SELECT outlet, count(*) n FROM (" + matching + "%s) WHERE outlet IS NOT NULL GROUP BY 1", f);
            facet(conn, out, "certainties", "SELECT certainty, count(*) n FROM (" + matching + "%s) GROUP BY 1", f);
            facet(conn, out, "countries", "SELECT x.country, count(DISTINCT (ev.article_id, ev.idx)) n FROM (" + matching
                    + "%s) ev JOIN event_actors x ON x.article_id = ev.article_id AND x.mention_idx = ev.idx "
                    + "WHERE x.country IS NOT NULL GROUP BY 1", f);
            facet(conn, out, "actors", "SELECT x.code, count(DISTINCT (ev.article_id, ev.idx)) n FROM (" + matching
                    + "%s) ev JOIN event_actors x ON x.article_id = ev.article_id AND x.mention_idx = ev.idx "
                    + "WHERE x.code IS NOT NULL GROUP BY 1", f);
            return out;
        });
    }

    private static void facet(Connection conn, ObjectNode out, String name, String template, EventFilter f)
            throws SQLException {
        Sql filter = new Sql("");
        where(filter, f);
        Sql sql = new Sql(String.format(template, filter.text()));
        sql.args.addAll(filter.args);
        sql.add(" ORDER BY n DESC, 1 LIMIT 20");
        ArrayNode arr = out.putArray(name);
        try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                arr.addObject().put("value", rs.getString(1)).put("count", rs.getLong(2));
            }
        }
    }

    // ---- series, network, actors ----

    /** Events between two actors (or of one, or all) per period: counts by quad class and mean Goldstein. */
    ArrayNode series(String source, String target, boolean directed, String interval, EventFilter f) {
        return with(conn -> {
            String side = "EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id AND x.mention_idx = e.idx"
                    + " AND x.role = ? AND starts_with(upper(x.code), upper(?)))";
            Sql sql = new Sql("SELECT CAST(date_trunc('" + interval + "', day) AS DATE) AS bucket, quad, count(*), "
                    + "avg(goldstein) FROM (" + EVENTS + ") e WHERE day IS NOT NULL");
            if (source == null && target == null) {
                // every event matching the filter: a timeline
            } else if (source == null || target == null) {
                String one = source != null ? source : target;
                sql.add(" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id"
                        + " AND x.mention_idx = e.idx AND starts_with(upper(x.code), upper(?)))", one);
            } else if (directed) {
                sql.add(" AND " + side + " AND " + side, "source", source, "target", target);
            } else {
                sql.add(" AND ((" + side + " AND " + side + ") OR (" + side + " AND " + side + "))",
                        "source", source, "target", target, "source", target, "target", source);
            }
            where(sql, f);
            sql.add(" GROUP BY 1, 2 ORDER BY 1, 2");
            Map<LocalDate, ObjectNode> buckets = new LinkedHashMap<>();
            Map<LocalDate, double[]> goldstein = new LinkedHashMap<>();
            try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate bucket = rs.getObject(1, LocalDate.class);
                    ObjectNode b = buckets.computeIfAbsent(bucket, k -> {
                        ObjectNode n = JSON.createObjectNode();
                        n.put("period", k.toString());
                        n.put("events", 0);
                        QUAD_NAMES.forEach(q -> n.put(q, 0));
                        return n;
                    });
                    Object quad = rs.getObject(2);
                    long n = rs.getLong(3);
                    if (quad != null) {
                        String name = QUAD_NAMES.get(((Number) quad).intValue() - 1);
                        b.put(name, b.get(name).asLong() + n);
                    }
                    b.put("events", b.get("events").asLong() + n);
                    double[] g = goldstein.computeIfAbsent(bucket, k -> new double[2]);
                    g[0] += rs.getDouble(4) * n;
                    g[1] += n;
                }
            }
            ArrayNode out = JSON.createArrayNode();
            buckets.forEach((k, b) -> {
                double[] g = goldstein.get(k);
                b.put("mean_goldstein", Math.round(g[0] / g[1] * 100) / 100.0);
                out.add(b);
            });
            return out;
        });
    }

    /** The actor graph of the matching events: who acts on whom, how often, how cooperatively. */
    ObjectNode network(EventFilter f, boolean countries, int maxEdges) {
        return with(conn -> {
            String key = countries ? "country" : "code";
            Sql sql = new Sql("SELECT s." + key + ", t." + key + ", count(DISTINCT (e.article_id, e.idx)) n, avg(e.goldstein), "
                    + "any_value(s.name), any_value(t.name) FROM (" + EVENTS + ") e "
                    + "JOIN event_actors s ON s.article_id = e.article_id AND s.mention_idx = e.idx AND s.role = 'source' "
                    + "JOIN event_actors t ON t.article_id = e.article_id AND t.mention_idx = e.idx AND t.role = 'target' "
                    + "WHERE s." + key + " IS NOT NULL AND t." + key + " IS NOT NULL AND s." + key + " <> t." + key);
            where(sql, f);
            sql.add(" GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", maxEdges);
            ObjectNode out = JSON.createObjectNode();
            ArrayNode edges = out.putArray("edges");
            Map<String, ObjectNode> nodes = new LinkedHashMap<>();
            try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String s = rs.getString(1);
                    String t = rs.getString(2);
                    long n = rs.getLong(3);
                    edges.addObject().put("source", s).put("target", t).put("events", n)
                            .put("mean_goldstein", Math.round(rs.getDouble(4) * 100) / 100.0);
                    node(nodes, s, countries ? s : rs.getString(5), n);
                    node(nodes, t, countries ? t : rs.getString(6), n);
                }
            }
            ArrayNode arr = out.putArray("nodes");
            nodes.values().forEach(arr::add);
            return out;
        });
    }

    private static void node(Map<String, ObjectNode> nodes, String id, String name, long n) {
        ObjectNode node = nodes.computeIfAbsent(id, k -> JSON.createObjectNode().put("id", k).put("name", name)
                .put("events", 0));
        node.put("events", node.get("events").asLong() + n);
    }

    /** Actors by code or name, most mentioned first. */
    ArrayNode actors(String q, int limit) {
        return with(conn -> {
            Sql sql = new Sql("SELECT code, mode(name), any_value(country), any_value(sector), count(*) n "
                    + "FROM actor_mentions x WHERE code IS NOT NULL");
            if (notBlank(q)) {
                sql.add(" AND " + ACTOR_MATCH, q.strip(), q.strip());
            }
            sql.add(" GROUP BY code ORDER BY n DESC, code LIMIT ?", limit);
            ArrayNode out = JSON.createArrayNode();
            try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.addObject().put("code", rs.getString(1)).put("name", rs.getString(2))
                            .put("country", rs.getString(3)).put("sector", rs.getString(4)).put("mentions", rs.getLong(5));
                }
            }
            return out;
        });
    }

    /** Whether any coded actor has a code starting with this. */
    boolean knownActor(String code) {
        return with(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT 1 FROM actor_mentions WHERE starts_with(upper(code), upper(?)) LIMIT 1")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** An actor (every code starting with this): its names, event counts by type over time, counterparts. */
    ObjectNode actor(String code, String interval) {
        return with(conn -> {
            ObjectNode out = JSON.createObjectNode();
            out.put("code", code.toUpperCase(java.util.Locale.ROOT));
            ArrayNode names = out.putArray("names");
            try (PreparedStatement ps = new Sql("SELECT name, count(*) n FROM actor_mentions x WHERE "
                    + "starts_with(upper(code), upper(?)) AND name IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT 10", code)
                    .prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.addObject().put("name", rs.getString(1)).put("mentions", rs.getLong(2));
                }
            }
            String involved = " AND EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id "
                    + "AND x.mention_idx = e.idx AND starts_with(upper(x.code), upper(?)))";
            ArrayNode byType = out.putArray("types_over_time");
            long total = 0;
            try (PreparedStatement ps = new Sql("SELECT CAST(date_trunc('" + interval + "', day) AS DATE), type, count(*) "
                    + "FROM (" + EVENTS + ") e WHERE day IS NOT NULL" + involved + " GROUP BY 1, 2 ORDER BY 1, 2", code)
                    .prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byType.addObject().put("period", rs.getObject(1, LocalDate.class).toString())
                            .put("type", rs.getString(2)).put("events", rs.getLong(3));
                    total += rs.getLong(3);
                }
            }
            out.put("dated_events", total);
            ArrayNode counterparts = out.putArray("counterparts");
            try (PreparedStatement ps = new Sql("SELECT o.code, any_value(o.name), count(DISTINCT (e.article_id, e.idx)) n, "
                    + "avg(e.goldstein) FROM (" + EVENTS + ") e JOIN event_actors me ON me.article_id = e.article_id "
                    + "AND me.mention_idx = e.idx AND starts_with(upper(me.code), upper(?)) JOIN event_actors o "
                    + "ON o.article_id = e.article_id AND o.mention_idx = e.idx AND o.role <> me.role "
                    + "WHERE o.code IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT 25", code)
                    .prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counterparts.addObject().put("code", rs.getString(1)).put("name", rs.getString(2))
                            .put("events", rs.getLong(3)).put("mean_goldstein", Math.round(rs.getDouble(4) * 100) / 100.0);
                }
            }
            return out;
        });
    }

    /** Articles' outlets with counts (a facet of the article search). */
    ArrayNode outlets() {
        return with(conn -> {
            ArrayNode out = JSON.createArrayNode();
            try (PreparedStatement ps = conn.prepareStatement("SELECT outlet, count(*) n FROM articles "
                    + "WHERE outlet IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT 50"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.addObject().put("value", rs.getString(1)).put("count", rs.getLong(2));
                }
            }
            return out;
        });
    }

    long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return with(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        for (Connection c : pool) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        try {
            base.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }

    /** SQL text with its arguments, added together so they cannot drift apart. */
    private static final class Sql {
        private final StringBuilder text;
        private final List<Object> args = new ArrayList<>();

        Sql(String text, Object... args) {
            this.text = new StringBuilder(text);
            this.args.addAll(List.of(args));
        }

        Sql add(String more, Object... values) {
            text.append(more);
            args.addAll(List.of(values));
            return this;
        }

        String text() {
            return text.toString();
        }

        PreparedStatement prepare(Connection conn) throws SQLException {
            PreparedStatement ps = conn.prepareStatement(text.toString());
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ps;
        }
    }

    /** Where a page ended: the sort key of its last event. Opaque to clients. */
    record Cursor(LocalDate day, String article, int idx) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (day + "|" + article + "|" + idx).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String s) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8).split("\\|", 3);
                return new Cursor(LocalDate.parse(parts[0]), parts[1], Integer.parseInt(parts[2]));
            } catch (RuntimeException e) {
                throw Problem.badRequest("bad-cursor", "Bad cursor", "cursor is not one this server gave out");
            }
        }
    }
}
