package org.tidings.ingest;

/**
 * Size limits. A file that holds one article (text, HTML, seed, a single JSON object) is read whole, so it gets a
 * cap; record formats are streamed, and only each record is capped. Feeds are parsed whole by Rome, hence their
 * own cap.
 *
 * @param maxArticleBytes largest single-article file, or single record, in bytes
 * @param maxFeedBytes    largest RSS/Atom file, in bytes
 */
record Limits(long maxArticleBytes, long maxFeedBytes) {

    static final Limits DEFAULT = new Limits(20L << 20, 64L << 20);

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
