package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.resolve.Fingerprint;
import org.tidings.resolve.MergeDecision;
import org.tidings.resolve.Report;
import org.tidings.resolve.ResolvedEvent;
import org.tidings.resolve.Resolver;

/**
 * Keeps the resolved events up to date, one article at a time, inside the transaction that saves it.
 *
 * <p>The new article's mentions are compared with the stored mentions that can pass the resolver's pairwise test
 * (compatible type group, overlapping date window, a shared actor country); each linked pair joins the new
 * mention to the stored one's event, and every event touched is summarised again. Because the test is pairwise
 * and events are connected components, the events come out the same whatever order articles are saved in.
 *
 * <p>A stored event is updated in place: only the columns whose values changed are written, and only the actor keys
 * that new mentions add, so that a report joining a big event costs about the same as one starting a new event
 * (rewriting whole events made saves after a reopen slower with every report). An event is written whole only when
 * it is new or its id (its smallest mention) changes.
 */
final class Resolution {

    private final Connection conn;
    private final Resolver resolver;
    private final Map<String, ArticleInfo> articles = new HashMap<>();
    // Stored mentions read as candidates, by mention id: a big event's members need not be read twice.
    private final Map<String, Report> loaded = new HashMap<>();
    // every event id written or deleted here, for readers that keep the events in memory (Store#eventChangesSince)
    private final Set<Long> changed = new HashSet<>();

    Resolution(Connection conn, Resolver resolver) {
        this.conn = conn;
        this.resolver = resolver;
    }

    private record ArticleInfo(String url, String outlet, String published) {
    }

