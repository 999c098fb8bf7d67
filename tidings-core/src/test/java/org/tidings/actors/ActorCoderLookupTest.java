package org.tidings.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorCoderLookupTest {

    private final ActorCoder coder = ActorCoder.defaults();

    private static String code(ActorCoder c, String name, LocalDate d) {
        return c.lookup(name, d).map(ActorEntry::code).orElse("-");
    }

    @Test
    void countriesAliasesDemonymsAndCapitals() {
        LocalDate d = LocalDate.of(2024, 10, 21);
        assertEquals("GBR", code(coder, "Britain", d));
        assertEquals("GBR", code(coder, "the UK", d));
        assertEquals("KOR", code(coder, "South Korean", d));
        assertEquals("UKR", code(coder, "Ukrainian", d));
        assertEquals("PRK", code(coder, "Pyongyang", d));
        assertEquals("RUSGOV", code(coder, "the Kremlin", d));
        assertEquals("USAGOV", code(coder, "the White House", d));
        assertEquals("GBRGOV", code(coder, "Downing Street", d));
        assertEquals("IGOMIL", code(coder, "NATO", d));
        assertEquals("KORMED", code(coder, "Yonhap", d));
        assertEquals("RUSMED", code(coder, "TASS", d));
        assertTrue(coder.lookup("Blorfistan", d).isEmpty());
    }

    @Test
    void peopleAreCodedByTheDate() {
        assertEquals("RUSGOV", code(coder, "Putin", LocalDate.of(2024, 1, 1)));
        assertEquals("Prime Minister", coder.lookup("Putin", LocalDate.of(2010, 1, 1)).orElseThrow().office());
        assertEquals("USAGOV", code(coder, "Joe Biden", LocalDate.of(2023, 6, 1)));
        // Out of office: a former office holder, an elite.
        assertEquals("USAELI", code(coder, "Joe Biden", LocalDate.of(2025, 6, 1)));
        assertEquals("former President", coder.lookup("Biden", LocalDate.of(2025, 6, 1)).orElseThrow().office());
        // The same surname, two people: the date decides.
        assertEquals("George H. W. Bush", coder.lookup("Bush", LocalDate.of(1991, 1, 1)).orElseThrow().name());
        assertEquals("George W. Bush", coder.lookup("Bush", LocalDate.of(2003, 1, 1)).orElseThrow().name());
        assertEquals("IGOGOV", code(coder, "Ban Ki-moon", LocalDate.of(2010, 1, 1)));
        assertEquals("KORGOV", code(coder, "Ban Ki-moon", LocalDate.of(2005, 1, 1)));
    }

    @Test
    void userFilesOverrideOurKnowledge(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("mine.tsv");
        Files.writeString(user, String.join("\n",
                "# my actors",
                "person\tVladimir Putin\tPutin\tRUS\tMIL\t\t\tSupreme commander",
                "org\tAcme Rebels\tAcme\tFRA\tREB",
                "role\tcoastguardsman\t\t\tMIL",
                "bogus line without tabs",
                "person\tNobody\t\tXXX\tGOV\t2020-01-01\t2019-01-01\tbad period",
                ""), StandardCharsets.UTF_8);
        ActorCoder c = ActorCoder.load(List.of(user), null);
        assertEquals("RUSMIL", code(c, "Putin", LocalDate.of(2024, 1, 1)));
        assertEquals("user", c.lookup("Putin", LocalDate.of(2024, 1, 1)).orElseThrow().source());
        assertEquals("FRAREB", code(c, "Acme", null));
        assertEquals("MIL", c.lookup("coastguardsmen", null).orElseThrow().sector());
        assertTrue(c.lookup("Nobody", null).isEmpty(), "a bad line is skipped");
        // The built-in knowledge is still there.
        assertEquals("KOR", code(c, "Seoul", null));
    }

    @Test
    void phoenixDictionariesLoadWithTheirDateRanges(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Test.actors.txt"), String.join("\n",
                "# a comment",
                "JOHN_QUINCY_EXAMPLE_  # a person",
                "+J._Q._EXAMPLE",
                "\t[FRAELI 700101-990809]",
                "\t[FRAGOV 990810-080507]",
                "\t[FRAGOV >20120101]",
                "\t[FRAELI]",
                "EXAMPLE_LIBERATION_FRONT_ [BELREBXYZ]",
                "+ELF_",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Phoenix.agents.txt"), String.join("\n",
                "!PERSON! = MAN, WOMAN",
                "CATTLE!PERSON! [~AGR]",
                ""), StandardCharsets.UTF_8);
        ActorCoder c = ActorCoder.load(List.of(), dir);
        assertEquals("FRAELI", code(c, "John Quincy Example", LocalDate.of(1995, 1, 1)));
        assertEquals("FRAGOV", code(c, "J. Q. Example", LocalDate.of(2001, 1, 1)));
        assertEquals("FRAELI", code(c, "John Quincy Example", LocalDate.of(2010, 1, 1)));
        assertEquals("FRAGOV", code(c, "John Quincy Example", LocalDate.of(2015, 1, 1)));
        assertEquals("BELREB", code(c, "ELF", null));
        assertEquals("phoenix", c.lookup("ELF", null).orElseThrow().source());
        assertEquals("AGR", c.lookup("cattleman", null).orElseThrow().sector());
        assertEquals("AGR", c.lookup("cattlewoman", null).orElseThrow().sector());
        // Our knowledge base wins over Phoenix for the names it knows.
        assertEquals("kb", c.lookup("Putin", LocalDate.of(2024, 1, 1)).orElseThrow().source());
        assertFalse(c.lookup("Example Liberation Front", null).isEmpty());
    }
}
