package org.tidings.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.tidings.Tidings;
import org.tidings.events.CodedArticle;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;
import org.tidings.ingest.ReadFailure;
import org.tidings.nlp.ReferenceParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tidings bench}: throughput of the whole pipeline, against the cost of a CoreNLP full parse. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the full pipeline over the articles in a folder and, on the same articles, the reference "
                + "cost: a CoreNLP full constituency parse of every sentence. Nothing is stored.",
                "The last line is: bench: docs=N docs_per_s=X tokens_per_s=X baseline_docs_per_s=X speedup=X peak_heap_mb=X"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder (or file) of articles.")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", paramLabel = "N", description = {"Articles (the first N) run through the pipeline "
            + "before it is timed (default: 50; the reference parse: at most 10), so the timed run measures the "
            + "sustained rate of a long ingest rather than the JIT compiling CoreNLP. The cold rate of the warm-up "
            + "is printed too."})
    int warmup = 50;

    @Option(names = "--no-baseline", description = "Skip the reference full parse (baseline and speedup print as 0).")
    boolean noBaseline;

    @Option(names = "--extract", description = {"Measure HTML extraction alone on the pages (*.html, *.htm, *.html.gz) "
            + "in the folder. Last line: bench extract: pages=N pages_per_s=X pages_per_cpu_s=X mean_kb=X rounds=N"})
    boolean extract;

    @Option(names = "--seconds", paramLabel = "S", description = "With --extract: measure for at least S seconds (default: 10).")
    double seconds = 10;

    @Override
    public Integer call() throws Exception {
        if (extract) {
            return new ExtractionBench(corpus, threads, seconds).run(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        List<Article> articles = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        ArticleSources.read(List.of(corpus), ArticleSink.of(articles::add, failure -> {
            failures.add(failure);
            System.err.println("tidings: " + failure);
        }));
        if (articles.isEmpty()) {
            System.err.println("tidings: no articles found in " + corpus);
            return ExitCodes.FAILURE;
        }
        System.err.printf("bench: %d articles, %d threads%n", articles.size(), threads);

        Tidings tidings = Tidings.defaults();
        HeapSampler heap = HeapSampler.start();
        // The models load, and the JIT compiles the hot code, outside the timed run.
        tidings.process(articles.get(0));
        List<Article> warm = articles.subList(0, Math.max(1, Math.min(warmup, articles.size())));
        double warmSeconds = timed(warm, a -> {
            tidings.process(a);
            return 1;
        }, "warm-up");
        System.err.printf(Locale.ROOT, "bench: warm-up %d articles in %.1f s (%.2f docs/s cold, after the models loaded)%n",
                warm.size(), warmSeconds, warm.size() / warmSeconds);
        AtomicLong tokens = new AtomicLong();
        double seconds = timed(articles, a -> {
            CodedArticle coded = tidings.process(a);
            tokens.addAndGet(coded.document().tokenCount());
            return 1;
        }, "pipeline");
        double docsPerS = articles.size() / seconds;
        double tokensPerS = tokens.get() / seconds;
        long peakMb = heap.peakMb();
        // CPU seconds tell the cost per article even when other work shares the machine.
        System.err.printf(Locale.ROOT, "bench: pipeline %.1f s wall, %.1f s CPU in workers (%.2f docs per CPU-second), "
                + "%d tokens%n", seconds, cpuSeconds, articles.size() / cpuSeconds, tokens.get());

        double baselineDocsPerS = 0;
        if (!noBaseline) {
            ReferenceParser parser = ReferenceParser.load();
            // The full parse is a few hot loops, compiled within a handful of articles.
            timed(warm.subList(0, Math.min(warm.size(), 10)), a -> parser.parse(a.body()), "baseline warm-up");
            double baseSeconds = timed(articles, a -> parser.parse(a.body()), "baseline full parse");
            baselineDocsPerS = articles.size() / baseSeconds;
            System.err.printf(Locale.ROOT, "bench: baseline %.1f s%n", baseSeconds);
        }
        double speedup = baselineDocsPerS > 0 ? docsPerS / baselineDocsPerS : 0;
        spec.commandLine().getOut().printf(Locale.ROOT, "bench: docs=%d docs_per_s=%.2f tokens_per_s=%.1f baseline_docs_per_s=%.2f "
                + "speedup=%.2f peak_heap_mb=%d%n", articles.size(), docsPerS, tokensPerS, baselineDocsPerS, speedup, peakMb);
        spec.commandLine().getOut().flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** CPU time the workers of the last {@link #timed} run spent, in seconds. */
    private double cpuSeconds;

    private double timed(List<Article> articles, ToLongFunction<Article> work, String label) throws Exception {
        Progress progress = Progress.forStderr("bench " + label);
        AtomicLong done = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    long r = work.applyAsLong(a);
                    cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                    long d = done.incrementAndGet();
                    synchronized (progress) {
                        progress.update(d, (double) d / articles.size());
                    }
                    return r;
                }));
            }
            for (Future<Long> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
            progress.finish();
        }
        cpuSeconds = cpuNanos.get() / 1e9;
        return (System.nanoTime() - start) / 1e9;
    }

    /** Samples used heap (models included) every 20 ms; the maximum is the peak the user must provide for. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            Thread t = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (true) {
                    s.peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            t.setDaemon(true);
            t.start();
            return s;
        }

        long peakMb() {
            return peak.get() / (1024 * 1024);
        }
    }
}
