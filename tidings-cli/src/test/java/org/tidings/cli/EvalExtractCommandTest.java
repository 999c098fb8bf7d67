package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractCommandTest {

    private static final String P1 = "Snow closed the mountain pass on Friday morning, and the police turned back"
            + " dozens of lorries that had tried to cross before the ploughs could clear the road.";
    private static final String P2 = "The pass is expected to reopen on Sunday if the weather improves, the roads"
            + " agency said, adding that drivers should carry chains until the end of the month.";

    @TempDir
    Path dir;

    private static void gz(Path file, String text) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresBodiesFromAGroundTruthFile() throws IOException {
        Path html = Files.createDirectory(dir.resolve("html"));
        gz(html.resolve("p1.html.gz"), "<html><body><nav><a href=/>Home</a></nav><article><h1>Pass closed</h1><p>"
                + P1 + "</p><p>" + P2 + "</p></article></body></html>");
        gz(html.resolve("p2.html.gz"), "<html><body><p>" + P1 + "</p></body></html>");
        Path gold = dir.resolve("ground-truth.json");
        Files.writeString(gold, "{\"p1\": {\"articleBody\": \"" + P1 + "\\n\\n" + P2 + "\", \"url\": \"https://x.example/1\"},"
                + " \"p2\": {\"articleBody\": \"" + P1 + " " + P2 + "\"}}");
        ExtractCommandTest.Run r = ExtractCommandTest.run(new EvalExtractCommand(), "--gold", gold.toString());
        assertEquals(0, r.code(), r.err());
        // p1 is exact; p2 finds the first paragraph only (28 of 56 tokens): precision 1, recall 25/53.
        String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("eval extract: kind=body pages=2 precision=1.0000 recall=0.7358 f1=0.8478"
                + " accuracy=0.500"), last);
    }

    @Test
    void scoresDatesFromAPubdateGold() throws IOException {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(pages.resolve("1.html"), "<html><head><meta property=\"article:published_time\""
                + " content=\"2020-05-04T10:00:00+02:00\"></head><body><p>" + P1 + "</p></body></html>");
        Files.writeString(pages.resolve("2.html"), "<html><body><p>" + P2 + "</p></body></html>");
        Files.writeString(pages.resolve("3.html"), "<html><body><p>" + P2 + "</p></body></html>");
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "{\"https://a.example/x\": {\"file\": \"1.html\", \"date\": \"2020-05-04\"},"
                + " \"https://a.example/2020/06/07/y\": {\"file\": \"2.html\", \"date\": \"2020-06-08\"},"
                + " \"https://a.example/z\": {\"file\": \"3.html\", \"date\": null}}");
        ExtractCommandTest.Run r = ExtractCommandTest.run(new EvalExtractCommand(), "--gold", gold.toString(),
                "--details");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("miss 2.html gold=2020-06-08 predicted=2020-06-07"), r.out());
        assertTrue(r.out().contains("eval extract: kind=date pages=3 correct=2 accuracy=0.667"), r.out());
        ExtractCommandTest.Run forced = ExtractCommandTest.run(new EvalExtractCommand(), "--pubdate", gold.toString(),
                "--html", pages.toString());
        assertTrue(forced.out().contains("accuracy=0.667"), forced.out());
    }

    @Test
    void usageErrors() {
        assertEquals(2, ExtractCommandTest.run(new EvalExtractCommand()).code());
        assertEquals(2, ExtractCommandTest.run(new EvalExtractCommand(), "--gold", dir.resolve("none.json").toString())
                .code());
    }
}
