package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.ingest.Article;
import org.tidings.store.ArticleQuery;
import org.tidings.store.Store;

/** An ingest killed with SIGKILL keeps what it committed; the next run resumes and ends with exact counts. */
class IngestKillTest {

    private static final int ARTICLES = 10;
    private static final String[] COUNTRIES = {"France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada",
            "Mexico", "Norway", "Chile"};

    @TempDir
    Path tmp;

    @Test
    void killedIngestResumesWithoutLossOrDuplicates() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < ARTICLES; i++) {
            String country = COUNTRIES[i];
            Files.writeString(in.resolve(String.format("%02d.txt", i)),
                    "Title: " + country + " recalls its ambassador\nPublished: 2024-02-" + String.format("%02d", i + 10)
                            + "\n\n" + country + " recalled its ambassador from Moscow on Tuesday after a dispute over "
                            + "trade, the foreign ministry said. Officials said talks would resume in March.\n",
                    StandardCharsets.UTF_8);
        }
        Path data = tmp.resolve("data");

        Process child = new ProcessBuilder(javaCommand(data, in)).redirectErrorStream(true).start();
        int storedBeforeKill = 0;
        List<String> seen = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                seen.add(line);
                if (line.contains("IngestCommand - stored ") && ++storedBeforeKill == 3) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, storedBeforeKill, () -> "the child stopped before storing 3 articles:\n" + String.join("\n", seen));

        try (Store store = Store.openReadOnly(data)) {
            long kept = store.articleCount();
            assertTrue(kept >= 3 && kept < ARTICLES, "kept " + kept);
            for (Article a : store.articles(ArticleQuery.all())) {
                assertTrue(store.load(a.id()).orElseThrow().document().sentences().size() >= 2, "complete: " + a.id());
            }
        }

        CliRun resumed = CliRun.of("--data", data.toString(), "ingest", "--quiet", in.toString());
        assertEquals(0, resumed.exitCode(), resumed.err());
        try (Store store = Store.openReadOnly(data)) {
            List<Article> all = store.articles(ArticleQuery.all());
            assertEquals(ARTICLES, all.size());
            assertEquals(ARTICLES, new HashSet<>(all.stream().map(Article::id).toList()).size());
        }
    }

    private static List<String> javaCommand(Path data, Path in) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(java, "-Xmx3g", "-cp", classPath, Main.class.getName(), "-vv", "--data", data.toString(),
                "ingest", "--threads", "1", in.toString());
    }
}
