package org.tidings.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.SharedData;

/** The Phoenix dictionaries of the shared folder: they load fast, in bounded memory, with their dated codes. */
class PhoenixDictionaryTest {

    private static final Logger log = LoggerFactory.getLogger(PhoenixDictionaryTest.class);

    private static String code(ActorCoder c, String name, LocalDate d) {
        return c.lookup(name, d).map(ActorEntry::code).orElse("-");
    }

    @Test
    void loadsTheSharedDictionariesWithTheirDateRanges() {
        Path dir = SharedData.path("dictionaries/phoenix");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();

        ActorCoder coder = ActorCoder.load(List.of(), dir);

        long ms = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long used = (rt.totalMemory() - rt.freeMemory() - before) / (1024 * 1024);
        log.info("Phoenix + our knowledge base: {} names in {} ms, about {} MB retained", coder.size(), ms, used);
        assertTrue(ms < 10_000, "loaded in " + ms + " ms");
        assertTrue(coder.size() > 50_000, "names: " + coder.size());

        // A minister in office for a period, an elite before and after it (Phoenix's undated default).
        String minister = "Ricardo Mangue Obama Nfubea";
        assertEquals("GNQELI", code(coder, minister, LocalDate.of(2000, 1, 1)));
        assertEquals("GNQGOV", code(coder, minister, LocalDate.of(2007, 1, 1)));
        assertEquals("GNQELI", code(coder, minister, LocalDate.of(2010, 1, 1)));
        // Open-ended ranges: [UGAGOV >860126].
        assertEquals("UGAGOV", code(coder, "Yoweri Kaguta Museveni", LocalDate.of(2010, 1, 1)));
        // Our own knowledge base keeps precedence over Phoenix for the names it knows.
        assertEquals("kb", coder.lookup("Vladimir Putin", LocalDate.of(2024, 1, 1)).orElseThrow().source());
        // Agents become role nouns.
        assertEquals("AGR", coder.lookup("sharecropper", null).orElseThrow().sector());
    }

    @Test
    void loadsThePetrarchValidationDictionaryAsAUserFile() {
        Path file = SharedData.path("eval/events/petrarch-unit-tests/PETR.Validate.actors.txt");
        ActorCoder coder = ActorCoder.load(List.of(file), null);
        assertEquals("PSEREB", code(coder, "Hamas", null));
        assertEquals("user", coder.lookup("Hamas", null).orElseThrow().source());
        assertEquals("HOB", code(coder, "Frodo", null));
    }
}
