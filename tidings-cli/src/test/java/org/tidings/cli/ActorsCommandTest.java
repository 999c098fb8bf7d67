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

class ActorsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ActorsCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void looksANameUpOnADay() {
        assertEquals(0, run("lookup", "Putin", "--date", "2024-01-01"));
        assertTrue(out.toString().contains("Vladimir Putin") && out.toString().contains("RUSGOV"), out::toString);
    }

    @Test
    void aFormerPresidentIsAnElite() {
        assertEquals(0, run("lookup", "Barack", "Obama", "--date", "2020-01-01"));
        assertTrue(out.toString().contains("USAELI"), out::toString);
    }

    @Test
    void anUnknownNameExitsWithOne() {
        assertEquals(1, run("lookup", "Blorfistan"));
        assertTrue(out.toString().contains("unknown"));
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, run());
        assertEquals(2, run("lookup"));
        assertEquals(2, run("lookup", "Putin", "--date", "yesterday"));
    }

    @Test
    void codesAJsonlBatchWithCodePointOffsets(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path outFile = dir.resolve("out.jsonl");
        Files.write(in, List.of(
                "{\"id\": \"a\", \"date\": \"2024-10-21\", \"text\": \"\uD83D\uDE00 Russia's Foreign Ministry criticised Seoul.\"}",
                "this is not json",
                "{\"id\": \"b\", \"date\": \"2024-10-21\", \"text\": \"North Korean troops crossed into Ukraine.\"}"),
                StandardCharsets.UTF_8);
        assertEquals(1, run("--jsonl", in.toString(), "--out", outFile.toString()), err::toString);
        assertTrue(err.toString().contains(":2: skipped"), err::toString);
        List<String> lines = Files.readAllLines(outFile, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        JsonNode a = new ObjectMapper().readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        JsonNode first = a.get("actors").get(0);
        assertEquals("Russia's Foreign Ministry", first.get("text").asText());
        assertEquals(2, first.get("start").asInt(), "the emoji is one code point");
        assertEquals(27, first.get("end").asInt());
        assertEquals("RUS", first.get("country").asText());
        assertEquals("GOV", first.get("sector").asText());
        assertEquals("RUSGOV", first.get("code").asText());
        JsonNode b = new ObjectMapper().readTree(lines.get(1));
        assertEquals("PRKMIL", b.get("actors").get(0).get("code").asText());
    }

    @Test
    void showsTheActorsOfAStoredArticle(@TempDir Path dir) {
        Path data = dir.resolve("data");
        StoreCommandsFixture.build(data, false);
        CliRun run = CliRun.of("--data", data.toString(), "actors", "--article", StoreCommandsFixture.summonsId());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(StoreCommandsFixture.SUMMONS_TITLE), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("South Korea's Foreign Ministry") && l.contains("KORGOV")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("the Russian ambassador Georgy Zinoviev")
                && l.contains("RUSGOV")), run.out());

        CliRun missing = CliRun.of("--data", data.toString(), "actors", "--article", "0000000000000000");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no article 0000000000000000"), missing.err());
        assertEquals(2, CliRun.of("--data", data.toString(), "actors", "--article", "x", "some text").exitCode());
    }
}
