package org.tidings.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.duckdb.DuckDBConnection;
import org.slf4j.LoggerFactory;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.ingest.Origin;
import org.tidings.resolve.MergeDecision;
import org.tidings.resolve.Resolver;

/**
 * The source of truth: every coded article in one DuckDB file ({@value #DATABASE_FILE}) of a data directory.
 * Each article is saved in one transaction, so a crash never leaves part of one. DuckDB allows one process to
 * write, or any number to read; a second process gets a {@link StoreLockedException}.
 * Writes (and the few reads a write depends on) are synchronized on the one writing connection; reads of articles
 * and resolved events borrow one of {@value #READERS} further connections to the same database
 * ({@link org.duckdb.DuckDBConnection#duplicate()}), so that they run side by side and never wait for a save. A
 * read sees what was committed when it began.
 */
public final class Store implements AutoCloseable {

    public static final String DATABASE_FILE = "tidings.duckdb";

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final Pattern LOCK_PID = Pattern.compile("PID (\\d+)");

    private static final String ARTICLE_COLUMNS = "id, url, outlet, title, published, body, language, authors, "
            + "origin_file, origin_place, epoch_us(ingested_at)";

    static final int READERS = 4;

    private final Path dataDir;
    private final boolean readOnly;
    private final Connection conn;
    private final int schemaVersion;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    private Store(Path dataDir, boolean readOnly, Connection conn, int schemaVersion) throws SQLException {
        this.dataDir = dataDir;
        this.readOnly = readOnly;
        this.conn = conn;
        this.schemaVersion = schemaVersion;
        try {
            for (int i = 0; i < READERS; i++) {
                Connection reader = ((DuckDBConnection) conn).duplicate();
                readers.add(reader);
                reader.setAutoCommit(false);
            }
        } catch (SQLException e) {
            readers.forEach(Store::closeQuietly);
            throw e;
        }
    }

