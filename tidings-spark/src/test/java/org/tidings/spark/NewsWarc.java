package org.tidings.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds WARC files as a crawler of news sites writes them: response records holding HTML pages. */
final class NewsWarc {

    static final Instant CRAWLED = Instant.parse("2024-10-26T08:00:00Z");

    private final List<WarcRecord> records = new ArrayList<>();

    /** A news page: headline, publication time, paragraphs. */
    NewsWarc page(String url, String title, String published, String... paragraphs) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title><meta property=\"article:published_time\" content=\"")
                .append(published).append("\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</article><footer>Contact us</footer></body></html>");
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.toString().getBytes(StandardCharsets.UTF_8))
                .build();
        records.add(new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build());
        return this;
    }

    /** Records a crawl holds beside pages, which are no articles: a request, a missing page. */
    NewsWarc noise(String url) throws IOException {
        records.add(new WarcRequest.Builder(URI.create(url)).body(new HttpRequest.Builder("GET", "/").build())
                .date(CRAWLED).build());
        HttpResponse gone = new HttpResponse.Builder(404, "Not Found")
                .body(MediaType.parse("text/html"), "<html>gone</html>".getBytes(StandardCharsets.US_ASCII)).build();
        records.add(new WarcResponse.Builder(URI.create(url + "/missing")).date(CRAWLED).body(gone).build());
        return this;
    }

    /** Writes the records; returns where each starts. */
    List<Long> write(Path file, WarcCompression compression) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter w = new WarcWriter(ch, compression)) {
            for (WarcRecord r : records) {
                offsets.add(ch.position());
                w.write(r);
            }
        }
        return offsets;
    }
}
