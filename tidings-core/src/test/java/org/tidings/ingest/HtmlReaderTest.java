package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.SharedData;

class HtmlReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="%s">
              <title>Harbour fire contained | Example Times</title>
              <meta property="og:title" content="Harbour fire contained">
              <meta property="og:site_name" content="Example Times">
              <meta property="article:published_time" content="2022-08-09T07:15:00+02:00">
              <link rel="canonical" href="https://www.example-times.test/2022/08/harbour-fire">
            </head>
            <body>
              <nav><a href="/">Home</a></nav>
              <article>
                <h1>Harbour fire contained</h1>
                <p>Firefighters brought a blaze at the harbour under control early on Tuesday.</p>
                <p>Nobody was hurt, the fire brigade said, and the caf\u00e9 by the pier will reopen soon.</p>
              </article>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    @Test
    void readsAPageWithItsMetadata() {
        Path p = Collected.write(dir, "page.html", PAGE.formatted("utf-8"));
        Collected c = Collected.read(p);
        Article a = c.only();
        assertEquals("Harbour fire contained", a.title());
        assertTrue(a.body().startsWith("Firefighters brought a blaze at the harbour under control early on Tuesday."),
                a.body());
        assertTrue(a.body().contains("caf\u00e9 by the pier"), a.body());
        assertEquals("2022-08-09T07:15:00+02:00", a.published());
        assertEquals("https://www.example-times.test/2022/08/harbour-fire", a.url());
        assertEquals("Example Times", a.outlet());
        assertEquals("en", a.language());
        assertEquals("html", c.reports.get(0).format());
    }

    @Test
    void metaCharsetIsHonoured() {
        byte[] latin = PAGE.formatted("windows-1252").getBytes(Charset.forName("windows-1252"));
        Article a = Collected.read(Collected.write(dir, "latin.htm", latin)).only();
        assertTrue(a.body().contains("caf\u00e9 by the pier"), a.body());
    }

    @Test
    void unknownDeclaredCharsetFails() {
        Path p = Collected.write(dir, "odd.html", PAGE.formatted("x-no-such-charset"));
        Collected c = Collected.read(p);
        assertEquals(List.of(), c.articles);
        assertEquals(p + ": unknown declared encoding 'x-no-such-charset'", c.onlyFailure().toString());
    }

    @Test
    void pageWithoutTextIsAnEmptyArticle() {
        Path p = Collected.write(dir, "empty.html", "<html><head><title>Nothing here</title></head><body></body></html>");
        assertEquals("empty article (no body text)", Collected.read(p).onlyFailure().reason());
    }

    @Test
    void gzippedPageIsSniffedInside() {
        Path p = Collected.write(dir, "page.bin.gz", Collected.gzip(PAGE.formatted("utf-8")));
        Collected c = Collected.read(p);
        assertEquals("Harbour fire contained", c.only().title());
        assertEquals("html", c.reports.get(0).format());
        assertTrue(c.reports.get(0).gzip());
    }

    @Test
    void readsTheGzippedDevelopmentPages() {
        Path pages = SharedData.path("eval/extract/zyte-dev/html");
        Collected c = Collected.read(pages);
        assertEquals(61, c.reports.size());
        assertTrue(c.reports.stream().allMatch(r -> r.format().equals("html") && r.gzip()), c.reports.toString());
        // whatever the extractor makes of a page, a page is never unreadable here
        assertTrue(c.failures.stream().allMatch(f -> f.reason().equals("empty article (no body text)")), c.failures.toString());
        assertTrue(c.articles.size() >= 55, "articles: " + c.articles.size());
        assertTrue(c.articles.stream().allMatch(a -> a.url() != null && a.url().startsWith("http")),
                "every page names its canonical URL");
    }

    @Test
    void tooLargeForOneArticle() {
        Path p = Collected.write(dir, "big.html", PAGE.formatted("utf-8") + "<!--" + "x".repeat(3 << 20) + "-->");
        Collected c = Collected.read(new Limits(2 << 20, 2 << 20), p);
        assertEquals(List.of(), c.articles);
        assertEquals("too large for one article (3.0 MB)", c.onlyFailure().reason());
    }
}