    /**
     * Runs a read on a reader connection, waiting for one when all are busy. The read is one transaction: all its
     * queries see the same snapshot, so an event and its mentions always agree.
     */
    private <T> T read(String what, SqlFunction<T> f) {
        Connection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to " + what, e);
        }
        try {
            T result = f.apply(reader);
            reader.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                reader.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw failure(what, e);
        } finally {
            readers.add(reader);
        }
    }

    /** Opens (creating if needed) the store of a data directory for writing, bringing its schema up to date. */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Connection conn = connect(dataDir, false);
        try {
            conn.setAutoCommit(false);
            int version = Migrations.migrate(conn);
            Store store = new Store(dataDir, false, conn, version);
            store.resolvePending();
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(conn);
            throw e instanceof StoreException se ? se : new StoreException("cannot prepare store " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Opens an existing store for reading only; any number of processes may do so while none writes. */
    public static Store openReadOnly(Path dataDir) {
        if (!Files.isRegularFile(dataDir.resolve(DATABASE_FILE))) {
            throw new StoreException("no store in " + dataDir + " (no " + DATABASE_FILE + "; ingest something first)");
        }
        Connection conn = connect(dataDir, true);
        try {
            int version = Migrations.current(conn);
            int latest = Migrations.latest();
            if (version != latest) {
                throw new StoreException("the store in " + dataDir + " has schema version " + version
                        + " but this Tidings expects " + latest
                        + (version < latest ? "; open it once for writing (e.g. tidings ingest) to upgrade" : ""));
            }
            return new Store(dataDir, true, conn, version);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(conn);
            throw e instanceof StoreException se ? se : new StoreException("cannot read store " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Opens the tables of a Parquet output (a {@code tidings-spark} job's, or {@link #exportParquet}'s) as a read-only
     * store: an in-memory DuckDB whose tables are views over the files, {@code TABLE.parquet} or a folder
     * {@code TABLE/} of part files, with the store's column names and types. A table without files is empty; the
     * articles table must be there.
     */
    public static Store openParquet(Path dir) {
        if (!Files.isRegularFile(dir.resolve("articles.parquet")) && !Files.isDirectory(dir.resolve("articles"))) {
            throw new StoreException("no Parquet store in " + dir + " (no articles.parquet or articles/)");
        }
        Connection conn = inMemory();
        try {
            conn.setAutoCommit(false);
            int version = Migrations.create(conn);
            for (Map.Entry<String, List<Column>> table : schema(conn).entrySet()) {
                String files = parquetFiles(dir, table.getKey());
                if (files != null) {
                    viewOverParquet(conn, table.getKey(), table.getValue(), files);
                }
            }
            conn.commit();
            return new Store(dir, true, conn, version);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(conn);
            throw e instanceof StoreException se ? se : new StoreException("cannot read the Parquet store " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** A column of a store table, with its DuckDB type ("VARCHAR", "INTEGER", "DATE", ...). */
    public record Column(String name, String type) {
    }

    private static volatile Map<String, List<Column>> schema;

    /** Every table of the store (but the schema version) with its columns in order, as the migrations make them. */
    public static Map<String, List<Column>> schema() {
        Map<String, List<Column>> s = schema;
        if (s == null) {
            try (Connection conn = inMemory()) {
                conn.setAutoCommit(false);
                Migrations.create(conn);
                s = schema(conn);
                schema = s;
            } catch (SQLException e) {
                throw new StoreException("cannot read the store's schema: " + e.getMessage(), e);
            }
        }
        return s;
    }

    private static Map<String, List<Column>> schema(Connection conn) throws SQLException {
        Map<String, List<Column>> out = new LinkedHashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name, column_name, "
                + "data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name <> "
                + "'schema_version' ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Column(rs.getString(2),
                        rs.getString(3)));
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The files of one table in a Parquet output, as a read_parquet argument; null when there are none. */
    private static String parquetFiles(Path dir, String table) {
        Path file = dir.resolve(table + ".parquet");
        if (Files.isRegularFile(file)) {
            return file.toAbsolutePath().toString();
        }
        Path folder = dir.resolve(table);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            if (files.noneMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
                return null;
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return folder.toAbsolutePath().resolve("*.parquet").toString();
    }

    // The view casts every column to the store's type, so a reader sees the same table whoever wrote the files.
    private static void viewOverParquet(Connection conn, String table, List<Column> columns, String files)
            throws SQLException {
        String source = "read_parquet('" + files.replace("'", "''") + "')";
        Set<String> present = new HashSet<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        List<String> missing = columns.stream().map(Column::name).filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new StoreException("the Parquet table " + table + " (" + files + ") lacks the columns " + missing);
        }
        StringBuilder select = new StringBuilder();
        for (Column c : columns) {
            select.append(select.length() == 0 ? "" : ", ").append("CAST(\"").append(c.name()).append("\" AS ")
                    .append(c.type()).append(") AS \"").append(c.name()).append('"');
        }
        try (Statement st = conn.createStatement()) {
            st.execute("DROP TABLE " + table);
            st.execute("CREATE VIEW " + table + " AS SELECT " + select + " FROM " + source);
        }
    }

    private static Connection inMemory() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new StoreException("cannot open an in-memory database: " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new StoreException("the DuckDB JDBC driver is missing from the class path", e);
        }
    }

    private static Connection connect(Path dataDir, boolean readOnly) {
        Path file = dataDir.resolve(DATABASE_FILE);
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock")) {
                Matcher pid = LOCK_PID.matcher(message);
                throw new StoreLockedException("store locked by another process"
                        + (pid.find() ? " (PID " + pid.group(1) + ")" : "") + ": " + file
                        + "; wait for it to finish (DuckDB allows one writer, or readers only)", e);
            }
            throw new StoreException("cannot open store " + file + ": " + message, e);
        } catch (ClassNotFoundException e) {
            throw new StoreException("the DuckDB JDBC driver is missing from the class path", e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** The tables of watched feeds: feed state, items taken, alert deliveries, registered watches. */
    public WatchStore watches() {
        return new WatchStore(this);
    }

    /** Whether an article with this id is stored. */
    public synchronized boolean contains(String articleId) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("look up article " + articleId, e);
        }
    }

    /**
     * Saves a coded article and everything found in it, in one transaction: all of it or, on failure, none.
     *
     * @return true when saved, false when an article with the same id was already stored (nothing is changed:
     *         ids are content hashes, so the text is the same)
     */
    public synchronized boolean save(CodedArticle coded) {
        if (readOnly) {
            throw new StoreException("store " + dataDir + " is open read-only");
        }
        String id = coded.document().article().id();
        try {
            if (contains(id)) {
                LOG.debug("article {} already stored; skipped", id);
                return false;
            }
            Rows.insert(conn, coded);
            Resolution resolution = new Resolution(conn, Resolver.defaults());
            resolution.article(coded.document().article(), coded.document().article().body(), coded.events());
            conn.commit();
            eventsChanged(resolution.changed());
            return true;
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw failure("save article " + id + " (" + coded.document().article().origin() + ")", e);
        }
    }

    /** The article with everything found in it, as saved. */
    public Optional<CodedArticle> load(String id) {
        return read("load article " + id, c -> {
            Optional<Article> article = article(c, id);
            if (article.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Rows.load(c, article.get(), analysedText(c, id)));
        });
    }

    private static String analysedText(Connection conn, String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT analysed_text FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The article alone, without its analysis. */
    public Optional<Article> article(String id) {
        return read("read article " + id, c -> article(c, id));
    }

    private static Optional<Article> article(Connection conn, String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(article(rs)) : Optional.empty();
            }
        }
    }

    /** Articles matching the query, newest first (undated last), then by id. */
    public List<Article> articles(ArticleQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.outlet() != null) {
            sql.append(" AND lower(outlet) = lower(?)");
            args.add(q.outlet());
        }
        if (q.from() != null) {
            sql.append(" AND published_day >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND published_day <= ?");
            args.add(q.to());
        }
        if (q.title() != null && !q.title().isBlank()) {
            sql.append(" AND contains(lower(title), lower(?))");
            args.add(q.title().strip());
        }
        if (q.idPrefix() != null) {
            sql.append(" AND starts_with(id, ?)");
            args.add(q.idPrefix());
        }
        sql.append(" ORDER BY published_day DESC NULLS LAST, published DESC NULLS LAST, id");
        if (q.limit() > 0) {
            sql.append(" LIMIT ").append(q.limit());
        }
        if (q.offset() > 0) {
            sql.append(" OFFSET ").append(q.offset());
        }
        return read("list articles", c -> {
            List<Article> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(article(rs));
                }
            }
            return out;
        });
    }

    /** Every stored article, in id order, one at a time (for rebuilding an index). */
    public synchronized void forEachArticle(Consumer<Article> action) {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY id")) {
            while (rs.next()) {
                action.accept(article(rs));
            }
        } catch (SQLException e) {
            throw failure("read articles", e);
        }
    }

    /** The number of stored articles. */
    public synchronized long articleCount() {
        try {
            return count("articles");
        } catch (SQLException e) {
            throw failure("count articles", e);
        }
    }

    /** The ids of all stored articles. */
    public synchronized Set<String> articleIds() {
        Set<String> ids = new HashSet<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure("read article ids", e);
        }
        return ids;
    }

    /** The texts of an article's sentences, in order (empty when unknown). */
    public synchronized List<String> sentences(String articleId) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT text FROM sentences WHERE article_id = ? ORDER BY idx")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("read sentences of " + articleId, e);
        }
        return out;
    }

    /** Counts of what the store holds. */
    public synchronized StoreStats stats() {
        try {
            return new StoreStats(schemaVersion, count("articles"), count("sentences"), count("entities"),
                    count("timexes"), count("actor_mentions"), count("event_mentions"),
                    counts("SELECT coalesce(outlet, '(unknown)'), count(*) AS n FROM articles GROUP BY 1"),
                    counts("SELECT type, count(*) AS n FROM event_mentions GROUP BY 1"),
                    counts("SELECT coalesce(certainty, '(unknown)'), count(*) AS n FROM event_mentions GROUP BY 1"),
                    day("SELECT min(published_day) FROM articles"), day("SELECT max(published_day) FROM articles"));
        } catch (SQLException e) {
            throw failure("count the store", e);
        }
    }

    private long count(String table) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql + " ORDER BY n DESC, 1")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private LocalDate day(String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT CAST((" + sql + ") AS VARCHAR)")) {
            rs.next();
            String value = rs.getString(1);
            return value == null ? null : LocalDate.parse(value);
        }
    }

    /** Event mentions matching the query, by event date (newest first), then article and position. */
    public synchronized List<StoredMention> eventMentions(EventQuery q) {
        StringBuilder sql = new StringBuilder("SELECT m.article_id, m.idx, a.url, a.outlet, a.published, "
                + Rows.MENTION_COLUMNS + " FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = m.article_id"
                    + " AND x.mention_idx = m.idx AND (starts_with(upper(x.code), upper(?))"
                    + " OR contains(lower(x.name), lower(?)) OR contains(lower(x.text), lower(?))))");
            args.add(q.actor().strip());
            args.add(q.actor().strip());
            args.add(q.actor().strip());
        }
        if (q.country() != null && !q.country().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = m.article_id"
                    + " AND x.mention_idx = m.idx AND upper(x.country) = upper(?))");
            args.add(q.country().strip());
        }
        in(sql, args, "upper(m.type)", q.types().stream().map(String::toUpperCase).toList());
        in(sql, args, "lower(m.certainty)", q.certainties().stream().map(String::toLowerCase).toList());
        if (q.from() != null) {
            sql.append(" AND m.date_last_day >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND m.date_first_day <= ?");
            args.add(q.to());
        }
        sql.append(" ORDER BY m.date_first_day DESC NULLS LAST, a.published_day DESC NULLS LAST, m.article_id, m.idx");
        if (q.limit() > 0) {
            sql.append(" LIMIT ").append(q.limit());
        }
        try (PreparedStatement ps = prepare(sql.toString(), args); ResultSet rs = ps.executeQuery()) {
            List<StoredMention> out = new ArrayList<>();
            Set<String> articleIds = new LinkedHashSet<>();
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                String articleId = rs.getString(1);
                int idx = rs.getInt(2);
                rows.add(new Object[] {articleId, idx, rs.getString(3), rs.getString(4), rs.getString(5),
                        Rows.mentionFields(rs, 6)});
                articleIds.add(articleId);
            }
            // The actors of all these articles in one query per 500, not one per article.
            Map<String, Map<Integer, List<List<ActorMention>>>> actors = Rows.eventActors(conn, List.copyOf(articleIds));
            for (Object[] row : rows) {
                String articleId = (String) row[0];
                int idx = (Integer) row[1];
                List<List<ActorMention>> roles = actors.getOrDefault(articleId, Map.of())
                        .getOrDefault(idx, List.of(List.of(), List.of()));
                EventMention mention = ((Rows.MentionFields) row[5]).toMention(roles.get(0), roles.get(1));
                out.add(new StoredMention(articleId + "-" + idx, articleId, (String) row[2], (String) row[3],
                        (String) row[4], mention));
            }
            return out;
        } catch (SQLException e) {
            throw failure("list event mentions", e);
        }
    }

    private static void in(StringBuilder sql, List<Object> args, String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            args.add(values.get(i));
        }
        sql.append(')');
    }

    private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
        return prepare(conn, sql, args);
    }

    private static PreparedStatement prepare(Connection conn, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        try {
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (arg instanceof LocalDate d) {
                    ps.setObject(i + 1, d);
                } else {
                    ps.setString(i + 1, (String) arg);
                }
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private static Article article(ResultSet rs) throws SQLException {
        long micros = rs.getLong(11);
        Instant ingested = rs.wasNull() ? null : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L);
        String file = rs.getString(9);
        String place = rs.getString(10);
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Json.strings(rs.getString(8)),
                file == null && place == null ? null : new Origin(file, place), ingested);
    }

    private StoreException failure(String what, Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        return new StoreException("cannot " + what + " in store " + dataDir + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        readers.forEach(Store::closeQuietly);
        readers.clear();
        try {
            if (!conn.isClosed()) {
                if (!readOnly) {
                    conn.commit();
                }
                conn.close();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection conn) {
        try {
            conn.close();
        } catch (SQLException e) {
            LOG.debug("closing a failed connection", e);
        }
    }

    // ---- resolved events (issue 7) ----

    /**
     * Resolves the articles saved before event resolution existed (or before a rebuild), one at a time, each in
     * its own transaction. The result is the same as if they had been resolved when saved.
     */
    private synchronized void resolvePending() {
        List<String> pending = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles "
                + "WHERE id NOT IN (SELECT article_id FROM article_fingerprints) ORDER BY id")) {
            while (rs.next()) {
                pending.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure("find unresolved articles", e);
        }
        if (!pending.isEmpty()) {
            LOG.info("resolving events of {} stored articles", pending.size());
        }
        for (String id : pending) {
            resolveArticle(id);
        }
    }

    private void resolveArticle(String id) {
        try {
            Article a = article(id).orElseThrow();
            List<EventMention> mentions = Rows.load(conn, a, null).events();
            Resolution resolution = new Resolution(conn, Resolver.defaults());
            resolution.article(a, a.body(), mentions);
            conn.commit();
            eventsChanged(resolution.changed());
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw failure("resolve the events of article " + id, e);
        }
    }

    /** Drops all resolved events and near-duplicate links and resolves every article again. */
    public synchronized void resolveAll() {
        if (readOnly) {
            throw new StoreException("store " + dataDir + " is open read-only");
        }
        try {
            Resolution.clear(conn);
            conn.commit();
            eventsChanged(null);
        } catch (SQLException e) {
            throw failure("clear resolved events", e);
        }
        resolvePending();
    }

    // Which resolved events each commit changed, oldest first, so that a reader holding events in memory (the
    // server's listings) reads again only those. Bounded: a reader further behind reads everything again.
    private static final int CHANGE_LOG = 1024;
    private final Object changeLock = new Object();
    private final ArrayDeque<Set<Long>> changeLog = new ArrayDeque<>();
    private volatile long eventsVersion;

    /** The resolved events changed by the commits after a version, and the version that brings a reader to. */
    public record EventChanges(long version, Set<Long> ids) {
        public EventChanges {
            ids = Set.copyOf(ids);
        }
    }

    /**
     * How many commits have changed resolved events since this store was opened. It moves after the commit, so a
     * read that starts after seeing a version sees at least what that version committed.
     */
    public long eventsVersion() {
        return eventsVersion;
    }

    /**
     * The ids of the resolved events written or deleted (merged away) by the commits after {@code version}; empty
     * when the store no longer knows (then read them all again).
     */
    public Optional<EventChanges> eventChangesSince(long version) {
        synchronized (changeLock) {
            long oldest = eventsVersion - changeLog.size(); // the log holds the versions after this one
            if (version < oldest || version > eventsVersion) {
                return Optional.empty();
            }
            Set<Long> ids = new HashSet<>();
            long v = oldest;
            for (Set<Long> commit : changeLog) {
                if (++v > version) {
                    ids.addAll(commit);
                }
            }
            return Optional.of(new EventChanges(eventsVersion, ids));
        }
    }

    // After a commit: these events changed (null: all of them).
    private void eventsChanged(Set<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return;
        }
        synchronized (changeLock) {
            if (ids == null) {
                changeLog.clear();
            } else {
                changeLog.addLast(Set.copyOf(ids));
                if (changeLog.size() > CHANGE_LOG) {
                    changeLog.removeFirst();
                }
            }
            eventsVersion++;
        }
    }

    /** The number of resolved events. */
    public synchronized long eventCount() {
        try {
            return count("events");
        } catch (SQLException e) {
            throw failure("count events", e);
        }
    }

    /**
     * Resolved events matching the query (actor and country over any of their mentions), by event date (newest
     * first), then by number of reports, then id; each with all its mentions.
     */
    public List<StoredEvent> events(EventQuery q) {
        StringBuilder sql = new StringBuilder("SELECT e.id FROM events e WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_mentions m JOIN event_actors x ON x.article_id = m.article_id"
                    + " AND x.mention_idx = m.idx WHERE m.event_id = e.id AND (starts_with(upper(x.code), upper(?))"
                    + " OR contains(lower(x.name), lower(?)) OR contains(lower(x.text), lower(?))))");
            args.add(q.actor().strip());
            args.add(q.actor().strip());
            args.add(q.actor().strip());
        }
        if (q.country() != null && !q.country().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_mentions m JOIN event_actors x ON x.article_id = m.article_id"
                    + " AND x.mention_idx = m.idx WHERE m.event_id = e.id AND upper(x.country) = upper(?))");
            args.add(q.country().strip());
        }
        in(sql, args, "upper(e.type)", q.types().stream().map(String::toUpperCase).toList());
        in(sql, args, "lower(e.certainty)", q.certainties().stream().map(String::toLowerCase).toList());
        if (q.from() != null) {
            sql.append(" AND e.date_last_day >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND e.date_first_day <= ?");
            args.add(q.to());
        }
        sql.append(" ORDER BY e.date_first_day DESC NULLS LAST, e.reports DESC, e.id");
        if (q.limit() > 0) {
            sql.append(" LIMIT ").append(q.limit());
        }
        return read("list events", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            List<StoredEvent> out = new ArrayList<>();
            for (long id : ids) {
                event(c, id).ifPresent(out::add);
            }
            return out;
        });
    }

    /** One resolved event with all its mentions. */
    public Optional<StoredEvent> event(long id) {
        return read("read event " + id, c -> event(c, id));
    }

    private static Optional<StoredEvent> event(Connection conn, long id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT e.id, e.rep_article, e.rep_idx, e.type, e.mode, "
                + "e.cameo, e.goldstein, e.date_value, e.date_basis, e.date_expression, e.location_name, "
                + "e.location_country, e.latitude, e.longitude, e.certainty, e.corroboration, e.reports, e.articles, "
                + "e.independent_reports, e.outlets, e.all_outlets, e.first_report, e.last_report, e.date_evidence, "
                + "e.place_evidence FROM events e WHERE e.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String repArticle = rs.getString(2);
                int repIdx = rs.getInt(3);
                List<StoredMention> mentions = mentionsOfEvent(conn, id);
                EventMention rep = mentions.stream().filter(m -> m.articleId().equals(repArticle)
                        && m.id().equals(repArticle + "-" + repIdx)).map(StoredMention::mention).findFirst()
                        .orElseThrow(() -> new StoreException("event " + id + " lost its mention " + repArticle
                                + "-" + repIdx));
                EventMention.EventDate date = rs.getString(8) == null ? null
                        : new EventMention.EventDate(rs.getString(8), rs.getString(9), rs.getString(10));
                Double lat = rs.getObject(13) == null ? null : rs.getDouble(13);
                Double lon = rs.getObject(14) == null ? null : rs.getDouble(14);
                EventMention.Place place = rs.getString(11) == null ? null
                        : new EventMention.Place(rs.getString(11), rs.getString(12), lat, lon);
                EventMention event = new EventMention(rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getDouble(7), rep.source(), rep.target(), date, place, rs.getString(15),
                        rep.reportedBy(), rep.quantity(), rep.evidence(), rep.pattern());
                return Optional.of(new StoredEvent(id, event, repArticle + "-" + repIdx, rs.getInt(17),
                        rs.getInt(18), rs.getInt(19), Json.strings(rs.getString(20)), Json.strings(rs.getString(21)),
                        rs.getString(22), rs.getString(23), rs.getString(16), Json.strings(rs.getString(24)),
                        Json.strings(rs.getString(25)), mentions));
            }
        }
    }

    private static List<StoredMention> mentionsOfEvent(Connection conn, long id) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        Map<String, Map<Integer, List<List<ActorMention>>>> actors = Rows.eventActorsOfEvent(conn, id);
        try (PreparedStatement ps = conn.prepareStatement("SELECT m.article_id, m.idx, a.url, a.outlet, a.published, "
                + Rows.MENTION_COLUMNS + " FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                + "WHERE m.event_id = ? ORDER BY a.published NULLS LAST, m.article_id, m.idx")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Rows.mentionFields(rs, 6)});
                }
            }
        }
        List<StoredMention> out = new ArrayList<>();
        for (Object[] row : rows) {
            String articleId = (String) row[0];
            int idx = (Integer) row[1];
            List<List<ActorMention>> roles = actors.getOrDefault(articleId, Map.of())
                    .getOrDefault(idx, List.of(List.of(), List.of()));
            out.add(new StoredMention(articleId + "-" + idx, articleId, (String) row[2], (String) row[3],
                    (String) row[4], ((Rows.MentionFields) row[5]).toMention(roles.get(0), roles.get(1))));
        }
        return out;
    }

    /**
     * The pairwise decisions about an event's mentions: every link that holds it together, and every rejected
     * comparison between one of its mentions and another, best score first.
     */
    public List<MergeDecision> decisions(long eventId) {
        return read("read the decisions of event " + eventId, c -> {
            List<MergeDecision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.article_a, l.idx_a, l.article_b, l.idx_b, l.merged, "
                    + "l.score, l.reasons FROM event_links l WHERE EXISTS (SELECT 1 FROM event_mentions m WHERE "
                    + "m.event_id = ? AND ((m.article_id = l.article_a AND m.idx = l.idx_a) OR (m.article_id = l.article_b "
                    + "AND m.idx = l.idx_b))) ORDER BY l.merged DESC, l.score DESC, l.article_a, l.idx_a, l.article_b, "
                    + "l.idx_b")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MergeDecision(rs.getString(1) + "-" + rs.getInt(2), rs.getString(3) + "-" + rs.getInt(4),
                                rs.getBoolean(5), rs.getDouble(6), Json.strings(rs.getString(7))));
                    }
                }
            }
            return out;
        });
    }

    /** The event a mention belongs to ("articleid-3"), if resolved. */
    public Optional<Long> eventOf(String mentionId) {
        int cut = mentionId.lastIndexOf('-');
        if (cut <= 0) {
            return Optional.empty();
        }
        int idx;
        try {
            idx = Integer.parseInt(mentionId.substring(cut + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return read("find the event of mention " + mentionId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT event_id FROM event_mentions WHERE article_id = ? AND idx = ?")) {
                ps.setString(1, mentionId.substring(0, cut));
                ps.setInt(2, idx);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long id = rs.getLong(1);
                        return rs.wasNull() ? Optional.<Long>empty() : Optional.of(id);
                    }
                    return Optional.<Long>empty();
                }
            }
        });
    }

    /** Every near-duplicate pair of stored articles, by copy then original. */
    public synchronized List<ArticleDuplicate> duplicates() {
        List<ArticleDuplicate> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT article_id, duplicate_of, "
                + "jaccard, containment FROM article_duplicates ORDER BY article_id, duplicate_of")) {
            while (rs.next()) {
                out.add(new ArticleDuplicate(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
            }
        } catch (SQLException e) {
            throw failure("read near-duplicate articles", e);
        }
        return out;
    }

    /** What {@link #export} writes: one row per resolved event, per event mention, or per article. */
    public enum Table { EVENTS, MENTIONS, ARTICLES }

    private static final Map<Table, String> EXPORTS = Map.of(
            Table.EVENTS, "SELECT id, type, mode, cameo, goldstein, date_value, date_basis, date_expression, "
                    + "date_first_day, date_last_day, location_name, location_country, latitude, longitude, certainty, "
                    + "corroboration, reports, articles, independent_reports, outlets, all_outlets, first_report, "
                    + "last_report, rep_article || '-' || rep_idx AS representative, "
                    + "(SELECT string_agg(coalesce(x.code, x.country, x.text), ';' ORDER BY x.idx) FROM event_actors x "
                    + "WHERE x.article_id = e.rep_article AND x.mention_idx = e.rep_idx AND x.role = 'source') AS source, "
                    + "(SELECT string_agg(coalesce(x.code, x.country, x.text), ';' ORDER BY x.idx) FROM event_actors x "
                    + "WHERE x.article_id = e.rep_article AND x.mention_idx = e.rep_idx AND x.role = 'target') AS target, "
                    + "date_evidence, place_evidence FROM events e ORDER BY date_first_day NULLS LAST, id",
            Table.MENTIONS, "SELECT m.event_id, m.article_id || '-' || m.idx AS mention, m.article_id, a.outlet, a.url, "
                    + "a.published, m.type, m.mode, m.cameo, m.goldstein, "
                    + "(SELECT string_agg(coalesce(x.code, x.country, x.text), ';' ORDER BY x.idx) FROM event_actors x "
                    + "WHERE x.article_id = m.article_id AND x.mention_idx = m.idx AND x.role = 'source') AS source, "
                    + "(SELECT string_agg(coalesce(x.code, x.country, x.text), ';' ORDER BY x.idx) FROM event_actors x "
                    + "WHERE x.article_id = m.article_id AND x.mention_idx = m.idx AND x.role = 'target') AS target, "
                    + "m.date_value, m.date_basis, m.date_expression, m.location_name, m.location_country, m.latitude, "
                    + "m.longitude, m.certainty, m.reported_by, m.quantity_value, m.quantity_unit, m.evidence_sentence, "
                    + "m.evidence_begin, m.evidence_end, m.evidence_text, m.trigger, m.pattern "
                    + "FROM event_mentions m JOIN articles a ON a.id = m.article_id ORDER BY m.event_id, a.published, "
                    + "m.article_id, m.idx",
            Table.ARTICLES, "SELECT a.id, a.url, a.outlet, a.title, a.published, a.language, a.authors, "
                    + "(SELECT min(d.duplicate_of) FROM article_duplicates d WHERE d.article_id = a.id) AS duplicate_of, "
                    + "(SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id) AS mentions, "
                    + "length(a.body) AS characters, a.origin_file, a.origin_place FROM articles a "
                    + "ORDER BY a.published NULLS LAST, a.id");

    /**
     * Writes one table with DuckDB's {@code COPY ... TO}: {@code format} is "csv" (with a header), "json" (one
     * object a line) or "parquet".
     */
    public synchronized void export(Table table, java.nio.file.Path file, String format) {
        String options = switch (format) {
            case "csv" -> "FORMAT CSV, HEADER";
            case "json" -> "FORMAT JSON";
            case "parquet" -> "FORMAT PARQUET";
            default -> throw new IllegalArgumentException("cannot export as " + format + " (csv, json or parquet)");
        };
        try (Statement st = conn.createStatement()) {
            st.execute("COPY (" + EXPORTS.get(table) + ") TO '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' (" + options + ")");
        } catch (SQLException e) {
            throw failure("write " + file, e);
        }
    }

    /**
     * Writes every table of the store as {@code dir/TABLE.parquet}, the layout {@link #openParquet} reads (and
     * {@code tidings-spark} writes as folders of part files).
     */
    public synchronized void exportParquet(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        for (String table : schema().keySet()) {
            Path file = dir.resolve(table + ".parquet");
            try (Statement st = conn.createStatement()) {
                st.execute("COPY (SELECT * FROM " + table + ") TO '" + file.toAbsolutePath().toString().replace("'", "''")
                        + "' (FORMAT PARQUET)");
            } catch (SQLException e) {
                throw failure("write " + file, e);
            }
        }
    }

    /** A further connection to this store's database, for readers in the same process; the caller closes it. */
    public synchronized Connection duplicateConnection() {
        try {
            return ((org.duckdb.DuckDBConnection) conn).duplicate();
        } catch (SQLException e) {
            throw failure("open another connection", e);
        }
    }

    // Only for tests and tools that inspect the schema.
    synchronized <T> T withConnection(SqlFunction<T> f) throws SQLException {
        return f.apply(conn);
    }

    interface SqlFunction<T> {
        T apply(Connection conn) throws SQLException;
    }
}
