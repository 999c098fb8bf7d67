package org.tidings.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tidings.Ingestion;
import org.tidings.search.SearchIndex;
import org.tidings.store.Store;
import org.tidings.watch.Alert;
import org.tidings.watch.AlertRule;
import org.tidings.watch.FeedOutcome;
import org.tidings.watch.FeedWatcher;
import org.tidings.watch.PollReport;
import org.tidings.watch.Watch;
import org.tidings.watch.WatchOptions;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tidings watch}: polls RSS/Atom feeds every so often and ingests each new item once (its page, else its
 * own text), with optional alerts for matching events. What it has taken is kept in the store, so a restarted
 * watch takes nothing twice.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll RSS or Atom feeds and ingest each new item once: its linked page (when robots.txt allows "
                + "it), else the item's own text. Conditional requests, one request per host at a time with a "
                + "pause between, and a failing feed rests longer after each failure.",
                "With an alert (--alert-* and --webhook or --alert-stdout), each new or updated event that matches "
                + "is delivered once; a webhook gets the event as JSON (POST), tried again when it fails.",
                "The store remembers the feeds' answers, the items taken and the alerts delivered: a restarted "
                + "watch takes nothing twice. Stop it with Ctrl-C."})
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    TidingsCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FEED_URL", arity = "1..*", description = "RSS or Atom feed URLs (http or https).")
    List<String> feeds;

    @Option(names = "--every", paramLabel = "INTERVAL", converter = IntervalConverter.class,
            description = "Time between polls: 30s, 10m, 2h (default: 10m; at least 10s).")
    Duration every = Watch.DEFAULT_EVERY;

    @Option(names = "--once", description = "Poll each feed once and exit (for tests and cron).")
    boolean once;

    @Option(names = "--host-interval", paramLabel = "INTERVAL", converter = IntervalConverter.class,
            description = "Least time between two requests to one host (default: 1s).")
    Duration hostInterval = Duration.ofSeconds(1);

    @Option(names = "--quiet", description = "Print only alerts and failures, not a line per feed.")
    boolean quiet;

    @Option(names = "--alert-types", paramLabel = "TYPES", split = ",",
            description = "Alert on these PLOVER types (ACCUSE,ASSAULT).")
    List<String> alertTypes;

    @Option(names = "--alert-country", paramLabel = "CODES", split = ",",
            description = "Alert on events with a source or target actor of these countries (KOR).")
    List<String> alertCountries;

    @Option(names = "--alert-actor", paramLabel = "ACTORS", split = ",",
            description = "Alert on events with these actors: code prefix (KORGOV) or part of a name.")
    List<String> alertActors;

    @Option(names = "--alert-min-goldstein", paramLabel = "G",
            description = "Alert on events whose Goldstein score is at least G from 0 (0-10).")
    double alertMinGoldstein;

    @Option(names = "--alert-min-reports", paramLabel = "N", description = "Alert on events with at least N reports.")
    int alertMinReports;

    @ArgGroup(exclusive = true)
    Target target;

    /** Where alerts go: one of the two. */
    static final class Target {
        @Option(names = "--webhook", paramLabel = "URL", required = true,
                description = "POST each matching event as JSON to this URL.")
        URI webhook;

        @Option(names = "--alert-stdout", required = true, description = "Print a line per matching event.")
        boolean stdout;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Watch watch;
        try {
            watch = Watch.of(feeds, every, alert());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        WatchOptions options = WatchOptions.defaults().withHostInterval(hostInterval);
        CountDownLatch closed = new CountDownLatch(1);
        try (Store store = Store.open(root.dataDir()); SearchIndex index = SearchIndex.open(store)) {
            FeedWatcher watcher = new FeedWatcher(new Ingestion(store, index), options, line -> {
                out.println(line);
                out.flush();
            });
            if (once) {
                PollReport report = watcher.poll(watch);
                print(report, out, err);
                return report.failed() ? ExitCodes.FAILURE : ExitCodes.OK;
            }
            if (!quiet) {
                out.println("Watching " + watch.feeds().size() + (watch.feeds().size() == 1 ? " feed" : " feeds")
                        + " every " + Watch.format(watch.every()) + (watch.alert() == null ? ""
                        : "; alert " + watch.alert().id() + " (" + watch.alert().rule().describe() + ") to "
                        + watch.alert().target()) + ". Stop with Ctrl-C.");
                out.flush();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                watcher.stop();
                try {
                    closed.await(60, TimeUnit.SECONDS); // let the article at hand be saved and the store close
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "stop-watch"));
            watcher.run(watch, report -> print(report, out, err));
            return ExitCodes.OK;
        } finally {
            closed.countDown();
            out.flush();
            err.flush();
        }
    }

    private Alert alert() {
        boolean ruled = alertTypes != null || alertCountries != null || alertActors != null || alertMinGoldstein != 0
                || alertMinReports != 0;
        if (target == null) {
            if (ruled) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "the --alert-* options need a target: --webhook URL or --alert-stdout");
            }
            return null;
        }
        AlertRule rule;
        try {
            rule = new AlertRule(alertActors, alertCountries, alertTypes, alertMinGoldstein, alertMinReports);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return target.webhook != null ? Alert.webhook(rule, target.webhook) : Alert.stdout(rule);
    }

    private void print(PollReport report, PrintWriter out, PrintWriter err) {
        for (FeedOutcome f : report.feeds()) {
            if (f.status() == FeedOutcome.Status.FAILED) {
                err.println("tidings watch: " + f.summary());
            } else if (!quiet) {
                out.println(f.summary());
            }
            f.itemFailures().forEach(why -> err.println("tidings watch: " + f.feed() + ": " + why));
        }
        if (report.alert() != null && (!quiet || report.alert().failed())) {
            (report.alert().failed() ? err : out).println(report.alert().summary());
        }
        out.flush();
        err.flush();
    }

    /** "10m", "30s", "2h", seconds, or ISO-8601. */
    static final class IntervalConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Watch.parseInterval(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
