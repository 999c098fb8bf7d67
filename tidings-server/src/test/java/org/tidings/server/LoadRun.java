package org.tidings.server;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.resolve.Fingerprint;
import org.tidings.store.Store;

/**
 * A bounded load run (not a unit test): fills a fresh store with synthetic events, starts a server on a
 * loopback port and reads it with varied requests until a request count or a time limit is reached: /events and
 * /series from one client, then from {@code threads} clients, then every endpoint from {@code threads} clients;
 * prints p50/p99 latencies per kind of request, the process's CPU per request and the machine's load. Traffic goes
 * to 127.0.0.1 only.
 *
 * <pre>java -cp ... org.tidings.server.LoadRun [events=100000] [requests=3000] [seconds=90] [threads=4]
 * <p>The store gets {@code events} resolved events told by {@code events * 5 / 4} mentions: every fourth event has a
 * second report in another article.</pre>
 */
public final class LoadRun {

    private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "KOR", "PRK", "UKR", "GBR", "FRA", "DEU", "IND",
        "PAK", "IRN", "ISR", "TUR", "JPN", "BRA", "ZAF", "NGA", "EGY", "SAU"};
    private static final String[][] TYPES = {{"ACCUSE", "112", "-2"}, {"CONSULT", "040", "1"}, {"THREATEN", "130", "-4.4"},
        {"AID", "070", "7"}, {"ASSAULT", "190", "-10"}, {"REQUEST", "020", "-0.1"}, {"SANCTION", "163", "-8"},
        {"COOPERATE", "050", "3.5"}};
    private static final Pattern CURSOR = Pattern.compile("\"next_cursor\":\"([^\"]+)\"");

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int maxRequests = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 90;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        Path dir = Files.createTempDirectory("tidings-load");
        long t0 = System.nanoTime();
        schema(dir, FILLED_SCHEMA);
        fill(dir, events);
        System.out.printf(Locale.ROOT, "filled %d events in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        try (TidingsServer server = TidingsServer.start(ServerOptions.local(dir, 0))) {
            System.out.printf(Locale.ROOT, "server up in %.1f s (schema migrated from version %d, search index built)%n",
                    (System.nanoTime() - t0) / 1e9, FILLED_SCHEMA);
            run("http://127.0.0.1:" + server.port(), events, maxRequests, seconds, threads);
        }
    }

    // The fill writes the tables of schema version 2 (resolved events, issue 7); the server's store migrates the rest,
    // as it would an existing data directory.
    static final int FILLED_SCHEMA = 2;

    /** The store's schema up to a version, from its own migration scripts. */
    static void schema(Path dir, int version) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DATABASE_FILE).toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                    + "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
            for (int n = 1; n <= version; n++) {
                String name = String.format(Locale.ROOT, "/org/tidings/store/migrations/%03d.sql", n);
                StringBuilder statement = new StringBuilder();
                try (var in = Store.class.getResourceAsStream(name)) {
                    for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                        int comment = line.indexOf("--");
                        String code = (comment >= 0 ? line.substring(0, comment) : line).strip();
                        statement.append(code).append('\n');
                        if (code.endsWith(";")) {
                            st.execute(statement.toString().strip().replaceAll(";$", ""));
                            statement.setLength(0);
                        }
                    }
                }
                st.execute("INSERT INTO schema_version (version) VALUES (" + n + ")");
            }
        }
    }

    static void fill(Path dir, int events) throws Exception {
        int articles = Math.max(1, events / 10);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DATABASE_FILE).toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO articles (id, url, outlet, title, published, published_day, body, language, authors, "
                    + "ingested_at) SELECT 'a' || i, 'https://load.invalid/' || i, 'Outlet ' || (i % 20), "
                    + "'Load article ' || i, CAST(DATE '2020-01-01' + CAST(i % 1800 AS INTEGER) AS VARCHAR), "
                    + "DATE '2020-01-01' + CAST(i % 1800 AS INTEGER), 'Body ' || i, 'en', '[]', now() "
                    + "FROM range(" + articles + ") t(i)");
            StringBuilder types = new StringBuilder("[");
            StringBuilder cameos = new StringBuilder("[");
            StringBuilder scores = new StringBuilder("[");
            for (String[] t : TYPES) {
                types.append('\'').append(t[0]).append("',");
                cameos.append('\'').append(t[1]).append("',");
                scores.append(t[2]).append(',');
            }
            String n = String.valueOf(TYPES.length);
            // Every event told once; every fourth told again by another article (a second report).
            int base = (events + articles - 1) / articles;
            String mention = ", " + types + "][1 + i % " + n + "], " + cameos + "][1 + i % " + n + "], " + scores
                    + "][1 + i % " + n + "], CAST(DATE '2020-01-01' + CAST(i % 1800 AS INTEGER) AS VARCHAR), "
                    + "'text', DATE '2020-01-01' + CAST(i % 1800 AS INTEGER), DATE '2020-01-01' + CAST(i % 1800 AS INTEGER), "
                    + "'asserted', '[]', 0, 0, 30, 'Someone said something ' || i, 'said', 1, i + 1";
            String columns = "INSERT INTO event_mentions (article_id, idx, type, cameo, goldstein, date_value, date_basis, "
                    + "date_first_day, date_last_day, certainty, reported_by, evidence_sentence, evidence_begin, "
                    + "evidence_end, evidence_text, trigger, trigger_token, event_id) ";
            st.execute(columns + "SELECT 'a' || (i % " + articles + "), CAST(i // " + articles + " AS INTEGER)"
                    + mention + " FROM range(" + events + ") t(i)");
            st.execute(columns + "SELECT 'a' || (j % " + articles + "), CAST(" + base + " + j // " + articles
                    + " AS INTEGER)" + mention + " FROM (SELECT j, 4 * j AS i FROM range(" + ((events + 3) / 4)
                    + ") t(j))");
            // The resolved events, as the store would summarise them: the first report tells the fields.
            st.execute("INSERT INTO events (id, type, mode, cameo, goldstein, date_value, date_basis, date_expression, "
                    + "date_first_day, date_last_day, certainty, corroboration, reports, articles, independent_reports, "
                    + "outlets, all_outlets, first_report, last_report, rep_article, rep_idx, date_evidence, "
                    + "place_evidence) SELECT r.event_id, r.type, r.mode, r.cameo, r.goldstein, r.date_value, "
                    + "r.date_basis, r.date_expression, r.date_first_day, r.date_last_day, r.certainty, "
                    + "CASE WHEN g.n > 1 THEN 'confirmed' ELSE 'single-source' END, g.n, g.n, g.n, g.outlets, g.outlets, "
                    + "g.first, g.last, r.article_id, r.idx, '[]', '[]' FROM event_mentions r JOIN (SELECT m.event_id, "
                    + "count(*) AS n, CAST(to_json(list(DISTINCT a.outlet ORDER BY a.outlet)) AS VARCHAR) AS outlets, "
                    + "min(a.published) AS first, max(a.published) AS last FROM event_mentions m JOIN articles a "
                    + "ON a.id = m.article_id GROUP BY 1) g ON g.event_id = r.event_id WHERE r.idx < " + base);
            StringBuilder countries = new StringBuilder("[");
            for (String c0 : COUNTRIES) {
                countries.append('\'').append(c0).append("',");
            }
            countries.append(']');
            for (String role : new String[] {"source", "target"}) {
                String pick = role.equals("source") ? "1 + i % 20" : "1 + (i * 7 + 3) % 20";
                st.execute("INSERT INTO event_actors (article_id, mention_idx, role, idx, sentence, token_begin, "
                        + "token_end, begin_offset, end_offset, text, name, country, sector, code) SELECT article_id, "
                        + "mention_idx, '" + role + "', 0, 0, 0, 1, 0, 5, "
                        + countries + "[" + pick + "], " + countries + "[" + pick + "], " + countries + "[" + pick
                        + "], 'GOV', " + countries + "[" + pick + "] || 'GOV' FROM (SELECT article_id, idx AS mention_idx, "
                        + "event_id - 1 AS i FROM event_mentions)");
            }
            st.execute("INSERT INTO actor_mentions (article_id, idx, sentence, token_begin, token_end, begin_offset, "
                    + "end_offset, text, name, country, sector, code) SELECT article_id, mention_idx * 2 + "
                    + "CASE role WHEN 'source' THEN 0 ELSE 1 END, 0, 0, 1, 0, 5, text, name, country, sector, code "
                    + "FROM event_actors");
        }
        // Articles with a fingerprint count as resolved: opening the store then has nothing left to resolve.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DATABASE_FILE).toAbsolutePath());
             java.sql.PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO article_fingerprints (article_id, shingles, minhash) VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < articles; i++) {
                Fingerprint fp = Fingerprint.of("Body " + i);
                ps.setString(1, "a" + i);
                ps.setInt(2, fp.shingles());
                ps.setString(3, fp.encode());
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static void run(String base, int events, int maxRequests, int seconds, int threads) throws Exception {
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // warm up (JIT, the server's events in memory, every client's connection), not counted
        phase(base, events, "warm-up", 300, 30, threads, false, true);
        phase(base, events, "1 client, /events and /series", Math.max(1, maxRequests / 6), seconds / 3, 1, false, false);
        phase(base, events, threads + " clients, /events and /series", maxRequests, seconds, threads, false, false);
        phase(base, events, threads + " clients, every endpoint", maxRequests, seconds, threads, true, false);
    }

    /**
     * One bounded run: clients each send requests one after another until the request count or the time is up.
     * Requests are varied as users' are: actors, types, date ranges, quads, page sizes, intervals, following the
     * cursors of what they listed. CPU is the whole process's (server and clients) per request.
     */
    static void phase(String base, int events, String name, int maxRequests, int seconds, int clients,
                              boolean everyEndpoint, boolean quiet) throws Exception {
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(seconds);
        SLOW.set(0);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int t = 0; t < clients; t++) {
            pool.submit(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                String listing = null; // the last filtered listing of this client and its next cursor
                String cursor = null;
                while (sent.incrementAndGet() <= maxRequests && System.nanoTime() < deadline) {
                    int pick = r.nextInt(everyEndpoint ? 8 : 4);
                    String kind;
                    String path;
                    switch (pick) {
                        case 0 -> {
                            kind = "events first page";
                            path = "/api/events?limit=" + pageSize(r);
                        }
                        case 1 -> {
                            kind = "events filtered";
                            listing = "/api/events?limit=" + pageSize(r) + filter(r);
                            path = listing;
                        }
                        case 2 -> {
                            kind = "events next page";
                            if (cursor == null) {
                                listing = "/api/events?limit=" + pageSize(r) + filter(r);
                            }
                            path = cursor == null ? listing : listing + "&cursor=" + cursor;
                        }
                        case 3 -> {
                            kind = "series";
                            path = series(r);
                        }
                        case 4 -> {
                            kind = "event detail";
                            path = "/api/events/a" + r.nextInt(Math.max(1, events / 10)) + "-" + r.nextInt(10);
                        }
                        case 5 -> {
                            kind = "network";
                            path = "/api/network?level=" + (r.nextBoolean() ? "country" : "actor") + dates(r);
                        }
                        case 6 -> {
                            kind = "actor";
                            path = "/api/actors/" + COUNTRIES[r.nextInt(COUNTRIES.length)] + "?interval="
                                    + INTERVALS[r.nextInt(INTERVALS.length)];
                        }
                        default -> {
                            kind = "facets";
                            path = "/api/facets?" + filter(r).substring(1);
                        }
                    }
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - s) / 1000;
                        done.incrementAndGet();
                        if (res.statusCode() != 200) {
                            failed.incrementAndGet();
                            if (failed.get() < 5) {
                                System.out.println("failed " + res.statusCode() + " " + path + ": " + res.body());
                            }
                        }
                        if (micros > 800_000 && SLOW.incrementAndGet() < 8) {
                            System.out.printf(Locale.ROOT, "slow: %.0f ms, sent at %.2f s: %s%n", micros / 1000.0, (s - t0) / 1e9, path);
                        }
                        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
                        if (pick == 1 || pick == 2) {
                            Matcher m = CURSOR.matcher(res.body());
                            cursor = m.find() ? m.group(1) : null;
                        }
                    } catch (Exception e) {
                        if (failed.incrementAndGet() < 5) {
                            System.out.println("failed " + path + ": " + e);
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
        if (quiet) {
            return;
        }
        System.out.printf(Locale.ROOT, "%n== %s: %d requests in %.1f s (%.0f/s), process CPU %.1f ms per request, "
                + "load average %.2f%n", name, done.get(), wall, done.get() / wall, cpuMs / Math.max(1, done.get()),
                os.getSystemLoadAverage());
        List<Long> all = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-20s %7s %9s %9s%n", "request", "count", "p50 ms", "p99 ms");
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            all.addAll(l);
            print(e.getKey(), l);
        }
        print("all", all);
        System.out.println("failed: " + failed.get());
    }

    static final AtomicInteger SLOW = new AtomicInteger();
    // one client for all phases: its connections, opened in the warm-up, stay open (as a browser's would)
    private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] INTERVALS = {"day", "week", "month", "year"};

    private static int pageSize(ThreadLocalRandom r) {
        return new int[] {10, 20, 50, 50, 100}[r.nextInt(5)];
    }

    // A random event filter of one to three parts, as "&name=value...".
    private static String filter(ThreadLocalRandom r) {
        StringBuilder f = new StringBuilder();
        do {
            switch (r.nextInt(f.indexOf("from=") >= 0 || f.indexOf("to=") >= 0 ? 6 : 7)) {
                case 0 -> f.append("&actor=").append(COUNTRIES[r.nextInt(COUNTRIES.length)]).append(r.nextInt(3) == 0 ? "GOV" : "");
                case 1 -> f.append("&country=").append(COUNTRIES[r.nextInt(COUNTRIES.length)]);
                case 2 -> {
                    f.append("&type=").append(TYPES[r.nextInt(TYPES.length)][0]);
                    if (r.nextBoolean()) {
                        f.append("&type=").append(TYPES[r.nextInt(TYPES.length)][0]);
                    }
                }
                case 3 -> f.append("&quad=").append(1 + r.nextInt(4));
                case 4 -> f.append("&min_reports=2");
                case 5 -> f.append("&sector=GOV&certainty=asserted");
                default -> f.append(dates(r));
            }
        } while (r.nextInt(3) > 0 && f.length() < 80);
        return f.toString();
    }

    // A random period within the filled five years: from a day, to a day, or both.
    private static String dates(ThreadLocalRandom r) {
        java.time.LocalDate from = java.time.LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1800));
        java.time.LocalDate to = from.plusDays(7 + r.nextInt(720));
        return switch (r.nextInt(3)) {
            case 0 -> "&from=" + from;
            case 1 -> "&to=" + to;
            default -> "&from=" + from + "&to=" + to;
        };
    }

    // A random series: a pair (directed or not), one actor, or every event; an interval; maybe a type or a period.
    private static String series(ThreadLocalRandom r) {
        StringBuilder p = new StringBuilder("/api/series?interval=").append(INTERVALS[r.nextInt(INTERVALS.length)]);
        int i = r.nextInt(COUNTRIES.length);
        switch (r.nextInt(4)) {
            case 0, 1 -> p.append("&source=").append(COUNTRIES[i]).append("&target=")
                    // a pair that has events in the fill half of the time (targets follow sources there)
                    .append(COUNTRIES[r.nextBoolean() ? (i * 7 + 3) % 20 : r.nextInt(COUNTRIES.length)])
                    .append(r.nextBoolean() ? "&directed=true" : "");
            case 2 -> p.append("&source=").append(COUNTRIES[i]);
            default -> { }
        }
        if (r.nextBoolean()) {
            p.append("&type=").append(TYPES[r.nextInt(TYPES.length)][0]);
        }
        if (r.nextBoolean()) {
            p.append(dates(r));
        }
        return p.toString();
    }

    private static void print(String kind, List<Long> micros) {
        Collections.sort(micros);
        if (micros.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-20s %7d %9.1f %9.1f%n", kind, micros.size(),
                micros.get(micros.size() / 2) / 1000.0, micros.get(Math.min(micros.size() - 1, (int) (micros.size() * 0.99))) / 1000.0);
    }
}
