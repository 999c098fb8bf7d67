package org.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.tidings.extract.PageDecoder;
import org.tidings.extract.PageExtractor;

/**
 * {@code tidings bench --extract}: pages per second for HTML extraction alone (decoding, DOM, body, metadata),
 * with the pages read into memory first so the disk is not measured. Runs rounds until at least the given
 * seconds have passed, after one warm-up round for the JIT.
 */
final class ExtractionBench {

    private final Path dir;
    private final int threads;
    private final double minSeconds;

    ExtractionBench(Path dir, int threads, double minSeconds) {
        this.dir = dir;
        this.threads = Math.max(1, threads);
        this.minSeconds = minSeconds;
    }

    int run(PrintWriter out, PrintWriter err) throws Exception {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")) {
                    try {
                        pages.add(read(p, name.endsWith(".gz")));
                    } catch (IOException e) {
                        err.println("bench: " + p + ": skipped: " + e.getMessage());
                    }
                }
            }
        }
        if (pages.isEmpty()) {
            err.println("bench: no HTML pages (*.html, *.htm, *.html.gz) in " + dir);
            return ExitCodes.FAILURE;
        }
        long bytes = pages.stream().mapToLong(b -> b.length).sum();
        err.printf(Locale.ROOT, "bench: extraction of %d pages (%.0f KB mean), %d threads%n", pages.size(),
                bytes / 1024.0 / pages.size(), threads);
        PageExtractor extractor = new PageExtractor();
        LocalDate crawl = LocalDate.now();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong cpu = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            round(pool, pages, extractor, crawl, mx, new AtomicLong()); // warm-up
            int rounds = 0;
            long start = System.nanoTime();
            double seconds;
            do {
                round(pool, pages, extractor, crawl, mx, cpu);
                rounds++;
                seconds = (System.nanoTime() - start) / 1e9;
            } while (seconds < minSeconds);
            long done = (long) rounds * pages.size();
            out.printf(Locale.ROOT, "bench extract: pages=%d pages_per_s=%.1f pages_per_cpu_s=%.1f mean_kb=%.0f rounds=%d%n",
                    pages.size(), done / seconds, done / (cpu.get() / 1e9), bytes / 1024.0 / pages.size(), rounds);
            out.flush();
        } finally {
            pool.shutdown();
        }
        return ExitCodes.OK;
    }

    private void round(ExecutorService pool, List<byte[]> pages, PageExtractor extractor, LocalDate crawl,
                       ThreadMXBean mx, AtomicLong cpu) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (byte[] page : pages) {
            futures.add(pool.submit(() -> {
                long t0 = mx.getCurrentThreadCpuTime();
                extractor.extract(PageDecoder.decode(page, null), null, crawl);
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - t0);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static byte[] read(Path p, boolean gzip) throws IOException {
        try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            return in.readAllBytes();
        }
    }
}
