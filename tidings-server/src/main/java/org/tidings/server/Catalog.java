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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;
import org.tidings.resolve.MergeDecision;
import org.tidings.store.Store;
import org.tidings.store.StoredEvent;
import org.tidings.store.StoredMention;

/**
 * The server's read queries over the store's tables, in plain parameterised SQL.
 *
 * <p>An event is a resolved event: one row of {@code events}, told by one or more event mentions (reports) across
 * articles. Lists and series come from those rows and their narrow companion {@code event_actor_keys} (the actors
 * of all of an event's mentions) held in memory ({@link EventModel}); facets, networks and actors read the same
 * tables in SQL. One event with all its reports and the decisions that made it
 * comes from the store itself ({@link Store#event}, {@link Store#decisions}).
 *
 * <p>The store owns the database: this class opens further connections to the same DuckDB instance of the
 * process (DuckDB's JDBC driver shares one database per file and process), so reads see every committed ingest
 * and run beside the store's own writes without a second writer process.
 */
final class Catalog implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    // What a list shows of an event: its row, with what the store copies there from its representative mention
    // and article, so that a page is read from events alone.
    static final String LISTED = "id, type, mode, cameo, goldstein, quad, date_value, date_basis, "
            + "date_expression, location_name, location_country, latitude, longitude, certainty, corroboration, reports, "
            + "articles, independent_reports, outlets, first_report, last_report, rep_article, rep_idx, day, "
            + "source_actors, target_actors, rep_reported_by, rep_quantity_value, rep_quantity_unit, "
            + "rep_evidence_sentence, rep_evidence_text, rep_trigger, rep_pattern, rep_title, rep_outlet, rep_url, "
            + "rep_published";

    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);
    static final List<String> QUAD_NAMES = List.of("verbal_cooperation", "material_cooperation", "verbal_conflict",
            "material_conflict");

    private final Store store;
    private final Connection base;
    private final BlockingQueue<Connection> pool;
    private final EventModel model;

    Catalog(Store store, int connections) {
        this.store = store;
        try {
            base = store.duplicateConnection();
            pool = new ArrayBlockingQueue<>(connections);
            for (int i = 0; i < connections; i++) {
                Connection c = ((org.duckdb.DuckDBConnection) base).duplicate();
                pool.add(c);
                c.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the store's database for reading: " + e.getMessage(), e);
        }
        model = new EventModel(store, this);
    }

    /** GDELT's quad class of a CAMEO code (roots 01-05, 06-08, 09-13, 14-20), as the store keeps it; null if none. */
    static Integer quadClass(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return null;
        }
        int root;
        try {
            root = Integer.parseInt(cameo.substring(0, 2).strip());
        } catch (NumberFormatException e) {
            return null;
        }
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
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
        // Each use is one read transaction: all its queries see the same snapshot.
        try {
            T result = q.run(conn);
            conn.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("store query failed: " + e.getMessage(), e);
        } finally {
            pool.add(conn);
        }
    }

    // ---- events ----

    /** Reads the events into memory ahead of the first request that needs them. */
    void warm() {
        model.current();
    }

    /** A page of events, each as its listed JSON, and the cursor of the next page (null on the last). */
    record Page(List<String> items, String nextCursor) {
    }

    /**
     * One page of events after the cursor (null for the first page): newest first (undated last), then the most
     * reported, then by id. The cursor is the sort key of the page's last event, so a page costs the same however
     * deep it is. Pages come from the events in memory ({@link EventModel}).
     */
    Page events(EventFilter f, int limit, String cursor) {
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        EventModel.Snapshot s = model.current();
        List<EventModel.Summary> rows = EventModel.page(s, model.matcher(s, f, sqlOnly(f)), limit, after);
        List<String> items = rows.stream().limit(limit).map(EventModel.Summary::json).toList();
        if (rows.size() <= limit) {
            return new Page(items, null);
        }
        EventModel.Summary last = rows.get(limit - 1);
        return new Page(items, new Cursor(LocalDate.ofEpochDay(last.sortDay()), last.reports(), last.id()).encode());
    }

    // The ids of the events passing the filters the summaries do not hold (words, outlet, article), from the
    // database; null when there are none.
    private Set<Long> sqlOnly(EventFilter f) {
        if (!notBlank(f.q()) && !notBlank(f.outlet()) && !notBlank(f.article())) {
            return null;
        }
        EventFilter only = new EventFilter(f.q(), null, null, null, List.of(), List.of(), null, null, List.of(), 0,
                f.outlet(), f.article());
        Sql sql = new Sql("SELECT e.id FROM events e WHERE true");
        where(sql, only);
        return with(conn -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Every event matching, in the listing order, one at a time (for exports of any size). */
    void forEachEvent(EventFilter f, Consumer<ObjectNode> action) {
        EventModel.Snapshot events = model.current();
        EventModel.forEach(events, model.matcher(events, f, sqlOnly(f)), s -> {
            try {
                action.accept((ObjectNode) JSON.readTree(s.json()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot read an event's JSON", e);
            }
        });
    }

    /**
     * One event with every report of it (article, outlet, certainty, evidence) and the pairwise decisions that
     * joined them, with their reasons. The id is an event's, or a mention's ("articleid-3") for its event.
     */
    Optional<ObjectNode> event(String id) {
        Optional<Long> eventId;
        if (id.matches("\\d{1,18}")) {
            eventId = Optional.of(Long.parseLong(id));
        } else if (id.matches("[A-Za-z0-9_-]{1,128}-\\d{1,9}")) {
            eventId = store.eventOf(id);
        } else {
            eventId = Optional.empty();
        }
        Optional<StoredEvent> found = eventId.flatMap(store::event);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredEvent se = found.get();
        List<MergeDecision> decisions = store.decisions(se.id());
        return with(conn -> {
            Map<String, String> titles = titles(conn, se.mentions());
            Map<String, int[]> spans = triggerSpans(conn, se.mentions());
            EventMention e = se.event();
            ObjectNode o = JSON.createObjectNode();
            o.put("id", String.valueOf(se.id()));
            fields(o, e);
            o.put("corroboration", se.corroboration());
            o.put("reports", se.reports());
            o.put("articles", se.articles());
            o.put("independent_reports", se.independentReports());
            strings(o.putArray("outlets"), se.outlets());
            strings(o.putArray("all_outlets"), se.allOutlets());
            o.put("first_report", se.firstReport());
            o.put("last_report", se.lastReport());
            strings(o.putArray("date_evidence"), se.dateEvidence());
            strings(o.putArray("place_evidence"), se.placeEvidence());
            o.put("representative", se.representative());
            ArrayNode mentions = o.putArray("mentions");
            for (StoredMention m : se.mentions()) {
                ObjectNode mo = mentions.addObject();
                mo.put("id", m.id());
                mo.putObject("article").put("id", m.articleId()).put("title", titles.get(m.articleId()))
                        .put("outlet", m.outlet()).put("url", m.url()).put("published", m.published());
                fields(mo, m.mention());
                evidence(mo, m.mention(), spans.get(m.id()));
                if (m.id().equals(se.representative())) {
                    o.set("article", mo.get("article"));
                    evidence(o, e, spans.get(m.id()));
                }
            }
            if (!o.has("evidence")) {
                evidence(o, e, null);
            }
            ArrayNode ds = o.putArray("decisions");
            for (MergeDecision d : decisions) {
                ObjectNode dn = ds.addObject().put("a", d.a()).put("b", d.b()).put("merged", d.merged())
                        .put("score", Math.round(d.score() * 1000) / 1000.0);
                strings(dn.putArray("reasons"), d.reasons());
            }
            return Optional.of(o);
        });
    }

    // The fields every event and mention shows, from the mention (or the event's best-told one).
    private static void fields(ObjectNode o, EventMention e) {
        o.put("type", e.type());
        o.put("mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("goldstein", e.goldstein());
        Integer quad = quadClass(e.cameo());
        if (quad == null) {
            o.putNull("quad_class");
        } else {
            o.put("quad_class", quad);
        }
        actors(o.putArray("source"), e.source());
        actors(o.putArray("target"), e.target());
        o.put("event_date", e.date() == null ? null : e.date().value());
        o.put("date_basis", e.date() == null ? null : e.date().basis());
        o.put("date_expression", e.date() == null ? null : e.date().expression());
        if (e.location() == null) {
            o.putNull("location");
        } else {
            ObjectNode place = o.putObject("location");
            place.put("name", e.location().name());
            place.put("country", e.location().country());
            if (e.location().latitude() != null && e.location().longitude() != null) {
                place.put("latitude", e.location().latitude());
                place.put("longitude", e.location().longitude());
            }
        }
        o.put("certainty", e.certainty());
        strings(o.putArray("reported_by"), e.reportedBy());
        if (e.quantity() == null) {
            o.putNull("quantity");
        } else {
            o.putObject("quantity").put("value", e.quantity().value()).put("unit", e.quantity().unit());
        }
        o.put("pattern", e.pattern());
    }

    private static void evidence(ObjectNode o, EventMention e, int[] span) {
        EventMention.Evidence ev = e.evidence();
        if (ev == null) {
            o.putNull("evidence");
            return;
        }
        ObjectNode n = o.putObject("evidence").put("sentence", ev.sentence()).put("text", ev.text())
                .put("trigger", ev.trigger());
        if (span != null) {
            n.put("trigger_start", span[0]).put("trigger_end", span[1]);
        }
    }

    private static void actors(ArrayNode out, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            out.addObject().put("text", a.text()).put("name", a.name()).put("country", a.country())
                    .put("sector", a.sector()).put("code", a.code());
        }
    }

    private static void strings(ArrayNode out, List<String> values) {
        values.forEach(out::add);
    }

    private static Map<String, String> titles(Connection conn, List<StoredMention> mentions) throws SQLException {
        Map<String, String> out = new HashMap<>();
        List<Object> ids = mentions.stream().map(StoredMention::articleId).distinct().map(s -> (Object) s).toList();
        if (ids.isEmpty()) {
            return out;
        }
        Sql sql = new Sql("SELECT id, title FROM articles WHERE true");
        in(sql, "id", ids);
        try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    // Where each mention's trigger lies in its evidence sentence, from the stored tokens (offsets are in the
    // document text): mention id -> [start, end].
    private static Map<String, int[]> triggerSpans(Connection conn, List<StoredMention> mentions) throws SQLException {
        Map<String, int[]> out = new HashMap<>();
        Sql sql = new Sql("SELECT article_id, idx, begin_offset, tokens FROM sentences WHERE false");
        Map<String, List<StoredMention>> bySentence = new HashMap<>();
        for (StoredMention m : mentions) {
            EventMention.Evidence ev = m.mention().evidence();
            if (ev != null && ev.triggerToken() >= 0
                    && bySentence.computeIfAbsent(m.articleId() + "/" + ev.sentence(), k -> new ArrayList<>()).add(m)
                    && bySentence.get(m.articleId() + "/" + ev.sentence()).size() == 1) {
                sql.add(" OR (article_id = ? AND idx = ?)", m.articleId(), ev.sentence());
            }
        }
        if (bySentence.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int begin = rs.getInt(3);
                JsonNode tokens;
                try {
                    tokens = JSON.readTree(rs.getString(4));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    continue; // no span then: the page falls back to finding the trigger words
                }
                for (StoredMention m : bySentence.getOrDefault(rs.getString(1) + "/" + rs.getInt(2), List.of())) {
                    int t = m.mention().evidence().triggerToken();
                    if (t < tokens.size()) {
                        out.put(m.id(), new int[] {tokens.get(t).get(4).asInt() - begin, tokens.get(t).get(5).asInt() - begin});
                    }
                }
            }
        }
        return out;
    }

    // An event of a list, from its row as a JSON object (DuckDB writes it: one value a row is far cheaper to read
    // over JDBC than forty).
    static ObjectNode listed(JsonNode row) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", String.valueOf(row.path("id").asLong()));
        o.put("type", text(row, "type"));
        o.put("mode", text(row, "mode"));
        o.put("cameo", text(row, "cameo"));
        o.put("goldstein", row.path("goldstein").asDouble());
        JsonNode quad = value(row, "quad");
        if (quad == null) {
            o.putNull("quad_class");
        } else {
            o.put("quad_class", quad.asInt());
        }
        readArray(o.putArray("source"), text(row, "source_actors"));
        readArray(o.putArray("target"), text(row, "target_actors"));
        o.put("event_date", text(row, "date_value"));
        o.put("date_basis", text(row, "date_basis"));
        o.put("date_expression", text(row, "date_expression"));
        if (text(row, "location_name") == null) {
            o.putNull("location");
        } else {
            ObjectNode place = o.putObject("location");
            place.put("name", text(row, "location_name"));
            place.put("country", text(row, "location_country"));
            JsonNode lat = value(row, "latitude");
            JsonNode lon = value(row, "longitude");
            if (lat != null && lon != null) {
                place.put("latitude", lat.asDouble());
                place.put("longitude", lon.asDouble());
            }
        }
        o.put("certainty", text(row, "certainty"));
        o.put("corroboration", text(row, "corroboration"));
        readArray(o.putArray("reported_by"), text(row, "rep_reported_by"));
        JsonNode qv = value(row, "rep_quantity_value");
        if (qv == null) {
            o.putNull("quantity");
        } else {
            o.putObject("quantity").put("value", qv.asLong()).put("unit", text(row, "rep_quantity_unit"));
        }
        if (text(row, "rep_evidence_text") == null) {
            o.putNull("evidence");
        } else {
            o.putObject("evidence").put("sentence", row.path("rep_evidence_sentence").asInt())
                    .put("text", text(row, "rep_evidence_text")).put("trigger", text(row, "rep_trigger"));
        }
        o.put("pattern", text(row, "rep_pattern"));
        o.put("reports", row.path("reports").asInt());
        o.put("articles", row.path("articles").asInt());
        o.put("independent_reports", row.path("independent_reports").asInt());
        readArray(o.putArray("outlets"), text(row, "outlets"));
        o.put("first_report", text(row, "first_report"));
        o.put("last_report", text(row, "last_report"));
        o.put("representative", text(row, "rep_article") + "-" + row.path("rep_idx").asInt());
        ObjectNode article = o.putObject("article");
        article.put("id", text(row, "rep_article"));
        article.put("title", text(row, "rep_title"));
        article.put("outlet", text(row, "rep_outlet"));
        article.put("url", text(row, "rep_url"));
        article.put("published", text(row, "rep_published"));
        return o;
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = value(row, field);
        return v == null ? null : v.asText();
    }

    private static JsonNode value(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v;
    }

    // A JSON array as stored; an unreadable one reads as empty.
    private static void readArray(ArrayNode out, String json) {
        if (json == null) {
            return;
        }
        try {
            JSON.readTree(json).forEach(out::add);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // none
        }
    }

    // The events (as e) with an actor matching; event_actor_keys holds codes upper-cased and names lower-cased.
    private static final String ACTOR_KEY_MATCH = "(starts_with(code, upper(?)) OR contains(name_key, lower(?)))";

    private static void where(Sql sql, EventFilter f) {
        if (notBlank(f.q())) {
            sql.add(" AND e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                    + "WHERE contains(lower(m.evidence_text), lower(?)) OR contains(lower(a.title), lower(?)))",
                    f.q().strip(), f.q().strip());
        }
        if (notBlank(f.actor())) {
            sql.add(" AND e.id IN (SELECT event_id FROM event_actor_keys WHERE " + ACTOR_KEY_MATCH + ")",
                    f.actor().strip(), f.actor().strip());
        }
        if (notBlank(f.country())) {
            sql.add(" AND e.id IN (SELECT event_id FROM event_actor_keys WHERE country = upper(?))", f.country().strip());
        }
        if (notBlank(f.sector())) {
            sql.add(" AND e.id IN (SELECT event_id FROM event_actor_keys WHERE sector = upper(?))", f.sector().strip());
        }
        in(sql, "upper(e.type)", f.types().stream().map(t -> t.toUpperCase(Locale.ROOT)).map(t -> (Object) t).toList());
        in(sql, "e.quad", f.quads().stream().map(i -> (Object) i).toList());
        in(sql, "lower(e.certainty)", f.certainties().stream().map(c -> c.toLowerCase(Locale.ROOT))
                .map(c -> (Object) c).toList());
        if (f.from() != null) {
            sql.add(" AND e.last_day >= ?", f.from());
        }
        if (f.to() != null) {
            sql.add(" AND e.day <= ?", f.to());
        }
        if (f.minReports() > 1) {
            sql.add(" AND e.reports >= ?", f.minReports());
        }
        if (notBlank(f.outlet())) {
            sql.add(" AND e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                    + "WHERE lower(a.outlet) = lower(?))", f.outlet().strip());
        }
        if (notBlank(f.article())) {
            sql.add(" AND e.id IN (SELECT event_id FROM event_mentions WHERE article_id = ?)", f.article());
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
            // Each scan counts two facets at once (grouping sets); the row says which by the other's null.
            facets(conn, out, "types", "certainties", "SELECT e.type, e.certainty, count(*) n, grouping(e.type) g "
                    + "FROM events e WHERE true%s GROUP BY GROUPING SETS ((e.type), (e.certainty))", f);
            facets(conn, out, "countries", "actors", "SELECT k.country, k.code, count(DISTINCT e.id) n, grouping(k.country) g "
                    + "FROM events e JOIN event_actor_keys k ON k.event_id = e.id WHERE true%s "
                    + "GROUP BY GROUPING SETS ((k.country), (k.code))", f);
            Sql filter = new Sql("");
            where(filter, f);
            Sql sql = new Sql("SELECT a.outlet, count(DISTINCT e.id) n FROM events e JOIN event_mentions m ON m.event_id = e.id "
                    + "JOIN articles a ON a.id = m.article_id WHERE a.outlet IS NOT NULL" + filter.text()
                    + " GROUP BY 1 ORDER BY n DESC, 1 LIMIT 20");
            sql.args.addAll(filter.args);
            ArrayNode outlets = JSON.createArrayNode();
            try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    outlets.addObject().put("value", rs.getString(1)).put("count", rs.getLong(2));
                }
            }
            ObjectNode ordered = JSON.createObjectNode();
            ordered.set("types", out.get("types"));
            ordered.set("outlets", outlets);
            ordered.set("certainties", out.get("certainties"));
            ordered.set("countries", out.get("countries"));
            ordered.set("actors", out.get("actors"));
            return ordered;
        });
    }

    // Two facets from one grouping-sets query: columns first value, second value, count, grouping(first).
    private static void facets(Connection conn, ObjectNode out, String first, String second, String template,
                               EventFilter f) throws SQLException {
        Sql filter = new Sql("");
        where(filter, f);
        Sql sql = new Sql(String.format(template, filter.text()));
        sql.args.addAll(filter.args);
        Map<String, List<Object[]>> counts = Map.of(first, new ArrayList<>(), second, new ArrayList<>());
        try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                boolean isFirst = rs.getInt(4) == 0;
                String value = rs.getString(isFirst ? 1 : 2);
                if (value != null) {
                    counts.get(isFirst ? first : second).add(new Object[] {value, rs.getLong(3)});
                }
            }
        }
        for (String name : List.of(first, second)) {
            ArrayNode arr = out.putArray(name);
            counts.get(name).stream()
                    .sorted((x, y) -> x[1].equals(y[1]) ? ((String) x[0]).compareTo((String) y[0])
                            : Long.compare((Long) y[1], (Long) x[1]))
                    .limit(20).forEach(c -> arr.addObject().put("value", (String) c[0]).put("count", (Long) c[1]));
        }
    }

    // ---- series, network, actors ----

    // Events with an actor of this code prefix in this role ('source', 'target'), or in any role (null).
    private static String side(String role) {
        return "SELECT event_id FROM event_actor_keys WHERE " + (role == null ? "" : "role = '" + role + "' AND ")
                + "starts_with(code, upper(?))";
    }

    /** Events between two actors (or of one, or all) per period: counts by quad class and mean Goldstein. */
    ArrayNode series(String source, String target, boolean directed, String interval, EventFilter f) {
        EventModel.Snapshot events = model.current(); // first: its actors are the ones the filters look up
        java.util.function.IntPredicate match = model.matcher(events, f, sqlOnly(f));
        if (source != null || target != null) {
            match = match.and(pair(events, source, target, directed));
        }
        // Per period: events, then by quad class 1-4, then the sum of Goldstein scores. Rows come newest first, so
        // a period's events are contiguous: one truncation per day, one bucket per period.
        java.util.TreeMap<Integer, double[]> buckets = new java.util.TreeMap<>();
        int day = EventModel.NO_DAY;
        int bucket = 0;
        double[] b = null;
        for (int i = 0; i < events.rows().length; i++) {
            if (events.day[i] == EventModel.NO_DAY || !match.test(i)) {
                continue;
            }
            if (events.day[i] != day) {
                day = events.day[i];
                int next = (int) truncate(LocalDate.ofEpochDay(day), interval).toEpochDay();
                if (b == null || next != bucket) {
                    bucket = next;
                    b = buckets.computeIfAbsent(bucket, k -> new double[6]);
                }
            }
            b[0]++;
            b[events.quad[i]]++;
            b[5] += events.goldstein[i];
        }
        ArrayNode out = JSON.createArrayNode();
        buckets.forEach((period, sums) -> {
            ObjectNode n = out.addObject();
            n.put("period", LocalDate.ofEpochDay(period).toString());
            n.put("events", (long) sums[0]);
            for (int q = 1; q <= 4; q++) {
                n.put(QUAD_NAMES.get(q - 1), (long) sums[q]);
            }
            n.put("mean_goldstein", Math.round(sums[5] / sums[0] * 100) / 100.0);
        });
        return out;
    }

    // The events with a source actor of one code prefix and a target of the other (either way when undirected), or
    // with an actor of the one code given in any role.
    private java.util.function.IntPredicate pair(EventModel.Snapshot s, String source, String target, boolean directed) {
        if (source == null || target == null) {
            boolean[] any = model.keysWhere(k -> k.code() != null
                    && k.code().startsWith((source != null ? source : target).toUpperCase(Locale.ROOT)));
            return i -> s.hasKey(i, any);
        }
        boolean[] sourceAsSource = side(source, "source");
        boolean[] targetAsTarget = side(target, "target");
        if (directed) {
            return i -> s.hasKey(i, sourceAsSource) && s.hasKey(i, targetAsTarget);
        }
        boolean[] targetAsSource = side(target, "source");
        boolean[] sourceAsTarget = side(source, "target");
        return i -> (s.hasKey(i, sourceAsSource) && s.hasKey(i, targetAsTarget))
                || (s.hasKey(i, targetAsSource) && s.hasKey(i, sourceAsTarget));
    }

    private boolean[] side(String code, String role) {
        String prefix = code.toUpperCase(Locale.ROOT);
        return model.keysWhere(k -> role.equals(k.role()) && k.code() != null && k.code().startsWith(prefix));
    }

    // The first day of the period (as DuckDB's date_trunc: ISO weeks start on Monday).
    static LocalDate truncate(LocalDate day, String interval) {
        return switch (interval) {
            case "day" -> day;
            case "week" -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case "month" -> day.withDayOfMonth(1);
            case "year" -> day.withDayOfYear(1);
            default -> throw new IllegalArgumentException("interval " + interval);
        };
    }

    /** The actor graph of the matching events: who acts on whom, how often (events), how cooperatively. */
    ObjectNode network(EventFilter f, boolean countries, int maxEdges) {
        return with(conn -> {
            String key = countries ? "country" : "code";
            // One row per event and pair of actors, however many of its mentions name them.
            Sql sql = new Sql("SELECT sk, tk, count(*) n, avg(g), any_value(sn), any_value(tn) FROM (SELECT e.id, s." + key
                    + " AS sk, t." + key + " AS tk, any_value(e.goldstein) AS g, any_value(s.name) AS sn, "
                    + "any_value(t.name) AS tn FROM events e "
                    + "JOIN event_actor_keys s ON s.event_id = e.id AND s.role = 'source' "
                    + "JOIN event_actor_keys t ON t.event_id = e.id AND t.role = 'target' "
                    + "WHERE s." + key + " IS NOT NULL AND t." + key + " IS NOT NULL AND s." + key + " <> t." + key);
            where(sql, f);
            sql.add(" GROUP BY 1, 2, 3) GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", maxEdges);
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

    private static final String ACTOR_MATCH = "(starts_with(upper(x.code), upper(?)) OR contains(lower(x.name), lower(?)))";

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

    // Codes (upper-cased prefixes) known to start some actor's code. Actor mentions are only ever added, so a
    // prefix once known stays known; unknown ones are asked again every time.
    private final Map<String, Boolean> known = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether any coded actor has a code starting with this. */
    boolean knownActor(String code) {
        String key = code.toUpperCase(Locale.ROOT);
        if (known.containsKey(key)) {
            return true;
        }
        boolean found = with(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT 1 FROM actor_mentions WHERE starts_with(upper(code), upper(?)) LIMIT 1")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (found && known.size() < 100_000) {
            known.put(key, true);
        }
        return found;
    }

    /** An actor (every code starting with this): its names, event counts by type over time, counterparts. */
    ObjectNode actor(String code, String interval) {
        return with(conn -> {
            ObjectNode out = JSON.createObjectNode();
            out.put("code", code.toUpperCase(Locale.ROOT));
            ArrayNode names = out.putArray("names");
            try (PreparedStatement ps = new Sql("SELECT name, count(*) n FROM actor_mentions x WHERE "
                    + "starts_with(upper(code), upper(?)) AND name IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT 10", code)
                    .prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.addObject().put("name", rs.getString(1)).put("mentions", rs.getLong(2));
                }
            }
            ArrayNode byType = out.putArray("types_over_time");
            long total = 0;
            try (PreparedStatement ps = new Sql("SELECT CAST(date_trunc('" + interval + "', e.day) AS DATE), e.type, "
                    + "count(*) FROM events e WHERE e.day IS NOT NULL AND e.id IN (" + side(null) + ") GROUP BY 1, 2 "
                    + "ORDER BY 1, 2", code).prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byType.addObject().put("period", rs.getObject(1, LocalDate.class).toString())
                            .put("type", rs.getString(2)).put("events", rs.getLong(3));
                    total += rs.getLong(3);
                }
            }
            out.put("dated_events", total);
            ArrayNode counterparts = out.putArray("counterparts");
            // One row per event and counterpart, however many of its mentions name them.
            try (PreparedStatement ps = new Sql("SELECT oc, any_value(onm), count(*) n, avg(g) FROM (SELECT e.id, "
                    + "o.code AS oc, any_value(o.name) AS onm, any_value(e.goldstein) AS g FROM event_actor_keys me "
                    + "JOIN event_actor_keys o ON o.event_id = me.event_id AND o.role <> me.role "
                    + "JOIN events e ON e.id = me.event_id WHERE starts_with(me.code, upper(?)) AND o.code IS NOT NULL "
                    + "GROUP BY 1, 2) GROUP BY 1 ORDER BY n DESC, 1 LIMIT 25", code)
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

    /** Where a page ended: the sort key of its last event (day, reports, id). Opaque to clients. */
    record Cursor(LocalDate day, int reports, long id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (day + "|" + reports + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String s) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8).split("\\|", 3);
                return new Cursor(LocalDate.parse(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw Problem.badRequest("bad-cursor", "Bad cursor", "cursor is not one this server gave out");
            }
        }
    }
}
