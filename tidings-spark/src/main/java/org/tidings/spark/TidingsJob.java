package org.tidings.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The Tidings pipeline on Spark: reads news archives, codes every article, resolves events across all of them and
 * writes the embedded store's tables as Parquet ({@code OUT/articles/}, {@code OUT/event_mentions/}, {@code
 * OUT/events/}, ..., and {@code OUT/failures/}), which {@code tidings serve --parquet OUT} serves read-only.
 *
 * <pre>
 * spark-submit --class org.tidings.spark.TidingsJob ... tidings-spark.jar --out OUT PATH...
 * java ... org.tidings.spark.TidingsJob --master local[2] --out OUT PATH...
 * </pre>
 *
 * <p>Work splits in two shuffles: one task per input file reads its articles (the core's readers); the articles,
 * copies dropped, are spread by id over tasks of about {@code --articles-per-task} each, coded by the one pipeline of
 * each executor JVM. Resolution then groups mentions by blocking key and decides each pair with the core's resolver.
 * The same input gives the same rows: article ids are content hashes, event ids hashes of their smallest mention
 * id, every group is sorted before it is decided, and each table is written sorted by its key.
 */
public final class TidingsJob {

    private static final Logger LOG = LoggerFactory.getLogger(TidingsJob.class);

    /** The extra table of inputs that could not be read and articles that could not be coded. */
    public static final String FAILURES = "failures";

    private static final Map<String, List<String>> SORT_KEYS = Map.ofEntries(
            Map.entry("articles", List.of("id")),
            Map.entry("sentences", List.of("article_id", "idx")),
            Map.entry("entities", List.of("article_id", "idx")),
            Map.entry("timexes", List.of("article_id", "idx")),
            Map.entry("actor_mentions", List.of("article_id", "idx")),
            Map.entry("event_mentions", List.of("article_id", "idx")),
            Map.entry("event_actors", List.of("article_id", "mention_idx", "role", "idx")),
            Map.entry("events", List.of("id")),
            Map.entry("event_actor_keys", List.of("event_id", "role", "code", "name", "country", "sector")),
            Map.entry("event_links", List.of("article_a", "idx_a", "article_b", "idx_b")),
            Map.entry("article_duplicates", List.of("article_id", "duplicate_of")),
            Map.entry(FAILURES, List.of("file", "place", "reason")));

    private TidingsJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            if (args.length == 0 || List.of(args).contains("--help")) {
                System.out.println(JobOptions.USAGE);
                System.exit(args.length == 0 ? 2 : 0);
            }
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tidings-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("tidings");
        if (options.master() != null) {
            builder.master(options.master());
        }
        JobReport report;
        SparkSession spark = builder.getOrCreate();
        try {
            report = run(spark, options);
        } catch (IllegalArgumentException e) {
            System.err.println("tidings-spark: " + e.getMessage());
            System.exit(2);
            return;
        } finally {
            spark.stop();
        }
        System.out.println(report.summary());
        System.exit(report.failed() > 0 ? 1 : 0);
    }

    /** Runs the job in a session; returns what it did. */
    public static JobReport run(SparkSession spark, JobOptions options) {
        long started = System.nanoTime();
        // Dates and times cross as java.time values: LocalDate for DATE, LocalDateTime (UTC) for TIMESTAMP.
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        StoreTables tables = StoreTables.fromStore();
        StoreRows rows = new StoreRows(tables);
        HadoopConf conf = HadoopConf.of(jsc.hadoopConfiguration());
        Instant ingestedAt = options.ingestedAt();
        LongAccumulator recordsRead = jsc.sc().longAccumulator("tidings records read");
        LongAccumulator failed = jsc.sc().longAccumulator("tidings failed");
        LongAccumulator coded = jsc.sc().longAccumulator("tidings coded");

        List<String> files = InputFiles.list(options.inputs(), jsc.hadoopConfiguration());
        LOG.info("{} input files", files.size());
        List<Tuple2<Integer, String>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(new Tuple2<>(i, files.get(i)));
        }
        // Stage 1: one task per file reads it.
        JavaRDD<ReadItem> items = jsc.parallelize(indexed, Math.max(1, files.size())).flatMap(f -> {
            List<ReadItem> read = ArticleFiles.read(f._2(), f._1(), ingestedAt, conf.get());
            for (ReadItem item : read) {
                (item instanceof ArticleRecord ? recordsRead : failed).add(1);
            }
            return read.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<ArticleRecord> articles = items.filter(i -> i instanceof ArticleRecord).map(i -> (ArticleRecord) i);
        long read = articles.count();

        // Stage 2: copies dropped (the first read is kept), the rest spread by id over tasks of a few hundred.
        int tasks = Math.max(jsc.defaultParallelism(), (int) Math.ceil(read / (double) options.articlesPerTask()));
        JavaRDD<CodeResult> results = articles.mapToPair(a -> new Tuple2<>(a.id(), a))
                .reduceByKey(new HashPartitioner(tasks), (a, b) -> a.before(b) ? a : b)
                .values()
                .map(a -> {
                    CodeResult r = ArticleCoder.code(a, rows);
                    (r instanceof CodedRows ? coded : failed).add(1);
                    return r;
                }).persist(StorageLevel.MEMORY_AND_DISK());
        List<Long> perTask = results.mapPartitions(it -> {
            long n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            return List.of(n).iterator();
        }).collect();
        long unique = perTask.stream().mapToLong(Long::longValue).sum();
        LOG.info("coded {} articles in {} tasks (articles per task: {})", unique, perTask.size(), perTask);
        JavaRDD<CodedRows> ok = results.filter(r -> r instanceof CodedRows).map(r -> (CodedRows) r);
        JavaRDD<FailureRecord> failures = items.filter(i -> i instanceof FailureRecord).map(i -> (FailureRecord) i)
                .union(results.filter(r -> r instanceof CodingFailure).map(r -> ((CodingFailure) r).failure()));

        // Stage 3: events across all articles.
        JavaRDD<MentionRecord> mentions = ok.flatMap(c -> c.mentions().iterator()).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<LinkRecord> links = EventResolution.decide(mentions, rows).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> components = EventResolution.components(links);
        JavaRDD<NearDuplicate> duplicates = EventResolution.nearDuplicates(ok.map(CodedRows::print))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<ResolvedRows> events = EventResolution.events(mentions, components, duplicates, rows)
                .persist(StorageLevel.MEMORY_AND_DISK());

        String out = options.out().replaceAll("/+$", "");
        for (String table : List.of("articles", "sentences", "entities", "timexes", "actor_mentions", "event_actors")) {
            frame(spark, table, ok.flatMap(c -> c.rows().get(table).iterator()), tables.structType(table));
            write(spark, out, table);
        }
        frame(spark, "event_mentions", events.flatMap(e -> e.mentions().iterator()), tables.structType("event_mentions"));
        write(spark, out, "event_mentions");
        frame(spark, "events_base", events.map(ResolvedRows::event), tables.structType("events"));
        EventSummaries.events(spark, tables).createOrReplaceTempView("events");
        write(spark, out, "events");
        EventSummaries.actorKeys(spark, tables).createOrReplaceTempView("event_actor_keys");
        write(spark, out, "event_actor_keys");
        write(spark, out, "event_links", links.map(LinkRecord::row), tables.structType("event_links"));
        write(spark, out, "article_duplicates", duplicates.map(rows::duplicate), tables.structType("article_duplicates"));
        write(spark, out, FAILURES, failures.map(f -> RowFactory.create(f.file(), f.place(), f.reason())),
                DataTypes.createStructType(List.of(
                        DataTypes.createStructField("file", DataTypes.StringType, false),
                        DataTypes.createStructField("place", DataTypes.StringType, true),
                        DataTypes.createStructField("reason", DataTypes.StringType, false))));

        JobReport report = new JobReport(files.size(), recordsRead.value(), read - unique, failed.value(),
                coded.value(), mentions.count(), events.count(), links.count(), duplicates.count(), perTask,
                (System.nanoTime() - started) / 1e9);
        for (JavaRDD<?> rdd : List.of(items, results, mentions, links, duplicates, events)) {
            rdd.unpersist(false);
        }
        components.unpersist(false);
        LOG.info("tidings-spark: {}", report.summary());
        return report;
    }

    // A table's rows as the temporary view of its name, for writing and for the summaries computed from it.
    private static void frame(SparkSession spark, String view, JavaRDD<Row> rows, StructType schema) {
        spark.createDataFrame(rows, schema).createOrReplaceTempView(view);
    }

    private static void write(SparkSession spark, String out, String table, JavaRDD<Row> rows, StructType schema) {
        frame(spark, table, rows, schema);
        write(spark, out, table);
    }

    // Sorted by the table's key, so the same input writes the same rows in the same order.
    private static void write(SparkSession spark, String out, String table) {
        Column[] keys = SORT_KEYS.get(table).stream().map(functions::col).toArray(Column[]::new);
        spark.table(table).orderBy(keys).write().mode(SaveMode.Overwrite).parquet(out + "/" + table);
    }
}
