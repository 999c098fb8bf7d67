package org.tidings.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a long job goes: items done, rate, and time left when the total is known. On a terminal it
 * redraws one status line; elsewhere (CI, a pipe) it writes a plain line every {@code interval}.
 */
final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final String what;
    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastShown;
    private int lastWidth;

    Progress(String what, PrintStream out, boolean terminal, Duration interval) {
        this.what = what;
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
        this.lastShown = start;
    }

    static Progress forStderr(String what) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new Progress(what, System.err, terminal, terminal ? Duration.ofMillis(250) : Duration.ofSeconds(10));
    }

    /**
     * Reports the state; cheap enough to call per item.
     *
     * @param done     items done
     * @param fraction share of the whole job done (0..1), or a negative number when unknown
     */
    void update(long done, double fraction) {
        long now = System.nanoTime();
        if (now - lastShown < intervalNanos) {
            return;
        }
        lastShown = now;
        String line = line(done, fraction, now);
        if (terminal) {
            String padded = line + " ".repeat(Math.max(0, lastWidth - line.length()));
            out.print("\r" + padded);
            out.flush();
            lastWidth = line.length();
        } else {
            log.info(line);
            if (!log.isInfoEnabled()) {
                out.println(line);
            }
        }
    }

    /** Clears the status line, so the summary starts on a clean line. */
    void finish() {
        if (terminal && lastWidth > 0) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            out.flush();
        }
    }

    String line(long done, double fraction, long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder();
        sb.append(what).append(": ").append(done).append(" done, ").append(String.format("%.1f/s", rate));
        if (fraction > 0 && fraction <= 1) {
            long left = Math.round(seconds / fraction - seconds);
            sb.append(String.format(", %d%%, %s left", Math.round(fraction * 100), format(Duration.ofSeconds(left))));
        }
        return sb.toString();
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
