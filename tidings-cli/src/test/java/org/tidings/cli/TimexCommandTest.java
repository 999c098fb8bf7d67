package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TimexCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void oneDocumentWithCodePointOffsets(@TempDir Path dir) throws Exception {
        // The emoji is two UTF-16 chars but one code point: offsets must count it once.
        String text = "\uD83D\uDEA2 The ferry sank last week off the coast.";
        Path in = Files.writeString(dir.resolve("a.txt"), text, StandardCharsets.UTF_8);
        Run r = run(new TimexCommand(), "--dct", "2024-10-21", "--in", in.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode arr = JSON.readTree(r.out());
        assertEquals(1, arr.size(), r.out());
        JsonNode t = arr.get(0);
        assertEquals("last week", t.get("text").asText());
        assertEquals(17, t.get("start").asInt());
        assertEquals(26, t.get("end").asInt());
        assertEquals("DATE", t.get("type").asText());
        assertEquals("2024-W42", t.get("value").asText());
        assertTrue(t.has("mod"));
    }

    @Test
    void batchKeepsGoingPastABadRecord(@TempDir Path dir) throws Exception {
        Path in = Files.write(dir.resolve("in.jsonl"), List.of(
                "{\"id\":\"a\",\"dct\":\"2024-10-21\",\"text\":\"Talks resumed on Friday.\"}",
                "{\"id\":\"b\",\"dct\":\"not a date\",\"text\":\"Talks resumed on Friday.\"}",
                "{\"id\":\"c\",\"dct\":\"2024-10-21\",\"text\":\"No date here.\"}"));
        Path out = dir.resolve("out.jsonl");
        Run r = run(new TimexCommand(), "--jsonl", in.toString(), "--out", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("in.jsonl:2"), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        JsonNode a = JSON.readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        assertEquals("2024-10-18", a.get("timexes").get(0).get("value").asText());
        assertTrue(JSON.readTree(lines.get(1)).has("error"));
        assertEquals(0, JSON.readTree(lines.get(2)).get("timexes").size());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run(new TimexCommand()).exit());
        assertEquals(2, run(new TimexCommand(), "--dct", "21/10/2024").exit());
        assertEquals(2, run(new TimexCommand(), "--jsonl", "x.jsonl").exit());
    }

    @Test
    void evalScoresATimeMlFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/one.tml"), """
                <TimeML>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-21">20241021</TIMEX3></DCT>
                <TEXT>
                The ferry sank <TIMEX3 tid="t1" type="DATE" value="2024-W42">last week</TIMEX3> and rescuers searched for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
                </TEXT>
                </TimeML>
                """);
        Run r = run(new EvalTimexCommand(), dir.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].startsWith(dir.resolve("news") + " docs=1 gold=2"), lines[0]);
        assertTrue(lines[1].startsWith("TOTAL "), lines[1]);
        assertTrue(lines[1].contains("relaxed P=1.000 R=1.000 F1=1.000 value_accuracy=1.000"), lines[1]);
        assertEquals(2, run(new EvalTimexCommand(), dir.resolve("missing").toString()).exit());
    }
}
