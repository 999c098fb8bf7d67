package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

    @TempDir
    Path dir;

    private static final String JSONL = "{\"title\": \"J\", \"text\": \"Body of the JSON article.\"}\n";
    private static final String FEED = "<rss version=\"2.0\"><channel><title>F</title><item><title>Item</title>"
            + "<description>Text of the item.</description></item></channel></rss>";
    private static final String HTML = "<!doctype html><html><head><title>H</title></head><body><article><p>Text of"
            + " the page.</p></article></body></html>";
    private static final String SEED = " date 2020-05-06 S Wednesday, May 6, 2020 1:02:03 PM\nText of the seed.";
    private static final String CSV = "url,date,title,text\nhttps://c.test/1,2020-01-01,C,Text of the row.\n";

    @Test
    void walksDirectoriesInNameOrderAndSkipsHiddenAndDocumentationFiles() {
        Collected.write(dir, "b/2.txt", "Two\n\nSecond text file.");
        Collected.write(dir, "b/10.txt", "Ten\n\nTenth text file.");
        Collected.write(dir, "a.txt", "A\n\nFirst text file.");
        Collected.write(dir, ".hidden.txt", "Hidden\n\nNot read.");
        Collected.write(dir, ".git/x.txt", "X\n\nNot read either.");
        Collected.write(dir, "README.md", "# Corpus\n\nAbout this folder.");
        Collected.write(dir, "LICENSE", "Some licence text.");
        Collected.write(dir, "crawl.cdxj", "com,example)/ 20230405 {\"url\": \"https://example.com/\"}");
        Collected.write(dir, "b/photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0});
        Collected c = Collected.read(dir);
        assertEquals(List.of("A", "Ten", "Two"), c.articles.stream().map(Article::title).toList());
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/10.txt").toString(),
                dir.resolve("b/2.txt").toString()), c.reports.stream().map(FileReport::file).toList());
        assertEquals(List.of(), c.failures);
    }

    @Test
    void aSinkFromTwoCallbacksGetsTheArticlesAndTheFailures() {
        Collected.write(dir, "a.txt", "Good\n\nA good file.");
        Path binary = Collected.write(dir, "b.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        List<Article> articles = new java.util.ArrayList<>();
        List<ReadFailure> failures = new java.util.ArrayList<>();
        ArticleSources.read(List.of(dir), ArticleSink.of(articles::add, failures::add));
        assertEquals(List.of("Good"), articles.stream().map(Article::title).toList());
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(binary.toString(), failures.get(0).origin().file());
    }

    @Test
    void contentDecidesTheFormatWhateverTheExtension() {
        Collected.write(dir, "1.txt", JSONL);
        Collected.write(dir, "2.dat", FEED);
        Collected.write(dir, "3.txt", HTML);
        Collected.write(dir, "4.html", SEED);
        Collected.write(dir, "5.txt", CSV);
        Collected.write(dir, "6.bin", Collected.gzip(JSONL));
        Collected c = Collected.read(dir);
        assertEquals(List.of(), c.failures);
        assertEquals(List.of("jsonl", "feed", "html", "seed", "csv", "jsonl"),
                c.reports.stream().map(FileReport::format).toList());
        assertEquals(List.of("J", "Item", "H", "S", "C", "J"), c.articles.stream().map(Article::title).toList());
    }

    @Test
    void extensionDecidesWhenContentDoesNot() {
        assertSame(Format.HTML, ArticleSources.sniff("<div><p>Fragment only</p></div>".getBytes(), "frag.html"));
        assertSame(Format.FEED, ArticleSources.sniff("<channel></channel>".getBytes(), "odd.rss"));
        assertSame(Format.TEXT, ArticleSources.sniff("<div>odd</div>".getBytes(), "note"));
        assertSame(Format.JSON, ArticleSources.sniff("{\n  \"title\": \"x\",\n".getBytes(), "a.json"));
        assertSame(Format.JSONL, ArticleSources.sniff("{\"a\": 1}\n{\"a\": 2}\n".getBytes(), "a.json"));
        assertSame(Format.WARC, ArticleSources.sniff("WARC/1.0\r\n".getBytes(), "a.bin"));
        assertSame(Format.HTML, ArticleSources.sniff("\uFEFF  <!DOCTYPE HTML>".getBytes(StandardCharsets.UTF_8), "x"));
        assertNull(ArticleSources.sniff(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "a.txt"));
    }

    @Test
    void badFilesAreReportedAndTheBatchGoesOn() {
        Path binary = Collected.write(dir, "a.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        Path gzipHeaderOnly = Collected.write(dir, "b.jsonl.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0});
        Path good = Collected.write(dir, "c.txt", "Good\n\nA good file after the bad ones.");
        Path empty = Collected.write(dir, "d.json", new byte[0]);
        Path missing = dir.resolve("no-such-file.txt");
        Collected c = Collected.read(dir, missing);
        assertEquals(List.of("Good"), c.articles.stream().map(Article::title).toList());
        assertEquals(List.of(
                binary + ": binary file (NUL bytes or control characters), not a supported article format",
                gzipHeaderOnly + ": corrupt gzip: truncated (the file ends inside the gzip header)",
                empty + ": empty file",
                missing + ": no such file or directory"),
                c.failures.stream().map(ReadFailure::toString).toList());
        assertEquals(List.of("unreadable", "unreadable", "text", "unreadable", "unreadable"),
                c.reports.stream().map(FileReport::format).toList());
        assertEquals(good.toString(), c.reports.get(2).file());
    }

    @Test
    void aFileGivenTwiceIsReadOnce() {
        Path p = Collected.write(dir, "x.txt", "X\n\nOnce only.");
        assertEquals(1, Collected.read(p, dir).articles.size());
    }

    @Test
    void aFailingSinkIsNotBadInput() {
        Path p = Collected.write(dir, "x.txt", "X\n\nThe sink will refuse this.");
        IllegalStateException boom = new IllegalStateException("store is full");
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(Article article) {
                throw boom;
            }

            @Override
            public void failure(ReadFailure failure) {
            }
        };
        assertSame(boom, assertThrows(IllegalStateException.class, () -> ArticleSources.read(List.of(p), sink)));
    }

    @Test
    void countsPerFile() {
        Path p = Collected.write(dir, "m.jsonl", JSONL + "not json\n" + JSONL.replace("\"J\"", "\"K\""));
        FileReport r = Collected.read(p).reports.get(0);
        assertEquals(new FileReport(p.toString(), "jsonl", false, 2, 1), r);
    }

    @Test
    void overlongLineInJsonLinesIsSkipped() {
        Path p = Collected.write(dir, "long.jsonl",
                "{\"title\": \"L\", \"text\": \"" + "w ".repeat(2000) + "\"}\n" + JSONL);
        Collected c = Collected.read(new Limits(1000, 1000), p);
        assertEquals(List.of("J"), c.articles.stream().map(Article::title).toList());
        assertEquals(p + " line 1: line too long for one article (0.0 MB)", c.onlyFailure().toString());
    }
}
