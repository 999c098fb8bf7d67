package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    @Test
    void newsPleaseFields() {
        Path p = Collected.write(dir, "a.jsonl", """
                {"title": "Ceasefire talks resume", "maintext": "Negotiators met in Cairo on Sunday.\\n\\nNo deal was announced.", "date_publish": "2023-11-12 08:30:00", "url": "https://www.example.com/talks", "source_domain": "example.com", "authors": ["A. Writer", "B. Writer"], "language": "en"}
                {"title": "Second", "text": "Another text that is the body of the second article.", "date": "2023-11-13", "url": "https://www.other.example/x"}
                """);
        Collected c = Collected.read(p);
        assertEquals(List.of(), c.failures);
        assertEquals(2, c.articles.size());
        Article a = c.articles.get(0);
        assertEquals("Ceasefire talks resume", a.title());
        assertEquals("Negotiators met in Cairo on Sunday.\n\nNo deal was announced.", a.body());
        assertEquals("2023-11-12T08:30:00", a.published());
        assertEquals("https://www.example.com/talks", a.url());
        assertEquals("example.com", a.outlet());
        assertEquals(List.of("A. Writer", "B. Writer"), a.authors());
        assertEquals("en", a.language());
        assertEquals("line 1", a.origin().place());
        Article b = c.articles.get(1);
        assertEquals("other.example", b.outlet());
        assertEquals("2023-11-13", b.published());
        assertEquals("line 2", b.origin().place());
        assertEquals("jsonl", c.reports.get(0).format());
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheOthersRead() {
        Path p = Collected.write(dir, "b.jsonl", """
                {"title": "One", "text": "First good article body."}
                {"title": "Two", "text": "broken
                
                [1, 2]
                {"title": "Four", "text": ""}
                {"title": "Five", "text": "Fifth line is good too."}
                """);
        Collected c = Collected.read(p);
        assertEquals(List.of("One", "Five"), c.articles.stream().map(Article::title).toList());
        assertEquals("line 6", c.articles.get(1).origin().place());
        assertEquals(3, c.failures.size(), c.failures.toString());
        assertEquals("line 2", c.failures.get(0).origin().place());
        assertTrue(c.failures.get(0).reason().startsWith("invalid JSON: "), c.failures.get(0).reason());
        assertEquals("line 4: expected a JSON object, found array", c.failures.get(1).toString().replace(p + " ", ""));
        assertEquals("line 5: empty article (no body text)", c.failures.get(2).toString().replace(p + " ", ""));
    }

    @Test
    void wholeFileArrayAndObject() {
        Path arr = Collected.write(dir, "arr.json", """
                [
                  {"headline": "Alpha", "body": "Text of alpha.", "published": "2020-01-01T10:00:00+01:00",
                   "source": {"name": "Example Wire"}, "author": "Reporter One"},
                  "not an object",
                  {"headline": "Gamma", "content": "Text of gamma."}
                ]
                """);
        Collected c = Collected.read(arr);
        assertEquals(List.of("Alpha", "Gamma"), c.articles.stream().map(Article::title).toList());
        Article a = c.articles.get(0);
        assertEquals("2020-01-01T10:00:00+01:00", a.published());
        assertEquals("Example Wire", a.outlet());
        assertEquals(List.of("Reporter One"), a.authors());
        assertEquals("element 1", a.origin().place());
        assertEquals("element 2: expected a JSON object, found string", c.onlyFailure().toString().replace(arr + " ", ""));
        assertEquals("json", c.reports.get(0).format());

        Path obj = Collected.write(dir, "obj.json", """
                {
                  "title": "Single",
                  "tags": ["x", "y"],
                  "text": "One article in one file."
                }
                """);
        Article s = Collected.read(obj).only();
        assertEquals("Single", s.title());
        assertNull(s.origin().place());

        Path wrapped = Collected.write(dir, "wrapped.json", """
                {"status": "ok", "articles": [{"title": "W1", "text": "Wrapped one."}, {"title": "W2", "text": "Wrapped two."}]}
                """);
        Collected w = Collected.read(wrapped);
        assertEquals(List.of("W1", "W2"), w.articles.stream().map(Article::title).toList());
        assertEquals("line 1, element 2", w.articles.get(1).origin().place());
        Path pretty = Collected.write(dir, "pretty.json", """
                {
                  "status": "ok",
                  "articles": [{"title": "P1", "text": "Pretty one."}, {"title": "P2", "text": "Pretty two."}]
                }
                """);
        Collected pw = Collected.read(pretty);
        assertEquals(List.of("P1", "P2"), pw.articles.stream().map(Article::title).toList());
        assertEquals("element 2", pw.articles.get(1).origin().place());
    }

    @Test
    void objectWithoutTextFieldIsNamed() {
        Path p = Collected.write(dir, "meta.json", "{\n  \"page-1\": {\"date\": \"2020-01-01\"}\n}\n");
        assertEquals("no article text: the object has none of the fields maintext, text, body, content, article, articleBody",
                Collected.read(p).onlyFailure().reason());
    }

    @Test
    void truncatedWholeFileKeepsWhatCameBefore() {
        Path p = Collected.write(dir, "t.json", "[{\"title\": \"A\", \"text\": \"Complete.\"}, {\"title\": \"B\", \"te");
        Collected c = Collected.read(p);
        assertEquals(List.of("A"), c.articles.stream().map(Article::title).toList());
        ReadFailure f = c.onlyFailure();
        assertEquals("element 2", f.origin().place());
        assertTrue(f.reason().startsWith("invalid JSON at line 1, column "), f.reason());
    }

    @Test
    void gzippedJsonLinesTruncatedMidway() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            sb.append("{\"title\": \"Item ").append(i).append("\", \"text\": \"Body number ").append(i)
                    .append(" with some words to make the compressed stream longer ").append(i * 7919).append(".\"}\n");
        }
        byte[] gz = Collected.gzip(sb.toString());
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        Path p = Collected.write(dir, "cut.jsonl.gz", cut);
        Collected c = Collected.read(p);
        assertTrue(c.articles.size() > 100 && c.articles.size() < 2000, "read " + c.articles.size());
        ReadFailure last = c.failures.get(c.failures.size() - 1);
        assertEquals("corrupt gzip: truncated (compressed data ends early)", last.reason());
        assertTrue(last.origin().place().startsWith("line "), last.toString());
        assertTrue(c.reports.get(0).gzip());
        // the whole file reads completely
        Path whole = Collected.write(dir, "whole.jsonl.gz", gz);
        assertEquals(2000, Collected.read(whole).articles.size());
    }
}
