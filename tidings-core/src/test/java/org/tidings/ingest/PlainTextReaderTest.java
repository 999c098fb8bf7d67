package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

    @TempDir
    Path dir;

    @Test
    void firstNonEmptyLineIsTheTitle() {
        Path p = Collected.write(dir, "story.txt", "\n\n  Bridge reopens after repairs  \n\n"
                + "The old bridge over the river opened again on Friday after two years of work.\n"
                + "Traffic was light.\n\n\n\nThe mayor thanked the workers.\n");
        Article a = Collected.read(p).only();
        assertEquals("Bridge reopens after repairs", a.title());
        assertEquals("The old bridge over the river opened again on Friday after two years of work.\n"
                + "Traffic was light.\n\nThe mayor thanked the workers.", a.body());
        assertNull(a.url());
        assertNull(a.outlet());
        assertNull(a.published());
        assertEquals("en", a.language());
        assertNull(a.origin().place());
    }

    @Test
    void headerBlockGivesMetadata() {
        Path p = Collected.write(dir, "h.txt", "Title: Ministers meet in Oslo\n"
                + "URL: https://www.example.no/news/1\n"
                + "Date: 2020-02-03 14:05\n"
                + "Authors: Kari Nordmann; Ola Nordmann\n"
                + "Language: en-GB\n"
                + "\n"
                + "Foreign ministers of five countries met in Oslo on Monday.\n");
        Article a = Collected.read(p).only();
        assertEquals("Ministers meet in Oslo", a.title());
        assertEquals("https://www.example.no/news/1", a.url());
        assertEquals("example.no", a.outlet());
        assertEquals("2020-02-03T14:05:00", a.published());
        assertEquals(List.of("Kari Nordmann", "Ola Nordmann"), a.authors());
        assertEquals("en", a.language());
        assertEquals("Foreign ministers of five countries met in Oslo on Monday.", a.body());
    }

    @Test
    void headerWithoutTitleTakesTheNextLineAndOutletWins() {
        Path p = Collected.write(dir, "h2.txt", "Source: Daily Example\nPublished: March 3, 2019\n\n"
                + "Storm hits coast\nWinds of 120 km/h knocked out power to thousands of homes.");
        Article a = Collected.read(p).only();
        assertEquals("Storm hits coast", a.title());
        assertEquals("Daily Example", a.outlet());
        assertEquals("2019-03-03", a.published());
        assertEquals("Winds of 120 km/h knocked out power to thousands of homes.", a.body());
    }

    @Test
    void aColonInTheFirstLineIsNotAHeader() {
        Path p = Collected.write(dir, "c.txt", "Breaking: dam bursts\n\nWater flooded three villages overnight.");
        Article a = Collected.read(p).only();
        assertEquals("Breaking: dam bursts", a.title());
        assertEquals("Water flooded three villages overnight.", a.body());
    }

    @Test
    void titleOnlyIsAnEmptyArticle() {
        Path p = Collected.write(dir, "t.txt", "Just a headline\n\n\n");
        Collected c = Collected.read(p);
        assertEquals(List.of(), c.articles);
        assertEquals("empty article (no body text)", c.onlyFailure().reason());
    }

    @Test
    void windows1252BytesAreRepaired() {
        byte[] bytes = "Caf\u00e9 owners protest\n\nThe owners \u201cwill not pay\u201d the new tax, they said."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Article a = Collected.read(Collected.write(dir, "w.txt", bytes)).only();
        assertEquals("Caf\u00e9 owners protest", a.title());
        assertEquals("The owners \u201cwill not pay\u201d the new tax, they said.", a.body());
    }

    @Test
    void byteOrderMarksAreHonoured() {
        String text = "Titel \u00fcber alles\n\nDer Text ist kurz, aber er ist nicht leer und wird von den Lesern gelesen.";
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        Article a = Collected.read(Collected.write(dir, "u16.txt", utf16)).only();
        assertEquals("Titel \u00fcber alles", a.title());
        assertEquals("de", a.language());
        byte[] utf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals("Titel \u00fcber alles", Collected.read(Collected.write(dir, "u8.txt", utf8)).only().title());
    }

    @Test
    void tooLargeForOneArticle() {
        Path p = Collected.write(dir, "big.txt", "Title\n\n" + "word ".repeat(300));
        Collected c = Collected.read(new Limits(1000, 1000), p);
        assertEquals(List.of(), c.articles);
        assertEquals("too large for one article (0.0 MB)", c.onlyFailure().reason());
    }
}
