package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings bench --extract}: extraction throughput on a folder of pages, in one last line. */
class BenchExtractTest {

    private static String page(String headline, String paragraph) {
        return "<html><head><title>" + headline + " | The Test Courier</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>" + headline + "</h1>"
                + ("<p>" + paragraph + "</p>").repeat(6) + "</article><footer>Copyright The Test Courier</footer></body></html>";
    }

    @Test
    void measuresPagesPerSecondOnTheFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.html"), page("Ministers meet in Nairobi",
                "Foreign ministers of Kenya and Uganda met in Nairobi on Tuesday to discuss the shared border."),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.htm"), page("Port reopens after storm",
                "The port of Mombasa reopened on Wednesday after a storm closed it for two days."), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not a page", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("bench", "--extract", "--corpus", dir.toString(), "--threads", "2", "--seconds", "0.2");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("bench extract: pages=2 pages_per_s=[0-9.]+ pages_per_cpu_s=[0-9.]+ mean_kb=\\d+ rounds=\\d+"),
                last);
    }

    @Test
    void aFolderWithoutPagesIsAFailure(@TempDir Path dir) {
        CliRun run = CliRun.of("bench", "--extract", "--corpus", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no HTML pages"), run.err());
    }
}
