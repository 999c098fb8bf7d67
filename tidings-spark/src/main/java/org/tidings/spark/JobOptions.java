package org.tidings.spark;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the job is asked to do.
 *
 * @param inputs          files or folders on any Hadoop file system (local paths, hdfs://, s3a://, ...)
 * @param out             the folder the tables are written to, one sub-folder of Parquet files each
 * @param master          the Spark master for a run without spark-submit ("local[2]"), or null to take spark-submit's
 * @param articlesPerTask about how many articles one coding task gets
 * @param ingestedAt      the time every article is stamped as ingested at (one per run, so a run is repeatable)
 */
public record JobOptions(List<String> inputs, String out, String master, int articlesPerTask, Instant ingestedAt) {

    public static final int DEFAULT_ARTICLES_PER_TASK = 300;

    static final String USAGE = """
            Usage: TidingsJob [--master MASTER] [--articles-per-task N] [--ingested-at TIME] --out DIR PATH...
              PATH                   files or folders on any Hadoop file system: WARC/WARC.gz, JSON Lines, text, HTML, ...
              --out DIR              where the store's tables are written as Parquet (one folder per table, overwritten)
              --master MASTER        Spark master for a run without spark-submit, e.g. local[2]
              --articles-per-task N  articles per coding task (default 300)
              --ingested-at TIME     ISO-8601 instant stamped on every article (default: the job's start)""";

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give at least one input path");
        }
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("give the output folder with --out");
        }
        if (articlesPerTask < 1) {
            throw new IllegalArgumentException("--articles-per-task must be at least 1");
        }
        ingestedAt = (ingestedAt == null ? Instant.now() : ingestedAt).truncatedTo(ChronoUnit.MICROS);
    }

    static JobOptions parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String master = null;
        int perTask = DEFAULT_ARTICLES_PER_TASK;
        Instant at = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--articles-per-task" -> {
                    try {
                        perTask = Integer.parseInt(value(args, ++i, a));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--articles-per-task takes a number");
                    }
                }
                case "--ingested-at" -> {
                    try {
                        at = Instant.parse(value(args, ++i, a));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--ingested-at takes an ISO-8601 instant (2024-10-21T10:00:00Z)");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        return new JobOptions(inputs, out, master, perTask, at);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
