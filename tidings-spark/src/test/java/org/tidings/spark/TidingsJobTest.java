package org.tidings.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.tidings.SharedData;
import org.tidings.Tidings;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;
import org.tidings.store.ArticleQuery;
import org.tidings.store.EventQuery;
import org.tidings.store.StoredEvent;
import org.tidings.store.StoredMention;
import org.tidings.store.Store;

/**
 * The Spark job in local mode on a crawl built here, against the embedded pipeline on the same crawl: the same
 * articles, event mentions and events. One Spark session serves the class; the CoreNLP models load once, in the
 * test JVM, which local mode's executor shares.
 */
class TidingsJobTest {

    static final Instant INGESTED = Instant.parse("2024-10-26T09:30:00.123456Z");

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path crawl;
    static Path output;
    static JobReport report;

    @BeforeAll
    static void runTheJobOnACrawl() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("tidings-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        crawl = Files.createDirectories(dir.resolve("crawl"));
        crawlOfTheWeek().write(crawl.resolve("CC-NEWS-20241026.warc.gz"), WarcCompression.GZIP);
        // What a crawl folder holds beside its archives, and an ingest passes over.
        Files.writeString(crawl.resolve("README.md"), "October 2024 crawl\n");
        output = dir.resolve("out");
        report = TidingsJob.run(spark, new JobOptions(List.of(crawl.toString()), output.toString(), null, 2, INGESTED));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    // Our own reports of real events of October 2024, a syndicated copy, a repeated page, and the seed article.
    static NewsWarc crawlOfTheWeek() throws IOException {
        String seed = Files.readString(SharedData.path("seed/000_82426c862c5804d0.txt"), StandardCharsets.UTF_8);
        List<String> seedParagraphs = new ArrayList<>(List.of(seed.split("\\n\\s*\\n")));
        seedParagraphs.remove(0); // the seed layout's first line: date, headline, dateline
        String[] sanctions = {
                "The European Union imposed sanctions on Iranian officials and companies on Monday over the delivery "
                        + "of ballistic missiles and drones to Russia.",
                "The measures freeze the assets of seven people and seven organisations, among them the national "
                        + "airline Iran Air, and ban the people named from travelling to the bloc.",
                "Iran's foreign ministry condemned the decision and denied that it had sent missiles to Russia."};
        String[] scholz = {
                "German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi in New Delhi on Friday.",
                "The two leaders signed agreements on defence cooperation and green hydrogen, and Germany promised "
                        + "to make it easier for skilled Indian workers to obtain visas.",
                "Scholz said Germany wanted to lessen its dependence on China and to strengthen its partnership "
                        + "with India."};
        List<String> copy = new ArrayList<>(List.of("Here is the latest from Brussels."));
        copy.addAll(List.of(sanctions));
        copy.add("(Continental Ledger)");
        return new NewsWarc()
                .noise("https://www.harbourtimes.test/")
                .page("https://www.harbourtimes.test/world/seoul-summons-envoy",
                        "Seoul summons Russian envoy over North Korean troops", "2024-10-21T15:30:00+09:00",
                        "South Korea summoned Russia's ambassador, Georgy Zinoviev, on Monday to protest against the "
                                + "deployment of North Korean soldiers to Russia.",
                        "Vice Foreign Minister Kim Hong-kyun told the ambassador that the military cooperation "
                                + "between Moscow and Pyongyang threatened the security of the Korean peninsula.",
                        "South Korea's spy agency said last week that North Korea had sent about 1,500 special "
                                + "forces soldiers to the Russian Far East.")
                .page("https://continental-ledger.test/2024/10/14/eu-sanctions-iran",
                        "EU imposes sanctions on Iran over missile transfers to Russia", "2024-10-14T18:00:00+02:00",
                        sanctions)
                .page("https://www.yonhap-mirror.test/seed",
                        "South Korea summons Russian ambassador over reports of North Korean troop deployment to Ukraine",
                        "2024-10-21T10:07:57+09:00", seedParagraphs.toArray(String[]::new))
                .page("https://www.eastern-chronicle.test/india/scholz-modi",
                        "Scholz and Modi agree to deepen defence ties", "2024-10-25T19:00:00+05:30", scholz)
                .page("https://www.riverside-post.test/news/eu-iran-sanctions",
                        "Brussels targets Iran Air in new sanctions", "2024-10-15T07:00:00+02:00",
                        copy.toArray(String[]::new))
                // The same story again under another address: one article.
                .page("https://www.eastern-chronicle.test/amp/india/scholz-modi",
                        "Scholz and Modi agree to deepen defence ties", "2024-10-25T19:00:00+05:30", scholz);
    }

    /** What `tidings ingest` stores for the same paths: the core's readers, the pipeline, the store. */
    static Path embedded(List<Path> paths, Path data) {
        try (Store store = Store.open(data)) {
            Set<String> seen = new HashSet<>();
            ArticleSources.read(paths, ArticleSink.of(article -> {
                if (seen.add(article.id())) {
                    store.save(Tidings.defaults().process(article));
                }
            }, failure -> { }), Clock.fixed(INGESTED, ZoneOffset.UTC));
        }
        return data;
    }

    @Test
    void theJobStoresWhatTheEmbeddedPipelineStores() throws SQLException {
        Path data = embedded(List.of(crawl), dir.resolve("embedded"));
        try (Store expected = Store.openReadOnly(data); Store actual = Store.openParquet(output)) {
            assertEquals(5, expected.articleCount(), "four reports and the seed, the repeated page once");
            assertEquals(expected.articles(ArticleQuery.all()), actual.articles(ArticleQuery.all()));
            for (String id : expected.articleIds()) {
                assertEquals(expected.load(id), actual.load(id), "article " + id);
            }

            List<StoredMention> mentions = expected.eventMentions(EventQuery.all());
            assertTrue(mentions.size() >= 5, "the crawl tells events: " + mentions.size());
            assertEquals(mentions, actual.eventMentions(EventQuery.all()));
            assertEquals(told(mentions), told(actual.eventMentions(EventQuery.all())));

            List<StoredEvent> events = expected.events(EventQuery.all());
            assertEquals(events, actual.events(EventQuery.all()));
            assertTrue(events.stream().anyMatch(e -> e.articles() >= 2),
                    "some event is told by two articles: " + events.stream().map(e -> e.event().type() + "×"
                            + e.articles()).toList());
            assertTrue(events.size() < mentions.size(), "mentions of one event are resolved into one");
            for (StoredEvent e : events) {
                assertEquals(expected.decisions(e.id()), actual.decisions(e.id()), "decisions of event " + e.id());
            }
            assertEquals(expected.duplicates(), actual.duplicates());
            assertEquals(1, actual.duplicates().size(), "the syndicated copy of the sanctions story");
            assertEquals(expected.stats(), actual.stats());
        }
        // What the server lists and filters events by (store migration 004): the job makes it from whole tables.
        String summary = "id, day, last_day, quad, source_actors, target_actors, rep_reported_by, rep_quantity_value, "
                + "rep_quantity_unit, rep_evidence_sentence, rep_evidence_text, rep_trigger, rep_pattern, rep_title, "
                + "rep_outlet, rep_url, rep_published";
        List<String> summaries = rows(data, "SELECT " + summary + " FROM emb.events ORDER BY id");
        assertTrue(summaries.stream().noneMatch(r -> r.contains("day=null")), summaries.toString());
        assertEquals(summaries, rows(data, "SELECT " + summary + " FROM " + parquet("events") + " ORDER BY id"));
        List<String> keys = rows(data, "SELECT * FROM emb.event_actor_keys ORDER BY ALL");
        assertTrue(keys.size() >= events(data), "every event has an actor: " + keys);
        assertEquals(keys, rows(data, "SELECT * FROM " + parquet("event_actor_keys") + " ORDER BY ALL"));
    }

    private String parquet(String table) {
        return "read_parquet('" + output.resolve(table) + "/*.parquet')";
    }

    private static long events(Path data) throws SQLException {
        return Long.parseLong(rows(data, "SELECT count(*) AS n FROM emb.events").get(0).replaceAll("\\D", ""));
    }

    // Rows as text ("column=value, ..."), the embedded store attached read-only as emb.
    private static List<String> rows(Path data, String sql) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement()) {
            st.execute("ATTACH '" + data.resolve("tidings.duckdb") + "' AS emb (READ_ONLY)");
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(i == 1 ? "" : ", ").append(rs.getMetaData().getColumnName(i)).append('=')
                                .append(rs.getString(i));
                    }
                    out.add(row.toString());
                }
            }
            return out;
        }
    }

    // What a reader of event data looks at first: type, who, to whom, when.
    private static List<String> told(List<StoredMention> mentions) {
        return mentions.stream().map(m -> m.mention().type() + " " + m.mention().source().stream()
                .map(a -> a.code()).toList() + " -> " + m.mention().target().stream().map(a -> a.code()).toList()
                + " " + (m.mention().date() == null ? null : m.mention().date().value())).sorted().toList();
    }

    @Test
    void theCountersTellWhatHappened() {
        assertEquals(1, report.files(), "the README beside the archive is not read");
        assertEquals(6, report.articlesRead());
        assertEquals(1, report.duplicates());
        assertEquals(5, report.coded());
        assertEquals(0, report.failed());
        assertEquals(5, report.tasks().stream().mapToLong(Long::longValue).sum());
        assertTrue(report.tasks().size() >= 3, "about two articles a task: " + report.tasks());
        assertEquals(0, spark.read().parquet(output.resolve(TidingsJob.FAILURES).toString()).count());
    }

    @Test
    void theSameInputGivesTheSameTables() throws SQLException {
        Path again = dir.resolve("again");
        // Other task sizes, the same rows.
        TidingsJob.run(spark, new JobOptions(List.of(crawl.toString()), again.toString(), null, 300, INGESTED));
        // DuckDB compares the Parquet files in milliseconds where Spark would take a job per query.
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement()) {
            for (String table : StoreTables.WRITTEN) {
                String a = "read_parquet('" + output.resolve(table) + "/*.parquet')";
                String b = "read_parquet('" + again.resolve(table) + "/*.parquet')";
                try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM " + a + "), (SELECT count(*) FROM "
                        + b + "), (SELECT count(*) FROM (SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b + ")), "
                        + "(SELECT count(*) FROM (SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a + "))")) {
                    rs.next();
                    assertEquals(rs.getLong(1), rs.getLong(2), table);
                    assertEquals(0, rs.getLong(3), table);
                    assertEquals(0, rs.getLong(4), table);
                }
            }
        }
    }

    @Test
    void badInputLandsInTheFailuresTableAndTheRestGoesOn() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Path warc = broken.resolve("damaged.warc");
        List<Long> offsets = new NewsWarc()
                .page("https://a.test/ferries", "Ferries sail again", "2024-10-22T08:00:00Z",
                        "Ferries to the islands sailed again on Tuesday after the strike ended.")
                .page("https://a.test/lost", "A page that will be damaged", "2024-10-22T09:00:00Z",
                        "This record is damaged on disk.")
                .page("https://a.test/grain", "Grain prices fall", "2024-10-22T10:00:00Z",
                        "Wheat prices fell for a third week as the harvest came in early.")
                .write(warc, WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(warc);
        System.arraycopy("XXXX/1.1".getBytes(StandardCharsets.US_ASCII), 0, bytes, offsets.get(1).intValue(), 8);
        Files.write(warc, bytes);
        Files.write(broken.resolve("image.dat"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
        Files.writeString(broken.resolve("feed.jsonl"), "{\"title\": \"Rail line reopens\", \"text\": \"The coastal "
                + "rail line reopened on Tuesday after repairs.\", \"date_publish\": \"2024-10-22\"}\n"
                + "{\"title\": \"Broken\", \"text\": \n");

        Path out = dir.resolve("broken-out");
        JobReport r = TidingsJob.run(spark, new JobOptions(List.of(broken.toString()), out.toString(), null, 300,
                INGESTED));
        assertEquals(3, r.files());
        assertEquals(3, r.coded(), "the good records of each file are coded");
        assertEquals(3, r.failed());
        List<String> failures = spark.read().parquet(out.resolve(TidingsJob.FAILURES).toString())
                .collectAsList().stream().map(row -> Path.of(row.getString(0)).getFileName() + " | " + row.getString(1)
                        + " | " + row.getString(2)).sorted().toList();
        assertEquals(3, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("damaged.warc | record 2 (offset " + offsets.get(1) + ") | corrupt WARC "
                + "record"), failures.get(0));
        assertTrue(failures.get(1).startsWith("feed.jsonl | line 2 | "), failures.get(1));
        assertTrue(failures.get(2).startsWith("image.dat | null | binary file"), failures.get(2));
        try (Store store = Store.openParquet(out)) {
            assertEquals(List.of("Ferries sail again", "Grain prices fall", "Rail line reopens"),
                    store.articles(ArticleQuery.all()).stream().map(Article::title).sorted().toList());
            assertFalse(store.articles(ArticleQuery.all()).stream().anyMatch(a -> a.title().contains("damaged")));
        }
    }
}
