package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcReaderTest {

    private static final Instant CRAWLED = Instant.parse("2023-04-05T06:07:08Z");

    @TempDir
    Path dir;

    private static String page(String title, String text, String published) {
        return "<html><head><title>" + title + "</title>"
                + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
                + "</head><body><article><p>" + text + "</p></article></body></html>";
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
    }

    private static WarcResponse html(String url, String title, String text, String published) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", page(title, text, published).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the records; returns the offset of each. */
    private static List<Long> write(Path file, WarcCompression compression, List<WarcRecord> records) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, compression)) {
            for (WarcRecord r : records) {
                offsets.add(ch.position());
                w.write(r);
            }
        }
        return offsets;
    }

    private static List<WarcRecord> fiveRecords() throws IOException {
        return List.of(
                new WarcRequest.Builder(URI.create("https://www.harbour-news.test/a"))
                        .body(new HttpRequest.Builder("GET", "/a").build()).date(CRAWLED).build(),
                html("https://www.harbour-news.test/a", "Ferry service resumes",
                        "Ferries to the islands sailed again on Monday after the strike ended.", "2023-04-03"),
                response("https://www.harbour-news.test/logo.png", 200, "image/png", new byte[] {1, 2, 3}),
                response("https://www.harbour-news.test/missing", 404, "text/html", "<html>gone</html>".getBytes()),
                html("https://news.inland.test/b", "Grain prices fall",
                        "Wheat prices fell for a third week as the harvest came in early.", null));
    }

    @Test
    void responseRecordsWithHtmlAreArticles() throws IOException {
        Path file = dir.resolve("crawl.warc");
        List<Long> offsets = write(file, WarcCompression.NONE, fiveRecords());
        Collected c = Collected.read(file);
        assertEquals(List.of(), c.failures);
        assertEquals(2, c.articles.size());
        Article a = c.articles.get(0);
        assertEquals("Ferry service resumes", a.title());
        assertEquals("Ferries to the islands sailed again on Monday after the strike ended.", a.body());
        assertEquals("https://www.harbour-news.test/a", a.url());
        assertEquals("harbour-news.test", a.outlet());
        assertEquals("2023-04-03", a.published());
        assertEquals("record 2 (offset " + offsets.get(1) + ")", a.origin().place());
        Article b = c.articles.get(1);
        assertEquals("2023-04-05T06:07:08Z", b.published()); // no date in the page: WARC-Date
        assertEquals("news.inland.test", b.outlet());
        assertEquals("record 5 (offset " + offsets.get(4) + ")", b.origin().place());
        assertEquals("warc", c.reports.get(0).format());
    }

    @Test
    void gzippedRecordsKeepTheirCompressedOffsets() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        List<Long> offsets = write(file, WarcCompression.GZIP, fiveRecords());
        Collected c = Collected.read(file);
        assertEquals(List.of(), c.failures);
        assertEquals(List.of("record 2 (offset " + offsets.get(1) + ")", "record 5 (offset " + offsets.get(4) + ")"),
                c.articles.stream().map(a -> a.origin().place()).toList());
        assertTrue(c.reports.get(0).gzip());
        assertEquals("warc", c.reports.get(0).format());
    }

    @Test
    void ccNewsLayoutWithWarcinfoAndIdentifiedPayloadType() throws IOException {
        Path file = dir.resolve("CC-NEWS-20230405060708-00001.warc.gz");
        byte[] page = page("Rail line electrified", "Electric trains will run on the coastal line from June.", null)
                .getBytes(StandardCharsets.UTF_8);
        // the HTTP header has no Content-Type; the crawler's identification says HTML
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(null, page).build();
        WarcResponse noType = new WarcResponse.Builder(URI.create("https://rail.example/electrified"))
                .date(CRAWLED).identifiedPayloadType("text/html").body(http).build();
        List<Long> offsets = write(file, WarcCompression.GZIP, List.of(
                new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("test"))).build(),
                noType,
                html("https://a.test/2", "Two", "Second page in the file.", null)));
        Collected c = Collected.read(file);
        assertEquals(List.of(), c.failures);
        assertEquals(List.of("Rail line electrified", "Two"), c.articles.stream().map(Article::title).toList());
        assertEquals("record 2 (offset " + offsets.get(1) + ")", c.articles.get(0).origin().place());
    }

    @Test
    void undecodableHttpBodyIsOneFailure() throws IOException {
        Path file = dir.resolve("enc.warc");
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html"), "this is not gzip at all".getBytes(StandardCharsets.US_ASCII)).build();
        List<Long> offsets = write(file, WarcCompression.NONE, List.of(
                new WarcResponse.Builder(URI.create("https://a.test/1")).date(CRAWLED).body(http).build(),
                html("https://a.test/2", "Two", "Second page in the file.", null)));
        Collected c = Collected.read(file);
        assertEquals(List.of("Two"), c.articles.stream().map(Article::title).toList());
        ReadFailure f = c.onlyFailure();
        assertEquals("record 1 (offset " + offsets.get(0) + ")", f.origin().place());
        assertTrue(f.reason().startsWith("cannot "), f.reason());
    }

    @Test
    void corruptRecordIsSkippedAndTheNextRead() throws IOException {
        Path file = dir.resolve("bad.warc");
        List<WarcRecord> records = List.of(
                html("https://a.test/1", "One", "The first page has some words in it.", null),
                html("https://a.test/2", "Two", "The second page will be damaged.", null),
                html("https://a.test/3", "Three", "The third page is fine again.", null));
        List<Long> offsets = write(file, WarcCompression.NONE, records);
        byte[] bytes = Files.readAllBytes(file);
        int second = offsets.get(1).intValue();
        System.arraycopy("XXXX/1.1".getBytes(StandardCharsets.US_ASCII), 0, bytes, second, 8);
        Files.write(file, bytes);
        Collected c = Collected.read(file);
        assertEquals(List.of("One", "Three"), c.articles.stream().map(Article::title).toList());
        assertEquals("record 3 (offset " + offsets.get(2) + ")", c.articles.get(1).origin().place());
        ReadFailure f = c.onlyFailure();
        assertEquals("record 2 (offset " + second + ")", f.origin().place());
        assertTrue(f.reason().startsWith("corrupt WARC record: ") && f.reason().endsWith("; skipping to the next record"),
                f.reason());
    }

    @Test
    void damagedGzipMemberIsSkipped() throws IOException {
        Path file = dir.resolve("bad.warc.gz");
        List<WarcRecord> records = List.of(
                html("https://a.test/1", "One", "The first page has some words in it.", null),
                html("https://a.test/2", "Two", "The second page will be damaged. " + "Filler words. ".repeat(50), null),
                html("https://a.test/3", "Three", "The third page is fine again.", null));
        List<Long> offsets = write(file, WarcCompression.GZIP, records);
        byte[] bytes = Files.readAllBytes(file);
        int from = offsets.get(1).intValue() + 20;
        int to = offsets.get(2).intValue() - 12;
        for (int i = from; i < to; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        Collected c = Collected.read(file);
        assertEquals(List.of("One", "Three"), c.articles.stream().map(Article::title).toList());
        ReadFailure f = c.onlyFailure();
        assertTrue(f.origin().place().startsWith("record 2 (offset " + offsets.get(1) + ")"), f.toString());
        assertTrue(f.reason().startsWith("corrupt WARC record: "), f.reason());
    }

    @Test
    void truncatedGzippedWarcKeepsTheRecordsBefore() throws IOException {
        Path file = dir.resolve("cut.warc.gz");
        List<Long> offsets = write(file, WarcCompression.GZIP, fiveRecords());
        byte[] bytes = Files.readAllBytes(file);
        long cut = offsets.get(4) + (bytes.length - offsets.get(4)) / 2;
        Files.write(file, java.util.Arrays.copyOf(bytes, (int) cut));
        Collected c = Collected.read(file);
        assertEquals(List.of("Ferry service resumes"), c.articles.stream().map(Article::title).toList());
        ReadFailure f = c.onlyFailure();
        assertEquals("record 5 (offset " + offsets.get(4) + ")", f.origin().place());
        assertTrue(f.reason().startsWith("corrupt WARC record: truncated"), f.reason());
    }
}
