package org.tidings.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexEvaluatorTest {

    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-21" functionInDocument="CREATION_TIME">20241021</TIMEX3></DCT>
            <TEXT>
            The port reopened <TIMEX3 tid="t1" type="DATE" value="2024-10-18">on Friday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>; fishers &amp; traders <EVENT eid="e1">returned</EVENT> <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTextGoldSpansAndDct(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.tml"), DOC);
        TimexEvaluator.GoldDocument g = TimexEvaluator.read(f);
        assertEquals(LocalDate.of(2024, 10, 21), g.dct());
        assertEquals("\nThe port reopened on Friday after three days; fishers & traders returned now.\n", g.text());
        assertEquals(3, g.gold().size());
        TimexEvaluator.Span friday = g.gold().get(0);
        assertEquals("on Friday", g.text().substring(friday.start(), friday.end()));
        assertEquals("2024-10-18", friday.value());
        assertEquals("now", g.text().substring(g.gold().get(2).start(), g.gold().get(2).end()));
    }

    @Test
    void scoresStrictRelaxedAndValue() {
        List<TimexEvaluator.Span> gold = List.of(
                new TimexEvaluator.Span(0, 9, "on Friday", "DATE", "2024-10-18"),
                new TimexEvaluator.Span(20, 30, "three days", "DURATION", "P3D"),
                new TimexEvaluator.Span(40, 43, "now", "DATE", "PRESENT_REF"));
        List<TimexEvaluator.Span> predicted = List.of(
                new TimexEvaluator.Span(3, 9, "Friday", "DATE", "2024-10-18"),   // relaxed, right value
                new TimexEvaluator.Span(20, 30, "three days", "DURATION", "P4D"), // strict, wrong value
                new TimexEvaluator.Span(50, 55, "later", "DATE", "FUTURE_REF")); // spurious
        TimexEvaluator.Score s = TimexEvaluator.score("x", gold, predicted);
        assertEquals(1.0 / 3, s.strictPrecision(), 1e-9);
        assertEquals(1.0 / 3, s.strictRecall(), 1e-9);
        assertEquals(2.0 / 3, s.relaxedPrecision(), 1e-9);
        assertEquals(2.0 / 3, s.relaxedRecall(), 1e-9);
        assertEquals(0.5, s.valueAccuracy(), 1e-9);
        assertEquals(2.0 / 3 * 0.5, s.valueF1(), 1e-9);
    }

    @Test
    void badFilesAreReportedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/good.tml"), DOC);
        Files.writeString(dir.resolve("sub/bad.tml"), "<TimeML><TEXT>no date</TEXT></TimeML>");
        assertThrows(IOException.class, () -> TimexEvaluator.read(dir.resolve("sub/bad.tml")));
        TimexEvaluator.Report r = TimexEvaluator.evaluate(dir, (text, dct) -> List.of());
        assertEquals(1, r.errors().size());
        assertEquals(1, r.total().documents());
        assertEquals(3, r.total().gold());
        assertEquals(1, r.perDirectory().size());
        assertEquals(0.0, r.total().relaxedRecall());
    }
}
