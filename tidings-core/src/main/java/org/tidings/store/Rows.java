package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Timex;

/** Records to rows and back. Parameterised SQL only; the caller owns the transaction. */
final class Rows {

    static final String MENTION_COLUMNS = "m.type, m.mode, m.cameo, m.goldstein, m.date_value, m.date_basis, "
            + "m.date_expression, m.location_name, m.location_country, m.latitude, m.longitude, m.certainty, "
            + "m.reported_by, m.quantity_value, m.quantity_unit, m.evidence_sentence, m.evidence_begin, "
            + "m.evidence_end, m.evidence_text, m.trigger, m.trigger_token, m.pattern";

    private static final String ACTOR_COLUMNS = "sentence, token_begin, token_end, begin_offset, end_offset, text, "
            + "name, country, sector, code, identity, rule";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private Rows() {
    }

    static void insert(Connection conn, CodedArticle coded) throws SQLException {
        AnnotatedDocument doc = coded.document();
        Article a = doc.article();
        String id = a.id();
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO articles (id, url, outlet, title, published, "
                + "published_day, body, language, authors, origin_file, origin_place, ingested_at, analysed_text) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), ?)")) {
            ps.setString(1, id);
            ps.setString(2, a.url());
            ps.setString(3, a.outlet());
            ps.setString(4, a.title());
            ps.setString(5, a.published());
            date(ps, 6, a.publicationDate().orElse(null));
            ps.setString(7, a.body());
            ps.setString(8, a.language());
            ps.setString(9, Json.strings(a.authors()));
            ps.setString(10, a.origin() == null ? null : a.origin().file());
            ps.setString(11, a.origin() == null ? null : a.origin().place());
            ps.setString(12, a.ingestedAt() == null ? null
                    : LocalDateTime.ofInstant(a.ingestedAt(), ZoneOffset.UTC).format(TIMESTAMP));
            ps.setString(13, doc.text() == null || doc.text().equals(a.body()) ? null : doc.text());
            ps.executeUpdate();
        }
        List<Object[]> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            sentences.add(new Object[] {id, s.index(), s.begin(), s.end(), s.text(), Json.tokens(s.tokens()),
                    Json.dependencies(s.basic()), Json.dependencies(s.enhanced())});
        }
        insertAll(conn, "sentences", "article_id, idx, begin_offset, end_offset, text, tokens, basic, enhanced",
                sentences);
        List<Object[]> entities = new ArrayList<>();
        for (EntityMention e : doc.entities()) {
            entities.add(new Object[] {id, entities.size(), e.sentence(), e.tokenBegin(), e.tokenEnd(), e.begin(),
                    e.end(), e.text(), e.type()});
        }
        insertAll(conn, "entities", "article_id, idx, sentence, token_begin, token_end, begin_offset, end_offset, "
                + "text, type", entities);
        List<Object[]> timexes = new ArrayList<>();
        for (Timex t : doc.timexes()) {
            timexes.add(new Object[] {id, timexes.size(), t.sentence(), t.tokenBegin(), t.tokenEnd(), t.begin(),
                    t.end(), t.text(), t.type(), t.value(), t.mod()});
        }
        insertAll(conn, "timexes", "article_id, idx, sentence, token_begin, token_end, begin_offset, end_offset, "
                + "text, type, value, mod", timexes);
        List<Object[]> actors = new ArrayList<>();
        for (ActorMention m : coded.actors()) {
            actors.add(concat(new Object[] {id, actors.size()}, actor(m)));
        }
        insertAll(conn, "actor_mentions", "article_id, idx, " + ACTOR_COLUMNS, actors);
        List<Object[]> mentions = new ArrayList<>();
        List<Object[]> eventActors = new ArrayList<>();
        for (EventMention e : coded.events()) {
            int idx = mentions.size();
            mentions.add(mention(id, idx, e));
            for (int i = 0; i < e.source().size(); i++) {
                eventActors.add(concat(new Object[] {id, idx, "source", i}, actor(e.source().get(i))));
            }
            for (int i = 0; i < e.target().size(); i++) {
                eventActors.add(concat(new Object[] {id, idx, "target", i}, actor(e.target().get(i))));
            }
        }
        insertAll(conn, "event_mentions", "article_id, idx, type, mode, cameo, goldstein, date_value, date_basis, "
                + "date_expression, date_first_day, date_last_day, location_name, location_country, latitude, "
                + "longitude, certainty, reported_by, quantity_value, quantity_unit, evidence_sentence, evidence_begin, "
                + "evidence_end, evidence_text, trigger, trigger_token, pattern", mentions);
        insertAll(conn, "event_actors", "article_id, mention_idx, role, idx, " + ACTOR_COLUMNS, eventActors);
    }

    private static Object[] mention(String id, int idx, EventMention e) {
        EventMention.EventDate date = e.date();
        LocalDate[] period = date == null ? null : Periods.of(date.value());
        EventMention.Place place = e.location();
        EventMention.Quantity quantity = e.quantity();
        EventMention.Evidence ev = e.evidence();
        return new Object[] {id, idx, e.type(), e.mode(), e.cameo(), e.goldstein(),
                date == null ? null : date.value(), date == null ? null : date.basis(),
                date == null ? null : date.expression(), period == null ? null : period[0],
                period == null ? null : period[1], place == null ? null : place.name(),
                place == null ? null : place.country(), place == null ? null : place.latitude(),
                place == null ? null : place.longitude(), e.certainty(), Json.strings(e.reportedBy()),
                quantity == null ? null : quantity.value(), quantity == null ? null : quantity.unit(),
                ev == null ? null : ev.sentence(), ev == null ? null : ev.begin(), ev == null ? null : ev.end(),
                ev == null ? null : ev.text(), ev == null ? null : ev.trigger(), ev == null ? null : ev.triggerToken(),
                e.pattern()};
    }

    private static Object[] actor(ActorMention m) {
        return new Object[] {m.sentence(), m.tokenBegin(), m.tokenEnd(), m.begin(), m.end(), m.text(), m.name(),
                m.country(), m.sector(), m.code(), m.identity(), m.rule()};
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // One multi-row INSERT per table and article: DuckDB runs one statement far faster than a batch of many.
    private static final int ROWS_PER_STATEMENT = 200;

    private static void insertAll(Connection conn, String table, String columns, List<Object[]> rows)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            int width = chunk.get(0).length;
            String tuple = "(" + "?, ".repeat(width - 1) + "?)";
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns)
                    .append(") VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(tuple);
            }
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                int p = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        bind(ps, p++, value);
                    }
                }
                ps.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement ps, int i, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.NULL);
        } else if (value instanceof String s) {
            ps.setString(i, s);
        } else if (value instanceof Integer n) {
            ps.setInt(i, n);
        } else if (value instanceof Long n) {
            ps.setLong(i, n);
        } else if (value instanceof Double d) {
            ps.setDouble(i, d);
        } else {
            ps.setObject(i, value);
        }
    }

    private static ActorMention actor(ResultSet rs, int first) throws SQLException {
        return new ActorMention(rs.getInt(first), rs.getInt(first + 1), rs.getInt(first + 2), rs.getInt(first + 3),
                rs.getInt(first + 4), rs.getString(first + 5), rs.getString(first + 6), rs.getString(first + 7),
                rs.getString(first + 8), rs.getString(first + 9), rs.getString(first + 10), rs.getString(first + 11));
    }

    private static void date(PreparedStatement ps, int i, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, value);
        }
    }

    static CodedArticle load(Connection conn, Article article, String analysedText) throws SQLException {
        String id = article.id();
        List<Sentence> sentences = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT idx, begin_offset, end_offset, text, tokens, basic, "
                + "enhanced FROM sentences WHERE article_id = ? ORDER BY idx")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sentences.add(new Sentence(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                            Json.tokens(rs.getString(5)), Json.dependencies(rs.getString(6)),
                            Json.dependencies(rs.getString(7))));
                }
            }
        }
        List<EntityMention> entities = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT sentence, token_begin, token_end, begin_offset, "
                + "end_offset, text, type FROM entities WHERE article_id = ? ORDER BY idx")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entities.add(new EntityMention(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        List<Timex> timexes = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT sentence, token_begin, token_end, begin_offset, "
                + "end_offset, text, type, value, mod FROM timexes WHERE article_id = ? ORDER BY idx")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    timexes.add(new Timex(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        List<ActorMention> actors = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + ACTOR_COLUMNS
                + " FROM actor_mentions WHERE article_id = ? ORDER BY idx")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actors.add(actor(rs, 1));
                }
            }
        }
        Map<Integer, List<List<ActorMention>>> roles = eventActors(conn, List.of(id)).getOrDefault(id, Map.of());
        List<EventMention> events = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT m.idx, " + MENTION_COLUMNS
                + " FROM event_mentions m WHERE m.article_id = ? ORDER BY m.idx")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<List<ActorMention>> r = roles.getOrDefault(rs.getInt(1), List.of(List.of(), List.of()));
                    events.add(mentionFields(rs, 2).toMention(r.get(0), r.get(1)));
                }
            }
        }
        String text = analysedText == null ? article.body() : analysedText;
        return new CodedArticle(new AnnotatedDocument(article, text, sentences, entities, timexes), actors, events);
    }

    /** Source and target actors of the event mentions of these articles: article -> mention index -> [sources, targets]. */
    static Map<String, Map<Integer, List<List<ActorMention>>>> eventActors(Connection conn, List<String> articleIds)
            throws SQLException {
        Map<String, Map<Integer, List<List<ActorMention>>>> out = new HashMap<>();
        final int chunk = 500;
        for (int from = 0; from < articleIds.size(); from += chunk) {
            List<String> ids = articleIds.subList(from, Math.min(articleIds.size(), from + chunk));
            String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement ps = conn.prepareStatement("SELECT article_id, mention_idx, role, " + ACTOR_COLUMNS
                    + " FROM event_actors WHERE article_id IN (" + in + ") ORDER BY article_id, mention_idx, role, idx")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setString(i + 1, ids.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    addRoles(rs, out);
                }
            }
        }
        return out;
    }

    /** Source and target actors of every mention of a resolved event: article -> mention index -> [sources, targets]. */
    static Map<String, Map<Integer, List<List<ActorMention>>>> eventActorsOfEvent(Connection conn, long eventId)
            throws SQLException {
        Map<String, Map<Integer, List<List<ActorMention>>>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT x.article_id, x.mention_idx, x.role, "
                + ACTOR_COLUMNS.replaceAll("(^|, )", "$1x.") + " FROM event_actors x JOIN event_mentions m ON "
                + "m.article_id = x.article_id AND m.idx = x.mention_idx WHERE m.event_id = ? "
                + "ORDER BY x.article_id, x.mention_idx, x.role, x.idx")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                addRoles(rs, out);
            }
        }
        return out;
    }

    // Rows of (article_id, mention_idx, role, ACTOR_COLUMNS...) into article -> mention index -> [sources, targets].
    private static void addRoles(ResultSet rs, Map<String, Map<Integer, List<List<ActorMention>>>> out)
            throws SQLException {
        while (rs.next()) {
            List<List<ActorMention>> roles = out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getInt(2), k -> List.of(new ArrayList<>(), new ArrayList<>()));
            roles.get("source".equals(rs.getString(3)) ? 0 : 1).add(actor(rs, 4));
        }
    }

    /** The columns of {@link #MENTION_COLUMNS} read from a row, starting at column {@code first}. */
    static MentionFields mentionFields(ResultSet rs, int first) throws SQLException {
        int c = first;
        String type = rs.getString(c++);
        String mode = rs.getString(c++);
        String cameo = rs.getString(c++);
        double goldstein = rs.getDouble(c++);
        String dateValue = rs.getString(c++);
        String dateBasis = rs.getString(c++);
        String dateExpression = rs.getString(c++);
        String placeName = rs.getString(c++);
        String placeCountry = rs.getString(c++);
        Double lat = nullableDouble(rs, c++);
        Double lon = nullableDouble(rs, c++);
        String certainty = rs.getString(c++);
        List<String> reportedBy = Json.strings(rs.getString(c++));
        long quantityValue = rs.getLong(c++);
        boolean noQuantity = rs.wasNull();
        String quantityUnit = rs.getString(c++);
        int evSentence = rs.getInt(c++);
        boolean noEvidence = rs.wasNull();
        int evBegin = rs.getInt(c++);
        int evEnd = rs.getInt(c++);
        String evText = rs.getString(c++);
        String trigger = rs.getString(c++);
        int triggerToken = rs.getInt(c++);
        String pattern = rs.getString(c);
        EventMention.EventDate date = dateValue == null && dateBasis == null && dateExpression == null ? null
                : new EventMention.EventDate(dateValue, dateBasis, dateExpression);
        EventMention.Place place = placeName == null && placeCountry == null && lat == null && lon == null ? null
                : new EventMention.Place(placeName, placeCountry, lat, lon);
        EventMention.Quantity quantity = noQuantity ? null : new EventMention.Quantity(quantityValue, quantityUnit);
        EventMention.Evidence evidence = noEvidence ? null
                : new EventMention.Evidence(evSentence, evBegin, evEnd, evText, trigger, triggerToken);
        return new MentionFields(type, mode, cameo, goldstein, date, place, certainty, reportedBy, quantity,
                evidence, pattern);
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** An event mention without its actors, which come from another table. */
    record MentionFields(String type, String mode, String cameo, double goldstein, EventMention.EventDate date,
                         EventMention.Place location, String certainty, List<String> reportedBy,
                         EventMention.Quantity quantity, EventMention.Evidence evidence, String pattern) {

        EventMention toMention(List<ActorMention> source, List<ActorMention> target) {
            return new EventMention(type, mode, cameo, goldstein, source, target, date, location, certainty,
                    reportedBy, quantity, evidence, pattern);
        }
    }
}
