package org.tidings.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The front door of ingest: reads articles from files and directories in any supported format.
 *
 * <p>Directories are walked recursively in name order, so a run is repeatable; hidden files and folders (".x"),
 * the usual documentation files of a corpus folder (README, LICENSE, ...) and files that never hold articles
 * (CDX indexes, checksums, images, archives) are passed over there; a file named explicitly is always read. Each file's
 * format is sniffed from its content: gzip is taken off first (a gzipped WARC is handed to the WARC reader
 * whole, as jwarc reads it record by record), then {@code WARC/1.} means WARC, {@code {} or {@code [} JSON (lines
 * or whole), {@code <rss}, {@code <feed} or an XML declaration a feed, {@code <!doctype html} or {@code <html}
 * HTML, a {@code date YYYY-MM-DD} first line the seed layout, a header naming a text column CSV; else the
 * extension decides, and text is the last resort. Bytes with NULs or many control characters are a binary
 * file and are refused.
 *
 * <p>Bad input never stops the batch: every unreadable file, record, line or item is reported to the sink as
 * a {@link ReadFailure} with the file and place, and reading goes on. Articles and failures reach the sink on
 * the calling thread, in file order.
 */
public final class ArticleSources {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleSources.class);
    private static final int HEAD = 16 * 1024;
    private static final Pattern DOC_FILE = Pattern.compile(
            "(?i)(readme|licen[cs]e|copying|notice|changelog|changes|authors|contributing|source_commit)(\\..*)?");
    // Files that sit beside articles in crawls and corpora but never hold one: indexes, checksums, media.
    private static final Pattern SIDECAR = Pattern.compile("(?i).*\\.(cdx|cdxj|idx|md5|sha1|sha256|sha512|sig|asc|"
            + "log|lock|pid|png|jpe?g|gif|webp|svg|ico|mp3|mp4|pdf|zip|jar|class|tar|7z|enc|parquet|duckdb)(\\.gz)?");

    private ArticleSources() {
    }

    /** Reads every article in the given files and directories; returns one report per file read. */
    public static List<FileReport> read(List<Path> paths, ArticleSink sink) {
        return read(paths, sink, Clock.systemUTC());
    }

    /** As {@link #read(List, ArticleSink)}, with the clock that stamps {@link Article#ingestedAt()}. */
    public static List<FileReport> read(List<Path> paths, ArticleSink sink, Clock clock) {
        return read(paths, sink, clock, Limits.DEFAULT);
    }

    static List<FileReport> read(List<Path> paths, ArticleSink sink, Clock clock, Limits limits) {
        List<FileReport> reports = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : walk(p, sink)) {
                    if (seen.add(real(f))) {
                        reports.add(readFile(f, f.toString(), sink, clock, limits));
                    }
                }
            } else if (seen.add(real(p))) {
                reports.add(readFile(p, p.toString(), sink, clock, limits));
            }
        }
        return reports;
    }

    /**
     * The items of a feed fetched from the web (RSS or Atom, held whole in memory).
     *
     * @param bytes   the feed as fetched
     * @param feedUrl where it was fetched from: the origin of the items' articles and the base of relative links
     * @throws IOException when it is not a readable feed; the message says why, for the user
     */
    public static List<FeedItem> feedItems(byte[] bytes, String feedUrl, Clock clock) throws IOException {
        if (bytes.length > Limits.DEFAULT.maxFeedBytes()) {
            throw new InputException("too large for a feed, which is parsed whole (" + Limits.megabytes(bytes.length)
                    + ")");
        }
        return FeedReader.items(bytes, feedUrl, clock);
    }

    /**
     * The article of an HTML page fetched from the web, taken out of the page as for an HTML file; its origin is
     * the URL and its outlet the page's site name, else the host.
     *
     * @param httpCharset the charset of the HTTP Content-Type header, or null
     * @return the article, or empty when the page holds no article text
     */
    public static java.util.Optional<Article> page(byte[] bytes, String httpCharset, String url, Clock clock)
            throws IOException {
        if (bytes.length > Limits.DEFAULT.maxArticleBytes()) {
            throw new InputException("too large for one article (" + Limits.megabytes(bytes.length) + ")");
        }
        return Emitter.one(HtmlReader.page(bytes, httpCharset, url, false), url, null, clock);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The files under a directory, depth first in name order, without hidden and documentation files. */
    private static List<Path> walk(Path dir, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        walk(dir, files, new HashSet<>(), sink);
        return files;
    }

    /**
     * Whether a walk through a folder reads a file of this name: not hidden, not one of a corpus's documentation
     * files, not a sidecar that never holds an article. Other walkers of folders (tidings-spark) ask the same.
     */
    public static boolean isArticleFile(String name) {
        return !name.startsWith(".") && !DOC_FILE.matcher(name).matches() && !SIDECAR.matcher(name).matches();
    }

    private static void walk(Path dir, List<Path> files, Set<Path> visited, ArticleSink sink) {
        if (!visited.add(real(dir))) {
            return; // a symbolic link back up the tree
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            sink.failure(new ReadFailure(new Origin(dir.toString(), null), "cannot list directory: " + e.getMessage()));
            return;
        }
        for (Path c : children) {
            String name = c.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(c)) {
                walk(c, files, visited, sink);
            } else if (!isArticleFile(name)) {
                LOG.debug("skipping {}: not an article file", c);
            } else if (Files.isRegularFile(c)) {
                files.add(c);
            }
        }
    }

    private static FileReport readFile(Path path, String name, ArticleSink sink, Clock clock, Limits limits) {
        Emitter out = new Emitter(sink, name, clock);
        if (!Files.exists(path)) {
            out.failure("no such file or directory");
            return new FileReport(name, "unreadable", false, 0, out.failures());
        }
        boolean gzip = false;
        String format = "unreadable";
        try {
            byte[] raw = head(Files.newInputStream(path));
            gzip = raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
            byte[] head = gzip ? head(Source.gunzip(Files.newInputStream(path))) : raw;
            if (gzip && head.length == 0) {
                throw new InputException("corrupt gzip: no data could be decompressed");
            }
            if (head.length == 0) {
                out.failure("empty file");
                return new FileReport(name, format, gzip, 0, out.failures());
            }
            Format f = sniff(head, stripGz(path.getFileName().toString()));
            if (f == null) {
                out.failure("binary file (NUL bytes or control characters), not a supported article format");
                return new FileReport(name, format, gzip, 0, out.failures());
            }
            format = f.label();
            LOG.debug("{}: reading as {}{}", name, format, gzip ? " (gzip)" : "");
            f.reader.read(new Source(path, name, gzip, head, limits), out);
        } catch (IOException e) {
            out.failure(reason(e));
        } catch (Emitter.SinkException e) {
            throw (RuntimeException) e.getCause();
        } catch (RuntimeException e) {
            // a bug or a library's unchecked error on odd input: report it against the file, go on with the batch
            LOG.warn("{}: unexpected error", name, e);
            out.failure("unexpected error: " + e);
        }
        return new FileReport(name, format, gzip, out.articles(), out.failures());
    }

    private static String reason(IOException e) {
        if (e instanceof InputException || e instanceof Decoding.UnknownEncodingException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof EOFException) {
            return "truncated: " + (e.getMessage() == null ? "unexpected end of file" : e.getMessage());
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The first bytes of a stream; a truncated gzip still gives what it had. */
    private static byte[] head(InputStream in) throws IOException {
        try (in) {
            byte[] buf = new byte[HEAD];
            int n = 0;
            try {
                while (n < HEAD) {
                    int r = in.read(buf, n, HEAD - n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
            } catch (InputException e) {
                if (n == 0) {
                    throw e;
                }
            }
            return java.util.Arrays.copyOf(buf, n);
        }
    }

    private static String stripGz(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n.endsWith(".gzip") ? n.substring(0, n.length() - 5) : n;
    }

    /** The format of a file from its first bytes and (decompressed) name; null for binary content. */
    static Format sniff(byte[] head, String name) {
        if (startsWith(head, 0, "WARC/1.")) {
            return Format.WARC;
        }
        Charset bom = Decoding.bomCharset(head);
        int skip = Decoding.bomLength(bom);
        String text;
        if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
            text = new String(head, skip, (head.length - skip) & ~1, bom);
        } else {
            if (binary(head)) {
                return null;
            }
            text = new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1);
        }
        String t = text.stripLeading();
        String lower = t.length() > 4096 ? t.substring(0, 4096).toLowerCase(Locale.ROOT) : t.toLowerCase(Locale.ROOT);
        String firstLine = firstLine(text);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (t.startsWith("[")) {
            return Format.JSON;
        }
        if (t.startsWith("{")) {
            String line = firstLine(t).strip();
            // one object per line when the first line is a whole object (or longer than what we looked at)
            boolean complete = line.endsWith("}") && line.length() > 1 || line.length() >= t.length() - 1 && t.length() >= HEAD - 8;
            return complete || ext.equals("jsonl") || ext.equals("ndjson") ? Format.JSONL : Format.JSON;
        }
        if (lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf:rdf")) {
            return Format.FEED;
        }
        if (lower.startsWith("<?xml")) {
            boolean html = lower.contains("<html");
            boolean feed = lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf");
            return html && !feed ? Format.HTML : Format.FEED;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || lower.startsWith("<meta") || lower.startsWith("<!--") && lower.contains("<html")) {
            return Format.HTML;
        }
        if (SeedTextReader.FIRST_LINE.matcher(firstLine).matches()) {
            return Format.SEED;
        }
        if (CsvReader.isHeader(firstLine)) {
            return Format.CSV;
        }
        return switch (ext) {
            case "jsonl", "ndjson" -> Format.JSONL;
            case "json" -> Format.JSON;
            case "html", "htm", "xhtml", "shtml" -> Format.HTML;
            case "rss", "atom", "xml" -> Format.FEED;
            case "warc", "arc" -> Format.WARC;
            case "csv" -> Format.CSV;
            default -> Format.TEXT;
        };
    }

    private static String firstLine(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(i, end);
    }

    private static boolean startsWith(byte[] head, int offset, String prefix) {
        if (head.length < offset + prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[offset + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or more than one in 20 bytes a control character that text does not use. */
    private static boolean binary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if ((b & 0xff) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 20 > head.length;
    }
}