    /** Resolves a newly saved article: near-duplicates first (they change outlet counts), then its mentions. */
    void article(Article article, String text, List<EventMention> mentions) throws SQLException {
        String id = article.id();
        articles.put(id, new ArticleInfo(article.url(), article.outlet(), article.published()));
        Set<Long> touched = new LinkedHashSet<>(duplicates(article, text));

        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            reports.add(new Report(id + "-" + i, id, article.url(), article.outlet(), article.published(),
                    mentions.get(i)));
        }
        // Local union-find over the new mentions ("m:<idx>") and the stored events they link to ("e:<id>").
        Map<String, String> parent = new HashMap<>();
        List<MergeDecision> decisions = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            parent.put("m:" + i, "m:" + i);
            LocalDate[] w = Resolver.window(r);
            if (w == null) {
                continue;
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO mention_windows (article_id, idx, "
                    + "type_group, first_day, last_day) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, Resolver.typeGroup(r.mention().type()));
                ps.setObject(4, w[0]);
                ps.setObject(5, w[1]);
                ps.executeUpdate();
            }
            for (Candidate c : candidates(r, w)) {
                loaded.put(c.report.id(), c.report);
                MergeDecision d = resolver.compare(r, c.report);
                // Pairs that failed a hard constraint (score 0) explain nothing worth keeping.
                if (d.merged() || d.score() > 0) {
                    decisions.add(d);
                }
                if (d.merged() && c.eventId != null) {
                    String e = "e:" + c.eventId;
                    parent.putIfAbsent(e, e);
                    union(parent, "m:" + i, e);
                }
            }
        }
        saveDecisions(decisions);
        Map<String, List<String>> components = new LinkedHashMap<>();
        for (String node : parent.keySet()) {
            components.computeIfAbsent(find(parent, node), k -> new ArrayList<>()).add(node);
        }
        for (List<String> nodes : components.values()) {
            List<Long> oldEvents = new ArrayList<>();
            List<Integer> newMentions = new ArrayList<>();
            for (String n : nodes) {
                if (n.startsWith("e:")) {
                    oldEvents.add(Long.parseLong(n.substring(2)));
                } else {
                    newMentions.add(Integer.parseInt(n.substring(2)));
                }
            }
            List<Report> members = new ArrayList<>();
            for (long e : oldEvents) {
                members.addAll(reportsOf(e));
            }
            for (int i : newMentions) {
                members.add(reports.get(i));
            }
            long eventId = Resolver.eventId(members);
            try (PreparedStatement ps = conn.prepareStatement("UPDATE event_mentions SET event_id = ? WHERE event_id = ?")) {
                for (long e : oldEvents) {
                    if (e != eventId) {
                        ps.setLong(1, eventId);
                        ps.setLong(2, e);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "UPDATE event_mentions SET event_id = ? WHERE article_id = ? AND idx = ?")) {
                for (int i : newMentions) {
                    ps.setLong(1, eventId);
                    ps.setString(2, id);
                    ps.setInt(3, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            touched.removeAll(oldEvents);
            ResolvedEvent event = resolver.summarize(members, duplicateGroups(members));
            List<Long> absorbed = new ArrayList<>(oldEvents);
            absorbed.remove(eventId);
            if (oldEvents.contains(eventId)) {
                // The common case: new mentions join a stored event, which keeps its id. Its row changes in place.
                updateEvent(event);
                addActorKeys(eventId, id, newMentions, absorbed);
            } else {
                // A new event, or one whose smallest mention is new: a new row (rare for a big event).
                insertEvent(event);
            }
            deleteEvents(absorbed);
        }
        for (long e : touched) {
            List<Report> members = reportsOf(e);
            if (!members.isEmpty()) {
                updateEvent(resolver.summarize(members, duplicateGroups(members)));
            }
        }
    }

    /** Records the new article's near-duplicates; returns the events of the stored copies (their counts change). */
    private Set<Long> duplicates(Article article, String text) throws SQLException {
        Fingerprint fp = Fingerprint.of(text);
        String id = article.id();
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO article_fingerprints (article_id, shingles, minhash) VALUES (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setInt(2, fp.shingles());
            ps.setString(3, fp.encode());
            ps.executeUpdate();
        }
        long[] bands = fp.bands();
        Set<String> candidates = new TreeSet<>();
        StringBuilder in = new StringBuilder();
        for (int b = 0; b < bands.length; b++) {
            in.append(b == 0 ? "?" : ", ?");
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT DISTINCT article_id FROM article_bands WHERE hash IN ("
                + in + ") AND article_id <> ?")) {
            for (int b = 0; b < bands.length; b++) {
                ps.setLong(b + 1, bands[b]);
            }
            ps.setString(bands.length + 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO article_bands (band, hash, article_id) VALUES (?, ?, ?)")) {
            for (int b = 0; b < bands.length; b++) {
                ps.setInt(1, b);
                ps.setLong(2, bands[b]);
                ps.setString(3, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Set<Long> touched = new LinkedHashSet<>();
        for (String other : candidates) {
            Fingerprint ofp = null;
            String published = null;
            try (PreparedStatement ps = conn.prepareStatement("SELECT f.shingles, f.minhash, a.published "
                    + "FROM article_fingerprints f JOIN articles a ON a.id = f.article_id WHERE f.article_id = ?")) {
                ps.setString(1, other);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        ofp = Fingerprint.decode(rs.getInt(1), rs.getString(2));
                        published = rs.getString(3);
                    }
                }
            }
            if (ofp == null || !fp.nearDuplicate(ofp)) {
                continue;
            }
            boolean newIsLater = later(article.published(), id, published, other);
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO article_duplicates (article_id, "
                    + "duplicate_of, jaccard, containment) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, newIsLater ? id : other);
                ps.setString(2, newIsLater ? other : id);
                ps.setDouble(3, fp.jaccard(ofp));
                ps.setDouble(4, fp.containment(ofp));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ? AND event_id IS NOT NULL")) {
                ps.setString(1, other);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        touched.add(rs.getLong(1));
                    }
                }
            }
        }
        return touched;
    }

    private static boolean later(String publishedA, String idA, String publishedB, String idB) {
        String a = Resolver.timeKey(publishedA);
        String b = Resolver.timeKey(publishedB);
        int c = a.compareTo(b);
        return c != 0 ? c > 0 : idA.compareTo(idB) > 0;
    }

    private record Candidate(Report report, Long eventId) {
    }

    /** Stored mentions that can pass the pairwise test: same type group, overlapping window, a shared country. */
    private List<Candidate> candidates(Report r, LocalDate[] w) throws SQLException {
        Set<String> countries = new TreeSet<>();
        for (ActorMention a : r.mention().source()) {
            if (a.country() != null) {
                countries.add(a.country());
            }
        }
        for (ActorMention a : r.mention().target()) {
            if (a.country() != null) {
                countries.add(a.country());
            }
        }
        if (countries.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < countries.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        record Row(String articleId, int idx, Long eventId, Rows.MentionFields fields) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT w.article_id, w.idx, m.event_id, a.url, a.outlet, "
                + "a.published, " + Rows.MENTION_COLUMNS + " FROM mention_windows w "
                + "JOIN event_mentions m ON m.article_id = w.article_id AND m.idx = w.idx "
                + "JOIN articles a ON a.id = w.article_id "
                + "WHERE w.type_group = ? AND w.first_day <= ? AND w.last_day >= ? AND w.article_id <> ? "
                + "AND EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = w.article_id "
                + "AND x.mention_idx = w.idx AND x.country IN (" + in + ")) ORDER BY w.article_id, w.idx")) {
            int c = 1;
            ps.setString(c++, Resolver.typeGroup(r.mention().type()));
            ps.setObject(c++, w[1]);
            ps.setObject(c++, w[0]);
            ps.setString(c++, r.articleId());
            for (String country : countries) {
                ps.setString(c++, country);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String articleId = rs.getString(1);
                    long e = rs.getLong(3);
                    Long eventId = rs.wasNull() ? null : e;
                    articles.putIfAbsent(articleId, new ArticleInfo(rs.getString(4), rs.getString(5), rs.getString(6)));
                    rows.add(new Row(articleId, rs.getInt(2), eventId, Rows.mentionFields(rs, 7)));
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        // One query for the actors of all candidate articles: a busy week can bring hundreds of them.
        Map<String, Map<Integer, List<List<ActorMention>>>> actorCache = Rows.eventActors(conn,
                rows.stream().map(Row::articleId).distinct().toList());
        for (Row row : rows) {
            Map<Integer, List<List<ActorMention>>> roles = actorCache.getOrDefault(row.articleId, Map.of());
            List<List<ActorMention>> rr = roles.getOrDefault(row.idx, List.of(List.of(), List.of()));
            ArticleInfo info = info(row.articleId);
            out.add(new Candidate(new Report(row.articleId + "-" + row.idx, row.articleId, info.url, info.outlet,
                    info.published, row.fields.toMention(rr.get(0), rr.get(1))), row.eventId));
        }
        return out;
    }

    private ArticleInfo info(String articleId) throws SQLException {
        ArticleInfo info = articles.get(articleId);
        if (info == null) {
            try (PreparedStatement ps = conn.prepareStatement("SELECT url, outlet, published FROM articles WHERE id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    info = rs.next() ? new ArticleInfo(rs.getString(1), rs.getString(2), rs.getString(3))
                            : new ArticleInfo(null, null, null);
                }
            }
            articles.put(articleId, info);
        }
        return info;
    }

    /** Every mention of a stored event (two queries, however many articles). */
    List<Report> reportsOf(long eventId) throws SQLException {
        List<Report> known = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT article_id, idx FROM event_mentions WHERE event_id = ? ORDER BY article_id, idx")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && known != null) {
                    Report r = loaded.get(rs.getString(1) + "-" + rs.getInt(2));
                    if (r == null) {
                        known = null;
                    } else {
                        known.add(r);
                    }
                }
            }
        }
        if (known != null) {
            return known;
        }
        Map<String, Map<Integer, List<List<ActorMention>>>> roles = Rows.eventActorsOfEvent(conn, eventId);
        List<Report> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT m.article_id, m.idx, a.url, a.outlet, a.published, "
                + Rows.MENTION_COLUMNS + " FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                + "WHERE m.event_id = ? ORDER BY m.article_id, m.idx")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String articleId = rs.getString(1);
                    int idx = rs.getInt(2);
                    articles.putIfAbsent(articleId, new ArticleInfo(rs.getString(3), rs.getString(4), rs.getString(5)));
                    Rows.MentionFields f = Rows.mentionFields(rs, 6);
                    List<List<ActorMention>> rr = roles.getOrDefault(articleId, Map.of())
                            .getOrDefault(idx, List.of(List.of(), List.of()));
                    ArticleInfo info = info(articleId);
                    out.add(new Report(articleId + "-" + idx, articleId, info.url, info.outlet, info.published,
                            f.toMention(rr.get(0), rr.get(1))));
                }
            }
        }
        return out;
    }

    /** Near-duplicate links among the articles of these reports. */
    private List<List<String>> duplicateGroups(Collection<Report> members) throws SQLException {
        Set<String> ids = new TreeSet<>();
        members.forEach(r -> ids.add(r.articleId()));
        List<List<String>> out = new ArrayList<>();
        if (ids.size() < 2) {
            return out;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT article_id, duplicate_of FROM article_duplicates "
                + "WHERE article_id IN (" + in + ") AND duplicate_of IN (" + in + ")")) {
            int c = 1;
            for (int k = 0; k < 2; k++) {
                for (String id : ids) {
                    ps.setString(c++, id);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(List.of(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    private void saveDecisions(List<MergeDecision> decisions) throws SQLException {
        // One pair once (the last decision wins), written many rows per statement: DuckDB runs a JDBC batch row
        // by row, and row-by-row upserts into a persisted key index made saving quadratic in a busy week.
        Map<String, MergeDecision> unique = new LinkedHashMap<>();
        for (MergeDecision d : decisions) {
            unique.put(d.a() + "|" + d.b(), d);
        }
        List<MergeDecision> all = new ArrayList<>(unique.values());
        int chunk = 400;
        for (int from = 0; from < all.size(); from += chunk) {
            List<MergeDecision> part = all.subList(from, Math.min(all.size(), from + chunk));
            StringBuilder sql = new StringBuilder("INSERT OR REPLACE INTO event_links (article_a, idx_a, "
                    + "article_b, idx_b, merged, score, reasons) VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            }
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                int c = 1;
                for (MergeDecision d : part) {
                    int cut = d.a().lastIndexOf('-');
                    int cutB = d.b().lastIndexOf('-');
                    ps.setString(c++, d.a().substring(0, cut));
                    ps.setInt(c++, Integer.parseInt(d.a().substring(cut + 1)));
                    ps.setString(c++, d.b().substring(0, cutB));
                    ps.setInt(c++, Integer.parseInt(d.b().substring(cutB + 1)));
                    ps.setBoolean(c++, d.merged());
                    ps.setDouble(c++, d.score());
                    ps.setString(c++, Json.strings(d.reasons()));
                }
                ps.executeUpdate();
            }
        }
    }

    /** The ids of the events this resolution wrote or deleted. */
    Set<Long> changed() {
        return changed;
    }

    private void deleteEvents(Collection<Long> ids) throws SQLException {
        changed.addAll(ids);
        for (String table : List.of("events WHERE id", "event_actor_keys WHERE event_id")) {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table + " = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    // What the server lists and counts by (migration 004 fills the same for events stored before it).
    private static final String FIRST_PUBLISHED = "(SELECT min(a.published_day) FROM event_mentions m "
            + "JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?)";
    private static final String ROOT = "TRY_CAST(substr(cameo, 1, 2) AS INTEGER)";
    private static final String SUMMARY = "UPDATE events SET day = coalesce(date_first_day, " + FIRST_PUBLISHED
            + "), last_day = coalesce(date_last_day, date_first_day, " + FIRST_PUBLISHED + "), quad = CASE WHEN " + ROOT
            + " IS NULL THEN NULL WHEN " + ROOT + " <= 5 THEN 1 WHEN " + ROOT + " <= 8 THEN 2 WHEN " + ROOT
            + " <= 13 THEN 3 ELSE 4 END WHERE id = ?";
    private static final String ACTOR_KEYS = "INSERT INTO event_actor_keys (event_id, role, code, name, name_key, "
            + "country, sector) SELECT DISTINCT m.event_id, x.role, upper(x.code), x.name, lower(x.name), "
            + "upper(x.country), upper(x.sector) FROM event_mentions m JOIN event_actors x ON x.article_id = m.article_id "
            + "AND x.mention_idx = m.idx WHERE m.event_id = ?";

    private static final String REPRESENTATIVE = "UPDATE events SET rep_reported_by = m.reported_by, "
            + "rep_quantity_value = m.quantity_value, rep_quantity_unit = m.quantity_unit, "
            + "rep_evidence_sentence = m.evidence_sentence, rep_evidence_text = m.evidence_text, rep_trigger = m.trigger, "
            + "rep_pattern = m.pattern, rep_title = a.title, rep_outlet = a.outlet, rep_url = a.url, "
            + "rep_published = a.published FROM event_mentions m, articles a WHERE events.id = ? AND m.article_id = ? "
            + "AND m.idx = ? AND a.id = ?";
    private static final String ROLE_ACTORS = "coalesce((SELECT CAST(to_json(list({'text': x.text, 'name': x.name, "
            + "'country': x.country, 'sector': x.sector, 'code': x.code} ORDER BY x.idx)) AS VARCHAR) FROM event_actors x "
            + "WHERE x.article_id = ? AND x.mention_idx = ? AND x.role = ?), '[]')";
    private static final String ACTORS = "UPDATE events SET source_actors = " + ROLE_ACTORS + ", target_actors = "
            + ROLE_ACTORS + " WHERE id = ?";

    /**
     * What the server reads of an event without joins, from its row, its mentions and its representative mention
     * and article: sort day, quad class, the actors of all its mentions, what a list shows of it.
     */
    private void summarise(long id, String repArticle, int repIdx) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(SUMMARY)) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement(ACTOR_KEYS)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        representative(id, repArticle, repIdx);
    }

    /** What a list shows of an event, from its representative mention and article. */
    private void representative(long id, String repArticle, int repIdx) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(REPRESENTATIVE)) {
            ps.setLong(1, id);
            ps.setString(2, repArticle);
            ps.setInt(3, repIdx);
            ps.setString(4, repArticle);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement(ACTORS)) {
            int c = 1;
            for (String role : List.of("source", "target")) {
                ps.setString(c++, repArticle);
                ps.setInt(c++, repIdx);
                ps.setString(c++, role);
            }
            ps.setLong(c, id);
            ps.executeUpdate();
        }
    }

    /** How a column's value is bound and compared with the stored one. */
    private enum Kind { TEXT, REAL, INT, DAY }

    /** A column of an event row and its value, typed for binding and for comparing with the stored value. */
    private record Column(String name, Kind type, Object value) {
    }

    /** The row of an event as {@link #insertEvent} writes it, before its summary columns. */
    private static List<Column> columns(ResolvedEvent e) {
        EventMention m = e.event();
        EventMention.EventDate date = m.date();
        LocalDate[] period = date == null ? null : Periods.of(date.value());
        EventMention.Place place = m.location();
        int cut = e.representative().lastIndexOf('-');
        List<Column> out = new ArrayList<>();
        out.add(new Column("type", Kind.TEXT, m.type()));
        out.add(new Column("mode", Kind.TEXT, m.mode()));
        out.add(new Column("cameo", Kind.TEXT, m.cameo()));
        out.add(new Column("goldstein", Kind.REAL, m.goldstein()));
        out.add(new Column("date_value", Kind.TEXT, date == null ? null : date.value()));
        out.add(new Column("date_basis", Kind.TEXT, date == null ? null : date.basis()));
        out.add(new Column("date_expression", Kind.TEXT, date == null ? null : date.expression()));
        out.add(new Column("date_first_day", Kind.DAY, period == null ? null : period[0]));
        out.add(new Column("date_last_day", Kind.DAY, period == null ? null : period[1]));
        out.add(new Column("location_name", Kind.TEXT, place == null ? null : place.name()));
        out.add(new Column("location_country", Kind.TEXT, place == null ? null : place.country()));
        out.add(new Column("latitude", Kind.REAL, place == null ? null : place.latitude()));
        out.add(new Column("longitude", Kind.REAL, place == null ? null : place.longitude()));
        out.add(new Column("certainty", Kind.TEXT, m.certainty()));
        out.add(new Column("corroboration", Kind.TEXT, e.corroboration()));
        out.add(new Column("reports", Kind.INT, e.reports().size()));
        out.add(new Column("articles", Kind.INT, e.articles()));
        out.add(new Column("independent_reports", Kind.INT, e.independentReports()));
        out.add(new Column("outlets", Kind.TEXT, Json.strings(e.outlets())));
        out.add(new Column("all_outlets", Kind.TEXT, Json.strings(e.allOutlets())));
        out.add(new Column("first_report", Kind.TEXT, e.firstReport()));
        out.add(new Column("last_report", Kind.TEXT, e.lastReport()));
        out.add(new Column("rep_article", Kind.TEXT, e.representative().substring(0, cut)));
        out.add(new Column("rep_idx", Kind.INT, Integer.parseInt(e.representative().substring(cut + 1))));
        out.add(new Column("date_evidence", Kind.TEXT, Json.strings(e.dateEvidence())));
        out.add(new Column("place_evidence", Kind.TEXT, Json.strings(e.placeEvidence())));
        return out;
    }

    private static void bind(PreparedStatement ps, int i, Column c) throws SQLException {
        if (c.value == null) {
            ps.setNull(i, switch (c.type) {
                case REAL -> Types.DOUBLE;
                case INT -> Types.INTEGER;
                case DAY -> Types.DATE;
                default -> Types.VARCHAR;
            });
        } else if (c.type == Kind.REAL) {
            ps.setDouble(i, (Double) c.value);
        } else if (c.type == Kind.INT) {
            ps.setInt(i, (Integer) c.value);
        } else if (c.type == Kind.DAY) {
            ps.setObject(i, c.value);
        } else {
            ps.setString(i, (String) c.value);
        }
    }

    // Whether a stored value is the one a column would be written with.
    private static boolean same(ResultSet rs, int i, Column c) throws SQLException {
        switch (c.type) {
            case REAL -> {
                double d = rs.getDouble(i);
                return rs.wasNull() ? c.value == null : c.value != null && d == (Double) c.value;
            }
            case INT -> {
                int n = rs.getInt(i);
                return rs.wasNull() ? c.value == null : c.value != null && n == (Integer) c.value;
            }
            default -> {
                String v = rs.getString(i);
                return v == null ? c.value == null : c.value != null && v.equals(c.value.toString());
            }
        }
    }

    /** A new event: its whole row, its summary columns and actor keys from its mentions. */
    private void insertEvent(ResolvedEvent e) throws SQLException {
        deleteEvents(List.of(e.id()));
        List<Column> columns = columns(e);
        StringBuilder names = new StringBuilder("id");
        StringBuilder marks = new StringBuilder("?");
        for (Column c : columns) {
            names.append(", ").append(c.name);
            marks.append(", ?");
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO events (" + names + ") VALUES (" + marks + ")")) {
            ps.setLong(1, e.id());
            for (int i = 0; i < columns.size(); i++) {
                bind(ps, i + 2, columns.get(i));
            }
            ps.executeUpdate();
        }
        int cut = e.representative().lastIndexOf('-');
        summarise(e.id(), e.representative().substring(0, cut), Integer.parseInt(e.representative().substring(cut + 1)));
    }

    // The sort day, last day and quad class an event's row should have (as SUMMARY computes them), from its values
    // and the publication days of its mentions.
    private static final String SUMMARY_VALUES = "SELECT coalesce(CAST(? AS DATE), " + FIRST_PUBLISHED
            + "), coalesce(CAST(? AS DATE), CAST(? AS DATE), " + FIRST_PUBLISHED + "), CASE WHEN r IS NULL THEN NULL "
            + "WHEN r <= 5 THEN 1 WHEN r <= 8 THEN 2 WHEN r <= 13 THEN 3 ELSE 4 END "
            + "FROM (SELECT TRY_CAST(substr(CAST(? AS VARCHAR), 1, 2) AS INTEGER) AS r)";

    /**
     * A stored event whose mentions or near-duplicates changed: only the columns whose values differ are written,
     * in place; what a list shows of its representative only when the representative changed. A big event gaining
     * one report changes a few counts and lists, not its whole row, and not its actor keys (see addActorKeys).
     */
    private void updateEvent(ResolvedEvent e) throws SQLException {
        changed.add(e.id()); // its mentions changed, whichever columns did
        List<Column> columns = new ArrayList<>(columns(e));
        Column firstDay = columns.stream().filter(c -> c.name.equals("date_first_day")).findFirst().orElseThrow();
        Column lastDay = columns.stream().filter(c -> c.name.equals("date_last_day")).findFirst().orElseThrow();
        try (PreparedStatement ps = conn.prepareStatement(SUMMARY_VALUES)) {
            bind(ps, 1, firstDay);
            ps.setLong(2, e.id());
            bind(ps, 3, lastDay);
            bind(ps, 4, firstDay);
            ps.setLong(5, e.id());
            ps.setString(6, e.event().cameo());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String day = rs.getString(1);
                String last = rs.getString(2);
                int quad = rs.getInt(3);
                boolean noQuad = rs.wasNull();
                columns.add(new Column("day", Kind.DAY, day == null ? null : LocalDate.parse(day)));
                columns.add(new Column("last_day", Kind.DAY, last == null ? null : LocalDate.parse(last)));
                columns.add(new Column("quad", Kind.INT, noQuad ? null : quad));
            }
        }
        StringBuilder names = new StringBuilder();
        for (Column c : columns) {
            names.append(names.isEmpty() ? "" : ", ").append(c.name);
        }
        List<Column> differing = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + names + " FROM events WHERE id = ?")) {
            ps.setLong(1, e.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("event " + e.id() + " is not stored");
                }
                for (int i = 0; i < columns.size(); i++) {
                    if (!same(rs, i + 1, columns.get(i))) {
                        differing.add(columns.get(i));
                    }
                }
            }
        }
        if (!differing.isEmpty()) {
            StringBuilder set = new StringBuilder();
            for (Column c : differing) {
                set.append(set.isEmpty() ? "" : ", ").append(c.name).append(" = ?");
            }
            try (PreparedStatement ps = conn.prepareStatement("UPDATE events SET " + set + " WHERE id = ?")) {
                for (int i = 0; i < differing.size(); i++) {
                    bind(ps, i + 1, differing.get(i));
                }
                ps.setLong(differing.size() + 1, e.id());
                ps.executeUpdate();
            }
        }
        if (differing.stream().anyMatch(c -> c.name.equals("rep_article") || c.name.equals("rep_idx"))) {
            int cut = e.representative().lastIndexOf('-');
            representative(e.id(), e.representative().substring(0, cut),
                    Integer.parseInt(e.representative().substring(cut + 1)));
        }
    }

    private static final String KEY_COLUMNS = "event_id, role, code, name, name_key, country, sector";

    /**
     * The actor keys of an event are the distinct keys of all its mentions, so new mentions and merged events only
     * add theirs: the keys of this article's new mentions and those of the events it absorbs, less those it has.
     */
    private void addActorKeys(long eventId, String articleId, List<Integer> newMentions, List<Long> absorbed)
            throws SQLException {
        if (newMentions.isEmpty() && absorbed.isEmpty()) {
            return;
        }
        StringBuilder idx = new StringBuilder("NULL");
        newMentions.forEach(i -> idx.append(", ").append((int) i));
        StringBuilder events = new StringBuilder("NULL");
        absorbed.forEach(e -> events.append(", ").append((long) e));
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO event_actor_keys (" + KEY_COLUMNS + ") "
                + "SELECT * FROM (SELECT ? AS event_id, x.role, upper(x.code), x.name, lower(x.name), upper(x.country), "
                + "upper(x.sector) FROM event_actors x WHERE x.article_id = ? AND x.mention_idx IN (" + idx + ") "
                + "UNION SELECT ?, role, code, name, name_key, country, sector FROM event_actor_keys "
                + "WHERE event_id IN (" + events + ")) "
                + "EXCEPT SELECT " + KEY_COLUMNS + " FROM event_actor_keys WHERE event_id = ?")) {
            ps.setLong(1, eventId);
            ps.setString(2, articleId);
            ps.setLong(3, eventId);
            ps.setLong(4, eventId);
            ps.executeUpdate();
        }
    }

    /** Drops every derived row, so that {@link #article} can rebuild them. */
    static void clear(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM events");
            st.execute("DELETE FROM event_actor_keys");
            st.execute("DELETE FROM mention_windows");
            st.execute("DELETE FROM event_links");
            st.execute("DELETE FROM article_fingerprints");
            st.execute("DELETE FROM article_bands");
            st.execute("DELETE FROM article_duplicates");
            st.execute("UPDATE event_mentions SET event_id = NULL");
        }
    }

    private static String find(Map<String, String> parent, String x) {
        String r = x;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
