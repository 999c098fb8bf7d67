package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.SharedData;

class SeedTextReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSeedArticle() {
        Path seed = SharedData.path("seed/000_82426c862c5804d0.txt");
        Collected c = Collected.read(seed);
        Article a = c.only();
        assertEquals("South Korea summons Russian ambassador over reports of North Korean troop deployment to Ukraine",
                a.title());
        assertEquals("2024-10-21T10:07:57", a.published());
        assertTrue(a.body().startsWith("South Korea's Foreign Ministry summoned the Russian ambassador in Seoul"),
                a.body());
        assertTrue(a.body().contains("\n\nLast week, both Ukrainian and South Korean officials"));
        assertEquals(ArticleIds.of(a.title(), a.body()), a.id());
        assertEquals("en", a.language());
        assertEquals(seed.toString(), a.origin().file());
        assertNull(a.origin().place());
        assertEquals(Collected.CLOCK.instant(), a.ingestedAt());
        assertEquals("seed", c.reports.get(0).format());
    }

    @Test
    void firstLineWithoutTimeStampGivesTheDate() {
        Path p = Collected.write(dir, "a.txt", "date 2023-05-02 Floods close schools in the north\n\n"
                + "Heavy rain closed forty schools on Tuesday, officials said.\n");
        Article a = Collected.read(p).only();
        assertEquals("Floods close schools in the north", a.title());
        assertEquals("2023-05-02", a.published());
        assertEquals("Heavy rain closed forty schools on Tuesday, officials said.", a.body());
    }

    @Test
    void timeStampWithoutSecondsAndAfternoon() {
        Path p = Collected.write(dir, "b.txt", " date 2022-11-30 Port strike ends Wednesday, November 30, 2022 4:05 PM\n"
                + "Dock workers went back to work after a deal on pay was reached late on Tuesday night.");
        Article a = Collected.read(p).only();
        assertEquals("Port strike ends", a.title());
        assertEquals("2022-11-30T16:05:00", a.published());
    }

    @Test
    void seedWithoutBodyIsAnEmptyArticle() {
        Path p = Collected.write(dir, "c.txt", " date 2024-01-01 Nothing follows this line Monday, January 1, 2024 9:00:00 AM\n\n  \n");
        Collected c = Collected.read(p);
        assertEquals(0, c.articles.size());
        assertEquals(p + ": empty article (no body text)", c.onlyFailure().toString());
    }
}
