package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.SharedData;
import org.tidings.events.CodedArticle;
import org.tidings.ingest.Article;
import org.tidings.nlp.Timex;
import org.tidings.store.Store;

class IngestCommandTest {

    @TempDir
    Path tmp;

    @Test
    void ingestsTheSeedArticleOnceAndFindsItBySearch() throws Exception {
        Path seed = SharedData.path("seed/000_82426c862c5804d0.txt");
        Path data = tmp.resolve("data");

        CliRun first = CliRun.of("--data", data.toString(), "ingest", seed.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("Events coded:"), first.out());

        try (Store store = Store.openReadOnly(data)) {
            Article article = store.articles(org.tidings.store.ArticleQuery.all())
                    .get(0);
            assertEquals("South Korea summons Russian ambassador over reports of North Korean troop deployment to Ukraine",
                    article.title());
            assertEquals("2024-10-21T10:07:57", article.published());
            CodedArticle coded = store.load(article.id()).orElseThrow();
            assertEquals(15, coded.document().sentences().size());
            assertTrue(coded.document().entities().stream()
                    .anyMatch(e -> e.text().equals("Georgy Zinoviev") && e.type().equals("PERSON")));
            assertTrue(coded.document().entities().stream()
                    .anyMatch(e -> e.text().contains("Center for Strategic Communications and Information Security")
                            && e.type().equals("ORGANIZATION")), () -> coded.document().entities().toString());
            List<String> values = coded.document().timexes().stream().map(Timex::value).toList();
            assertTrue(values.containsAll(List.of("2024-W42", "2024-10-18", "2024-06")), values::toString);
        }

        CliRun again = CliRun.of("--data", data.toString(), "ingest", "--quiet", seed.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().matches("(?s).*\\n1\\s+0\\s+1\\s+0\\s.*"), "read 1, ingested 0, 1 duplicate:\n" + again.out());

        CliRun search = CliRun.of("--data", data.toString(), "search", "ambassador");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("South Korea summons Russian ambassador"), search.out());
    }

    @Test
    void badInputIsReportedWithFileAndLineAndTheRestIsStored() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("feed.jsonl"), String.join("\n",
                "{\"title\": \"Envoys meet in Geneva\", \"maintext\": \"Diplomats from Armenia and Azerbaijan met in Geneva on Monday.\", \"date_publish\": \"2024-03-04 10:00:00\"}",
                "{\"title\": \"Broken\", \"maintext\": ",
                ""), StandardCharsets.UTF_8);
        Files.write(in.resolve("blob.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
        Path data = tmp.resolve("data");

        CliRun run = CliRun.of("--data", data.toString(), "ingest", "--quiet", in.toString());

        assertEquals(1, run.exitCode(), "some inputs failed");
        assertTrue(run.err().contains("feed.jsonl line 2"), run.err());
        assertTrue(run.err().contains("blob.txt"), run.err());
        try (Store store = Store.openReadOnly(data)) {
            assertEquals(1, store.articleCount());
        }
    }
}
