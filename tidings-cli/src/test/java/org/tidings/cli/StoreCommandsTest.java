package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class StoreCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one run. */
    record Run(int exit, String out, String err) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> out = new ArrayList<>();
            for (String line : this.out.split("\n")) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        }
    }

    private Run run(StoreCommand command, String... args) {
        command.setDataDir(dir);
        CommandLine cl = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void articlesAsJsonLinesFollowTheContract() throws Exception {
        StoreCommandsFixture.build(dir, false);
        Run r = run(new ArticlesCommand(), "--format", "jsonl");
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> lines = r.lines();
        assertEquals(3, lines.size());
        JsonNode recall = lines.get(0);
        assertEquals(StoreCommandsFixture.recallId(), recall.get("id").asText());
        assertEquals("BBC", recall.get("outlet").asText());
        assertEquals("Berlin recalls envoy", recall.get("title").asText());
        assertEquals("2024-10-28", recall.get("published").asText());
        assertEquals("https://news.example/" + StoreCommandsFixture.recallId(), recall.get("url").asText());
        assertEquals(List.of(StoreCommandsFixture.RECALL_BODY), texts(recall.get("sentences")));
        assertEquals(2, lines.get(1).get("sentences").size());
        assertTrue(lines.get(2).get("published").isNull());
    }

    @Test
    void articlesFilterAndPrintAsTableCsvAndJson() throws Exception {
        StoreCommandsFixture.build(dir, false);
        Run table = run(new ArticlesCommand(), "--outlet", "bbc", "--from", "2024-10");
        assertEquals(0, table.exit(), table.err());
        String[] rows = table.out().split("\n");
        assertEquals(3, rows.length, table.out());
        assertTrue(rows[0].startsWith("ID "), rows[0]);
        assertTrue(rows[2].startsWith(StoreCommandsFixture.recallId() + "  2024-10-28  BBC"), rows[2]);

        Run csv = run(new ArticlesCommand(), "--format", "csv", "--to", "2024-10-21");
        assertEquals("ID,PUBLISHED,OUTLET,SENTENCES,TITLE,URL\n" + StoreCommandsFixture.summonsId()
                + ",2024-10-21T10:07:57+09:00,Yonhap,2,Seoul summons Russian ambassador,https://news.example/"
                + StoreCommandsFixture.summonsId() + "\n", csv.out());

        Run json = run(new ArticlesCommand(), "--format", "json", "--limit", "1");
        JsonNode array = JSON.readTree(json.out());
        assertEquals(1, array.size());
        assertEquals("Berlin recalls envoy", array.get(0).get("title").asText());
    }

    @Test
    void searchRanksAndMarksMatches() throws Exception {
        StoreCommandsFixture.build(dir, false);
        // No index yet: the search command builds it from the store.
        Run r = run(new SearchCommand(), "ambassador", "--format", "jsonl");
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> hits = r.lines();
        assertEquals(2, hits.size());
        assertEquals(List.of("Seoul summons Russian ambassador", "Berlin recalls envoy"),
                List.of(hits.get(0).get("title").asText(), hits.get(1).get("title").asText()));
        assertTrue(hits.get(1).get("snippet").asText().contains("recalled its «ambassador» from Minsk"),
                hits.get(1).toString());
        assertEquals(1, hits.get(0).get("rank").asInt());

        Run filtered = run(new SearchCommand(), "ambassador", "--outlet", "BBC", "--from", "2024-10-22");
        assertEquals(0, filtered.exit(), filtered.err());
        assertTrue(filtered.out().startsWith("1. Berlin recalls envoy  (BBC, 2024-10-28)  "
                + StoreCommandsFixture.recallId()), filtered.out());
        assertFalse(filtered.out().contains("2. "), filtered.out());

        Run none = run(new SearchCommand(), "volcano");
        assertEquals("no articles match\n", none.out());
    }

    @Test
    void showMarksEntitiesAndTimesAndListsEvents() {
        StoreCommandsFixture.build(dir, false);
        Run r = run(new ShowCommand(), StoreCommandsFixture.summonsId().substring(0, 8));
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Seoul summons Russian ambassador\n" + StoreCommandsFixture.summonsId()
                + "  Yonhap  2024-10-21T10:07:57+09:00"), out);
        assertTrue(out.contains("[South Korea|COUNTRY]'s Foreign Ministry summoned the Russian ambassador "
                + "[Georgy Zinoviev|PERSON] {on October 18|DATE 2024-10-18}. [Moscow|CITY] rejected the protest."), out);
        assertTrue(out.contains("1. CONSULT  (CAMEO 0, Goldstein +1.0)  South Korea's Foreign Ministry [KORGOV] -> "
                + "the Russian ambassador Georgy Zinoviev [RUSGOV]  asserted"), out);
        assertTrue(out.contains("date 2024-10-18 (text: \"on October 18\"); in Seoul (KOR); according to Yonhap"), out);
        assertTrue(out.contains("2. REJECT  (CAMEO 120, Goldstein -4.0)"), out);

        Run missing = run(new ShowCommand(), "zzzz");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no article zzzz"), missing.err());
    }

    @Test
    void showAsJson() throws Exception {
        StoreCommandsFixture.build(dir, false);
        Run r = run(new ShowCommand(), StoreCommandsFixture.recallId(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode o = JSON.readTree(r.out());
        assertEquals("Minsk", o.get("entities").get(1).get("text").asText());
        assertEquals("REDUCE", o.get("events").get(0).get("type").asText());
        assertEquals("DEU", o.get("events").get(0).get("source").get(0).get("code").asText());
    }

    @Test
    void statsCountTheStore() throws Exception {
        StoreCommandsFixture.build(dir, false);
        Run r = run(new StatsCommand());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("articles        3\n"), r.out());
        assertTrue(r.out().contains("event mentions  3\n"), r.out());
        assertTrue(r.out().contains("published       2024-10-21 .. 2024-10-28\n"), r.out());
        assertTrue(r.out().contains("by outlet:\n  BBC     2\n  Yonhap  1\n"), r.out());
        JsonNode json = JSON.readTree(run(new StatsCommand(), "--format", "json").out());
        assertEquals(4, json.get("sentences").asInt());
        assertEquals(6, json.get("entities").asInt());
        assertEquals(1, json.get("timexes").asInt());
        assertEquals(4, json.get("actor_mentions").asInt());
        assertEquals(1, json.get("by_type").get("REJECT").asInt());
    }

    @Test
    void reindexRebuildsTheIndex() {
        StoreCommandsFixture.build(dir, true);
        Run r = run(new ReindexCommand());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("reindexed 3 articles in "), r.out());
        assertTrue(run(new SearchCommand(), "rain").out().startsWith("1. Floods in the valley  (BBC, undated)"));
    }

    @Test
    void eventsAsJsonLinesFollowTheContract() throws Exception {
        StoreCommandsFixture.build(dir, false);
        Run r = run(new EventsCommand(), "--format", "jsonl");
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> events = r.lines();
        assertEquals(List.of("REDUCE", "REJECT", "CONSULT"),
                events.stream().map(e -> e.get("type").asText()).toList());
        JsonNode consult = events.get(2);
        assertTrue(consult.get("id").isIntegralNumber(), consult.get("id").toString());
        assertEquals("0", consult.get("cameo").asText());
        assertEquals(1.0, consult.get("goldstein").asDouble());
        assertEquals("KORGOV", consult.get("source").get(0).get("code").asText());
        assertEquals("KOR", consult.get("source").get(0).get("country").asText());
        assertEquals("GOV", consult.get("source").get(0).get("sector").asText());
        assertEquals("RUS", consult.get("target").get(0).get("country").asText());
        assertEquals("2024-10-18", consult.get("event_date").asText());
        assertEquals("text", consult.get("date_basis").asText());
        assertEquals("Seoul", consult.get("location").asText());
        assertEquals("asserted", consult.get("certainty").asText());
        assertEquals(List.of("Yonhap"), texts(consult.get("reported_by")));
        assertTrue(consult.get("quantity").isNull());
        assertEquals(0, consult.get("evidence").get("start").asInt());
        assertEquals(1, consult.get("reports").asInt());
        assertEquals(List.of("Yonhap"), texts(consult.get("outlets")));
        JsonNode mention = consult.get("mentions").get(0);
        assertEquals(StoreCommandsFixture.summonsId(), mention.get("article").asText());
        assertEquals("2024-10-21T10:07:57+09:00", mention.get("published").asText());
        assertTrue(mention.get("sentence").asText().startsWith("South Korea's Foreign Ministry summoned"));
    }

    @Test
    void eventsFilter() throws Exception {
        StoreCommandsFixture.build(dir, false);
        assertEquals(List.of("REJECT", "CONSULT"), types(run(new EventsCommand(), "--country", "rus", "--format", "jsonl")));
        assertEquals(List.of("REJECT"), types(run(new EventsCommand(), "--actor", "Moscow", "--format", "jsonl")));
        assertEquals(List.of("REDUCE", "CONSULT"),
                types(run(new EventsCommand(), "--certainty", "asserted", "--format", "jsonl")));
        assertEquals(List.of("REDUCE", "REJECT"),
                types(run(new EventsCommand(), "--type", "REDUCE,reject", "--format", "jsonl")));
        // The week 2024-W44 runs from 28 October to 3 November.
        assertEquals(List.of("REDUCE"), types(run(new EventsCommand(), "--from", "2024-11-01", "--format", "jsonl")));
        assertEquals(List.of("REJECT", "CONSULT"),
                types(run(new EventsCommand(), "--to", "2024-10-21", "--format", "jsonl")));
        Run table = run(new EventsCommand(), "--type", "CONSULT");
        String[] rows = table.out().split("\n");
        assertEquals(3, rows.length);
        assertTrue(rows[2].matches("\\d+ +2024-10-18  CONSULT  0      1.0        KORGOV  RUSGOV  asserted   Seoul     "
                + "1        1        single-source  South Korea's.*"), rows[2]);
        Run csv = run(new EventsCommand(), "--type", "REDUCE", "--format", "csv");
        assertTrue(csv.out().endsWith(",\"Germany recalled its ambassador from Minsk on Monday, officials said.\"\n"),
                csv.out());
    }

    @Test
    void eventShowsMentionsAndDecisions() throws Exception {
        StoreCommandsFixture.build(dir, false);
        Run r = run(new EventCommand(), StoreCommandsFixture.summonsId() + "-0");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Event "), r.out());
        assertTrue(r.out().contains(": CONSULT (CAMEO 0, Goldstein 1.0)"), r.out());
        assertTrue(r.out().contains("reports:       1 mentions in 1 articles (1 independent)"), r.out());
        assertTrue(r.out().contains(StoreCommandsFixture.summonsId() + "-0  Yonhap"), r.out());
        assertTrue(r.out().contains("Merge decisions:"), r.out());
        long id = Long.parseLong(r.out().substring("Event ".length(), r.out().indexOf(':')));
        Run json = run(new EventCommand(), Long.toString(id), "--format", "json");
        assertEquals(id, Listing.JSON.readTree(json.out()).get("id").asLong());
        assertEquals(1, run(new EventCommand(), "12345").exit());
    }

    @Test
    void exportWritesEveryFormat() throws Exception {
        StoreCommandsFixture.build(dir, false);
        Path out = dir.resolve("export");
        for (String format : List.of("jsonl", "csv", "parquet", "gdelt")) {
            Run r = run(new ExportCommand(), "--format", format, "--out", out.resolve(format).toString());
            assertEquals(0, r.exit(), r.err());
        }
        assertEquals(3, java.nio.file.Files.readAllLines(out.resolve("jsonl/events.jsonl")).size());
        assertEquals(3, java.nio.file.Files.readAllLines(out.resolve("jsonl/mentions.jsonl")).size());
        assertEquals(4, java.nio.file.Files.readAllLines(out.resolve("csv/articles.csv")).size());
        assertTrue(java.nio.file.Files.size(out.resolve("parquet/events.parquet")) > 0);
        List<String> gdelt = java.nio.file.Files.readAllLines(out.resolve("gdelt/events.CSV"));
        assertEquals(3, gdelt.size());
        for (String line : gdelt) {
            assertEquals(61, line.split("\t", -1).length, line);
        }
        String consult = gdelt.stream().filter(l -> l.split("\t", -1)[5].equals("KORGOV")).findFirst().orElseThrow();
        String[] c = consult.split("\t", -1);
        assertEquals("20241018", c[1]);
        assertEquals("KORGOV", c[5]);
        assertEquals("KOR", c[7]);
        assertEquals("GOV", c[12]);
        assertEquals("RUS", c[17]);
        assertEquals("1", c[25]); // IsRootEvent: told in the first sentence
        assertEquals("0", c[26]); // EventCode
        assertEquals("1.0", c[30]); // GoldsteinScale
        assertEquals("1", c[31]); // NumMentions
        assertEquals("1", c[32]); // NumSources
        assertEquals("4", c[51]); // ActionGeo_Type: a city
        assertEquals("Seoul", c[52]);
        assertEquals("20241021010757", c[59]); // DATEADDED in UTC
        List<String> mentions = java.nio.file.Files.readAllLines(out.resolve("gdelt/mentions.CSV"));
        assertEquals(3, mentions.size());
        mentions.forEach(l -> assertEquals(16, l.split("\t", -1).length, l));
        Run single = run(new ExportCommand(), "--out", dir.resolve("one.jsonl").toString());
        assertEquals(0, single.exit(), single.err());
        assertEquals(3, java.nio.file.Files.readAllLines(dir.resolve("one.jsonl")).size());
    }

    @Test
    void badInputIsAUsageErrorAndAMissingStoreAFailure() {
        Run badDate = run(new EventsCommand(), "--from", "yesterday");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("'yesterday' is not a date"), badDate.err());
        Run badFormat = run(new ArticlesCommand(), "--format", "xml");
        assertEquals(2, badFormat.exit());
        Run noStore = run(new StatsCommand());
        assertEquals(1, noStore.exit());
        assertTrue(noStore.err().startsWith("tidings stats: no store in " + dir), noStore.err());
    }

    /** The main command's way: a parent that knows the data directory from its --data option. */
    @Command(name = "tidings", subcommands = {StatsCommand.class, ArticlesCommand.class})
    static final class Parent implements DataDirProvider {
        @Option(names = "--data", scope = CommandLine.ScopeType.INHERIT)
        Path data = Path.of("tidings-data");

        @Override
        public Path dataDir() {
            return data;
        }
    }

    @Test
    void dataDirectoryComesFromTheParentCommand() throws Exception {
        StoreCommandsFixture.build(dir, false);
        for (String[] args : List.of(new String[] {"--data", dir.toString(), "articles", "--format", "jsonl"},
                new String[] {"articles", "--data", dir.toString(), "--format", "jsonl"})) {
            CommandLine cl = new CommandLine(new Parent());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            assertEquals(0, cl.execute(args), err.toString());
            assertEquals(3, out.toString().split("\n").length, String.join(" ", args));
        }
    }

    private static List<String> types(Run r) throws Exception {
        assertEquals(0, r.exit(), r.err());
        return r.lines().stream().map(e -> e.get("type").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
