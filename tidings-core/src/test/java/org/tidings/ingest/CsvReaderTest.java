package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.SharedData;

class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaks() {
        Path p = Collected.write(dir, "news.csv", "url,date,title,text\r\n"
                + "https://www.example.org/a,2021-03-04,\"Rain, then snow\",\"Monday, March 1, 2021\n\n"
                + "The \"\"big freeze\"\" came early.\n\nRoads were shut.\"\r\n"
                + "https://news.example.com/b,2021-03-05,Plain title,One line of text here.\n");
        Collected c = Collected.read(p);
        assertEquals(List.of(), c.failures);
        assertEquals(2, c.articles.size());
        Article a = c.articles.get(0);
        assertEquals("Rain, then snow", a.title());
        assertEquals("The \"big freeze\" came early.\n\nRoads were shut.", a.body()); // dateline dropped
        assertEquals("2021-03-04", a.published());
        assertEquals("https://www.example.org/a", a.url());
        assertEquals("example.org", a.outlet());
        assertEquals("row 1 (line 2)", a.origin().place());
        Article b = c.articles.get(1);
        assertEquals("row 2 (line 7)", b.origin().place());
        assertEquals("news.example.com", b.outlet());
        assertEquals("csv", c.reports.get(0).format());
    }

    @Test
    void badRowsAreReportedAndTheRestRead() {
        Path p = Collected.write(dir, "bad.csv", "title,text,url\n"
                + "Empty one,,https://a.example/1\n"
                + "Short row\n"
                + "Good,Text of the good row.,https://a.example/3\n"
                + "Open quote,\"never closed\n and more\n");
        Collected c = Collected.read(p);
        assertEquals(1, c.articles.size());
        assertEquals("Good", c.only().title());
        assertEquals(List.of(
                p + " row 1 (line 2): empty article (no body text)",
                p + " row 2 (line 3): row has 1 fields, the header has 3",
                p + " row 4 (line 5): unterminated quoted field: the quote opened on line 5 or later is never closed"),
                c.failures.stream().map(ReadFailure::toString).toList());
    }

    @Test
    void headerWithoutTextColumnFails() {
        Path p = Collected.write(dir, "x.csv", "name,age\nBob,4\n");
        Collected c = Collected.read(p);
        assertEquals(0, c.articles.size());
        assertTrue(c.onlyFailure().reason().startsWith("CSV header has no text column"), c.onlyFailure().reason());
    }

    @Test
    void readsTheWikinewsCorpus() {
        Path csv = SharedData.path("corpora/wikinews-2019/wikinews_2019.csv");
        Collected c = Collected.read(csv);
        assertEquals(List.of(), c.failures);
        assertEquals(171, c.articles.size());
        Article first = c.articles.get(0);
        assertEquals("Magnitogorsk apartment building collapses after explosion, dozens dead", first.title());
        assertEquals("2019-01-04", first.published());
        assertEquals("en.wikinews.org", first.outlet());
        assertTrue(first.body().startsWith("An apartment building collapsed on Monday in Magnitogorsk"), first.body());
        assertTrue(c.articles.stream().allMatch(a -> "en".equals(a.language())));
        assertEquals(171, c.articles.stream().map(Article::id).distinct().count());
        // every Wikinews dateline ("Friday, January 4, 2019") is taken off the body
        assertTrue(c.articles.stream().noneMatch(a -> a.body().matches("(?s)^\\w+day, \\w+ \\d{1,2}, 20\\d\\d.*")));
    }

    @Test
    void wholeDirectoryOfTheCorpusSkipsItsDocumentation() {
        Path csv = SharedData.path("corpora/wikinews-2019/wikinews_2019.csv");
        Collected c = Collected.read(csv.getParent());
        assertEquals(1, c.reports.size(), c.reports.toString());
        assertEquals(171, c.articles.size());
    }
}
