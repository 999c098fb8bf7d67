package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARA = "The night train from Vienna reached the coast two hours late on Sunday,"
            + " after a landslide blocked the line near the border and passengers waited in the dark.";
    private static final String PAGE = "<html lang=\"de-AT\"><head><title>Night train late | Rail News</title>"
            + "<meta property=\"og:site_name\" content=\"Rail News\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-10\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/trains\">Trains</a></nav><article><h1>Night train late</h1>"
            + "<p>" + PARA + "</p><p>" + PARA.replace("Sunday", "Monday") + "</p></article></body></html>";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void onePagePrintsOneJsonObject() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, PAGE);
        Run r = run(new ExtractCommand(), "--html", page.toString(), "--url", "https://rail.example/n/1");
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals(List.of("url", "title", "body", "published", "authors", "language"),
                iterable(json.fieldNames()));
        assertEquals("https://rail.example/n/1", json.get("url").asText());
        assertEquals("Night train late", json.get("title").asText());
        assertEquals(PARA + "\n\n" + PARA.replace("Sunday", "Monday"), json.get("body").asText());
        assertEquals("2024-03-10", json.get("published").asText());
        assertEquals("de", json.get("language").asText());
        assertTrue(json.get("authors").isArray());
    }

    @Test
    void gzippedPage() throws IOException {
        Path page = dir.resolve("page.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(page))) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Run r = run(new ExtractCommand(), "--html", page.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Night train late", JSON.readTree(r.out()).get("title").asText());
        assertTrue(JSON.readTree(r.out()).get("url").isNull());
    }

    @Test
    void folderGivesOneLinePerPageWithItsFileName() throws IOException {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(pages.resolve("b.html"), PAGE);
        Files.writeString(pages.resolve("a.htm"), "<p>" + PARA + "</p>");
        Files.writeString(pages.resolve("notes.txt"), "not a page");
        Path out = dir.resolve("out.jsonl");
        Run r = run(new ExtractCommand(), "--html", pages.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        assertEquals("a.htm", JSON.readTree(lines.get(0)).get("file").asText());
        assertEquals(PARA, JSON.readTree(lines.get(0)).get("body").asText());
        assertEquals("b.html", JSON.readTree(lines.get(1)).get("file").asText());
        assertEquals("2024-03-10", JSON.readTree(lines.get(1)).get("published").asText());
    }

    @Test
    void anUnreadablePageIsReportedAndTheBatchGoesOn() throws IOException {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(pages.resolve("good.html"), PAGE);
        Files.write(pages.resolve("bad.html.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3}); // truncated gzip
        Path out = dir.resolve("out.jsonl");
        Run r = run(new ExtractCommand(), "--html", pages.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.html.gz"), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("bad.html.gz", JSON.readTree(lines.get(0)).get("file").asText());
        assertTrue(JSON.readTree(lines.get(0)).has("error"));
        assertEquals("Night train late", JSON.readTree(lines.get(1)).get("title").asText());
    }

    @Test
    void usageErrors() throws IOException {
        assertEquals(2, run(new ExtractCommand()).code());
        assertEquals(2, run(new ExtractCommand(), "--html", dir.resolve("missing.html").toString()).code());
        Run r = run(new ExtractCommand(), "--html", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }

    @SuppressWarnings("unused")
    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            o.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }
}
