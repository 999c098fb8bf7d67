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

/** {@code tidings code} and {@code tidings eval events} end to end, on records written here. */
class CodeCommandTest {

    private final ObjectMapper om = new ObjectMapper();

    @Test
    void codesEachRecordAndKeepsGoingPastABadOne(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of(
                "{\"id\": \"a\", \"date\": \"2024-03-02\", \"text\": \"Lithuania expelled three Russian diplomats on Friday.\"}",
                "{\"id\": \"b\", \"date\": \"2024-03-02\"}",
                "not json",
                "{\"id\": \"c\", \"date\": \"2024-03-02\", \"text\": \"The weather in Vilnius was mild.\"}"), StandardCharsets.UTF_8);

        int code = new CommandLine(new CodeCommand()).execute("--in", in.toString(), "--out", out.toString());

        assertEquals(1, code, "some records failed");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(4, lines.size());
        JsonNode a = om.readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        JsonNode e = a.get("events").get(0);
        assertEquals("SANCTION", e.get("type").asText());
        assertEquals("expel", e.get("mode").asText());
        assertEquals("166", e.get("cameo").asText());
        assertEquals("LTU", e.get("source").get(0).get("country").asText());
        assertEquals("RUS", e.get("target").get(0).get("country").asText());
        // Published on Saturday 2 March: "on Friday" is the day before.
        assertEquals("2024-03-01", e.get("event_date").asText());
        assertEquals("text", e.get("date_basis").asText());
        assertEquals("asserted", e.get("certainty").asText());
        assertEquals(3, e.get("quantity").get("value").asInt());
        assertEquals(0, e.get("evidence").get("start").asInt());
        assertTrue(e.get("goldstein").isNumber());
        JsonNode b = om.readTree(lines.get(1));
        assertEquals("b", b.get("id").asText());
        assertTrue(b.get("error").asText().contains("text"), b::toString);
        assertTrue(om.readTree(lines.get(2)).has("error"));
        assertEquals(0, om.readTree(lines.get(3)).get("events").size());
    }

    @Test
    void evalScoresGoldAgainstPredictionsAndListsTheDifferences(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Path pred = dir.resolve("pred.jsonl");
        Files.write(gold, List.of(
                "{\"id\": \"1\", \"text\": \"x\", \"events\": [{\"type\": \"ASSAULT\", \"source\": [{\"country\": \"RUS\"}], \"target\": [{\"country\": \"UKR\"}]}]}",
                "{\"id\": \"2\", \"text\": \"y\", \"events\": [{\"type\": \"AGREE\", \"source\": [{\"country\": \"USA\"}], \"target\": []}]}"),
                StandardCharsets.UTF_8);
        Files.write(pred, List.of(
                "{\"id\": \"1\", \"events\": [{\"type\": \"ASSAULT\", \"source\": [{\"country\": \"RUS\"}], \"target\": [{\"country\": \"UKR\"}]}]}",
                "{\"id\": \"2\", \"events\": [{\"type\": \"REJECT\", \"source\": [{\"country\": \"USA\"}], \"target\": []}]}"),
                StandardCharsets.UTF_8);
        StringWriter sw = new StringWriter();
        CommandLine cl = new CommandLine(new EvalEventsCommand());
        cl.setOut(new PrintWriter(sw));

        int code = cl.execute(gold.toString(), "--pred", pred.toString(), "--diff");

        assertEquals(0, code);
        String report = sw.toString();
        assertTrue(report.contains("P=0.500 R=0.500 F1=0.500"), report);
        assertTrue(report.contains("MISS 2 AGREE"), report);
        assertTrue(report.contains("EXTRA 2 REJECT"), report);
        assertTrue(report.contains("ASSAULT"), report);
        assertEquals(2, new CommandLine(new EvalEventsCommand()).execute(dir.resolve("none.jsonl").toString()));
    }
}
