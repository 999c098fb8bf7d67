package org.tidings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * WARC files (plain or gzipped record by record, as Common Crawl's CC-News is) through jwarc: every response
 * (or resource) record that holds an HTML page with status 2xx is an article; other records are passed over.
 * The URL is WARC-Target-URI, the publication time the one found in the page, else WARC-Date; the outlet is the
 * URL's host. A corrupt record is reported and reading goes on at the next record start found after it.
 */
final class WarcReader implements ArticleReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WarcReader.class);
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_START = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Override
    public void read(Source source, Emitter out) throws IOException {
        int record = 0;
        long pos = 0;
        boolean resyncing = false;
        int skipped = 0;
        try (FileChannel file = FileChannel.open(source.path(), StandardOpenOption.READ)) {
            SeekableByteChannel channel = new Unclosable(file);
            while (pos < file.size()) {
                file.position(pos);
                org.netpreserve.jwarc.WarcReader reader = null;
                long lastStart = -1;
                long failedStart = -2;
                try {
                    reader = new org.netpreserve.jwarc.WarcReader(channel);
                    while (true) {
                        Optional<WarcRecord> next = reader.next();
                        if (next.isEmpty()) {
                            return;
                        }
                        resyncing = false;
                        record++;
                        lastStart = reader.position();
                        out.at("record " + record + " (offset " + lastStart + ")");
                        int outcome = article(next.get(), source, out);
                        if (outcome == SKIPPED) {
                            skipped++;
                        } else if (outcome == BODY_FAILED) {
                            failedStart = lastStart;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    Emitter.rethrowSink(e instanceof RuntimeException r ? r : null);
                    long at = reader == null ? pos : reader.position();
                    if (!resyncing && !(at == lastStart && at == failedStart)) {
                        String where = out.place();
                        if (at != lastStart) {
                            record++; // the bad record keeps its number, so later records keep theirs
                            where = "record " + record + " (offset " + at + ")";
                        }
                        out.failure(where, "corrupt WARC record: " + message(e) + "; skipping to the next record");
                    }
                    resyncing = true;
                    WarcCompression compression = reader == null ? WarcCompression.NONE : reader.compression();
                    long nextStart = find(file, Math.max(at, pos) + 1,
                            compression == WarcCompression.GZIP ? GZIP_MEMBER : WARC_START,
                            compression != WarcCompression.GZIP);
                    if (nextStart < 0) {
                        break;
                    }
                    pos = nextStart;
                }
            }
        } finally {
            LOG.debug("{}: {} WARC records, {} not HTML pages", source.file(), record, skipped);
        }
    }

    private static final int SKIPPED = 0;
    private static final int READ = 1;
    private static final int BODY_FAILED = 2;

    /**
     * Emits the record's page. Returns SKIPPED when the record holds no HTML page (request, metadata, image...),
     * BODY_FAILED when its body could not be read (already reported; if the WARC itself is damaged there, the
     * next record's parse fails too, and that must not be reported twice).
     */
    private static int article(WarcRecord rec, Source source, Emitter out) throws IOException {
        if (!(rec instanceof WarcResponse) && !(rec instanceof WarcResource)) {
            return SKIPPED;
        }
        WarcTargetRecord target = (WarcTargetRecord) rec;
        MessageBody body;
        MediaType type;
        String charset;
        if (rec instanceof WarcResponse response) {
            MediaType warcType = rec.contentType();
            if (!warcType.type().equals("application") || !warcType.subtype().equals("http")) {
                return SKIPPED;
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException e) {
                out.failure("unreadable HTTP response in WARC record: " + message(e));
                return BODY_FAILED;
            }
            if (http.status() < 200 || http.status() >= 300) {
                return SKIPPED;
            }
            type = http.headers().first("Content-Type").isPresent() ? http.contentType() : null;
            try {
                body = http.bodyDecoded();
            } catch (IOException | RuntimeException e) {
                Emitter.rethrowSink(e instanceof RuntimeException r ? r : null);
                out.failure("cannot decode the HTTP body: " + message(e));
                return BODY_FAILED;
            }
        } else {
            type = rec.contentType();
            body = rec.body();
        }
        if (type == null) {
            // no HTTP Content-Type: Common Crawl's own identification, when it has one
            type = target.identifiedPayloadType().orElse(null);
        }
        String base = type == null ? "" : type.base().toString();
        if (!base.isEmpty() && !base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return SKIPPED;
        }
        charset = type == null ? null : type.parameters().get("charset");
        long max = source.limits().maxArticleBytes();
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        } catch (IOException e) {
            out.failure("cannot read the page in this record: " + message(e));
            return BODY_FAILED;
        }
        if (bytes.length > max) {
            out.failure("too large for one article (over " + Limits.megabytes(max) + ")");
            return READ;
        }
        if (base.isEmpty() && !new String(bytes, 0, Math.min(bytes.length, 4096),
                java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT).matches("(?s).*<(html|!doctype html|body|p)[\\s>].*")) {
            return SKIPPED;
        }
        try {
            Draft d = HtmlReader.page(bytes, charset, target.target(), true);
            if (d.published() == null || Dates.normalise(d.published()) == null) {
                d = new Draft(d.url(), d.outlet(), d.title(), Dates.iso(rec.date()), d.body(), d.language(),
                        d.authors());
            }
            out.article(d);
        } catch (Decoding.UnknownEncodingException e) {
            out.failure(e.getMessage());
        } catch (RuntimeException e) {
            Emitter.rethrowSink(e);
            out.failure("unreadable page: " + e);
        }
        return READ;
    }

    /** The offset of the next occurrence of the marker at or after {@code from} (at a line start), or -1. */
    private static long find(FileChannel file, long from, byte[] marker, boolean lineStart) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long base = from;
        byte prev = lineStart && from > 0 ? readByte(file, from - 1) : (byte) '\n';
        while (base < file.size()) {
            buf.clear();
            int n = file.read(buf, base);
            if (n <= 0) {
                return -1;
            }
            byte[] a = buf.array();
            for (int i = 0; i < n; i++) {
                if (a[i] == marker[0] && (!lineStart || (i == 0 ? prev : a[i - 1]) == '\n')) {
                    if (i + marker.length <= n) {
                        if (java.util.Arrays.equals(a, i, i + marker.length, marker, 0, marker.length)) {
                            return base + i;
                        }
                    } else if (n == buf.capacity()) {
                        // marker straddles the buffer: re-read from here
                        return findFrom(file, base + i, marker, lineStart);
                    }
                }
            }
            prev = a[n - 1];
            base += n;
        }
        return -1;
    }

    private static long findFrom(FileChannel file, long at, byte[] marker, boolean lineStart) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(marker.length);
        file.read(b, at);
        if (b.position() == marker.length && java.util.Arrays.equals(b.array(), marker)) {
            return at;
        }
        return find(file, at + 1, marker, lineStart);
    }

    private static byte readByte(FileChannel file, long at) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1);
        return file.read(b, at) == 1 ? b.get(0) : 0;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.io.EOFException) {
            return "truncated" + (m == null ? "" : " (" + m + ")");
        }
        if (e instanceof java.util.zip.ZipException) {
            return "corrupt gzip (" + m + ")";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The file channel, kept open when jwarc closes its reader. */
    private static final class Unclosable implements SeekableByteChannel {
        private final FileChannel file;

        Unclosable(FileChannel file) {
            this.file = file;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public void close() {
            // the file is closed by the reader that opened it
        }
    }
}
