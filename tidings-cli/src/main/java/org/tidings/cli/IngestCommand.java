package org.tidings.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.Ingestion;
import org.tidings.Tidings;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;
import org.tidings.ingest.ReadFailure;
import org.tidings.search.SearchIndex;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tidings ingest}: reads news files, analyses and codes each new article, and stores it.
 *
 * <p>Reading runs on its own thread, analysis on a pool, and the store is written by this thread alone, one
 * transaction per article, in input order: an interrupted ingest keeps every article it finished, and the
 * next run skips them as already stored.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news files or folders (text, JSON Lines/JSON, HTML, RSS/Atom, WARC, CSV; .gz too), "
                + "analyse each new article, code its actors and events, and store it.",
                "Content already stored is skipped. Bad inputs are reported with file and place; the rest goes on."})
final class IngestCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(IngestCommand.class);
    private static final Article END = new Article("end", null, null, "", null, "", null, List.of(), null, null);

    @ParentCommand
    TidingsCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "Print only the summary, not the events coded.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        IngestReport report = new IngestReport();
        BlockingQueue<Article> queue = new ArrayBlockingQueue<>(64);
        Thread reader = new Thread(() -> readAll(queue, report), "reader");
        reader.setDaemon(true);
        try (Store store = Store.open(root.dataDir()); SearchIndex index = SearchIndex.open(store)) {
            reader.start();
            ingest(new Ingestion(store, index), queue, report);
        }
        report.print(spec.commandLine().getOut(), quiet);
        spec.commandLine().getOut().flush();
        return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void readAll(BlockingQueue<Article> queue, IngestReport report) {
        try {
            ArticleSources.read(paths, new ArticleSink() {
                @Override
                public void article(Article article) {
                    put(queue, article);
                }

                @Override
                public void failure(ReadFailure failure) {
                    report.failed(failure);
                    spec.commandLine().getErr().println("tidings: " + failure);
                }
            });
        } catch (RuntimeException e) {
            report.failed(new ReadFailure(new org.tidings.ingest.Origin(paths.toString(), null), e.toString()));
        } finally {
            put(queue, END);
        }
    }

    private static void put(BlockingQueue<Article> queue, Article article) {
        try {
            queue.put(article);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void ingest(Ingestion ingestion, BlockingQueue<Article> queue, IngestReport report) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "analysis");
            t.setDaemon(true);
            return t;
        });
        Progress progress = Progress.forStderr("ingest");
        Set<String> seen = new HashSet<>();
        Deque<Pending> inFlight = new ArrayDeque<>();
        int maxInFlight = Math.max(2, threads * 2);
        Tidings tidings = ingestion.tidings();
        try {
            while (true) {
                Article article = queue.take();
                if (article == END) {
                    break;
                }
                report.read();
                if (!seen.add(article.id()) || ingestion.isStored(article.id())) {
                    report.duplicate(article);
                    continue;
                }
                inFlight.add(new Pending(article, pool.submit(() -> tidings.process(article))));
                while (inFlight.size() >= maxInFlight || (!inFlight.isEmpty() && inFlight.peek().result.isDone())) {
                    save(ingestion, inFlight.poll(), report);
                    progress.update(report.stored(), -1);
                }
            }
            while (!inFlight.isEmpty()) {
                save(ingestion, inFlight.poll(), report);
                progress.update(report.stored(), -1);
            }
        } finally {
            pool.shutdownNow();
            ingestion.commit();
            progress.finish();
        }
    }

    private void save(Ingestion ingestion, Pending pending, IngestReport report)
            throws InterruptedException {
        CodedArticle coded;
        try {
            coded = pending.result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            report.failed(new ReadFailure(pending.article.origin(), "analysis failed: " + cause));
            spec.commandLine().getErr().println("tidings: " + pending.article.origin() + ": analysis failed: " + cause);
            return;
        }
        if (ingestion.save(coded)) {
            report.stored(coded);
            log.debug("stored {} from {}", coded.document().article().id(), coded.document().article().origin());
        } else {
            report.duplicate(pending.article);
        }
    }

    private record Pending(Article article, Future<CodedArticle> result) {
    }

    /** What an ingest did, printed at its end. */
    static final class IngestReport {
        private int read;
        private int duplicates;
        private final List<CodedArticle> stored = new ArrayList<>();
        private final List<ReadFailure> failures = new ArrayList<>();

        synchronized void read() {
            read++;
        }

        synchronized void duplicate(Article article) {
            duplicates++;
        }

        synchronized void stored(CodedArticle coded) {
            stored.add(coded);
        }

        synchronized int stored() {
            return stored.size();
        }

        synchronized void failed(ReadFailure failure) {
            failures.add(failure);
        }

        synchronized List<ReadFailure> failures() {
            return List.copyOf(failures);
        }

        synchronized void print(java.io.PrintWriter out, boolean quiet) {
            if (!quiet && !stored.isEmpty()) {
                Table events = new Table("article", "type", "cameo", "source", "target", "date", "certainty", "evidence");
                for (CodedArticle c : stored) {
                    for (EventMention e : c.events()) {
                        events.row(c.document().article().id(), e.type(), e.cameo(), Table.actors(e.source()),
                                Table.actors(e.target()), e.date() == null ? "" : e.date().value(), e.certainty(),
                                Table.clip(e.evidence() == null ? "" : e.evidence().text(), 70));
                    }
                }
                out.println("Events coded:");
                events.print(out);
                out.println();
            }
            int sentences = stored.stream().mapToInt(c -> c.document().sentences().size()).sum();
            int events = stored.stream().mapToInt(c -> c.events().size()).sum();
            int actors = stored.stream().mapToInt(c -> c.actors().size()).sum();
            Table summary = new Table("read", "ingested", "duplicates skipped", "failed", "sentences", "actors", "events");
            summary.row(read, stored.size(), duplicates, failures.size(), sentences, actors, events);
            summary.print(out);
            if (stored.isEmpty() && duplicates > 0) {
                out.println();
                out.println("Everything read was already stored; `tidings events` lists the stored events.");
            }
            if (!failures.isEmpty()) {
                out.println();
                out.println("Failed:");
                failures.forEach(f -> out.println("  " + f));
            }
        }
    }
}
