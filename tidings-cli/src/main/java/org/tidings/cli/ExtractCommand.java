package org.tidings.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tidings.extract.ExtractedPage;
import org.tidings.extract.ExtractionEvaluator;
import org.tidings.extract.PageDecoder;
import org.tidings.extract.PageExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidings extract}: the article of one HTML page, or of every page in a folder, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the article (body, title, publication date, authors, language) from HTML pages.",
            "One page: prints {\"url\",\"title\",\"body\",\"published\",\"authors\",\"language\"}.",
            "A folder (with --out): one JSON line per page (*.html, *.htm, *.html.gz), with \"file\" the name in it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all pages extracted", "1:some pages could not be read", "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--html", required = true, paramLabel = "PAGE|DIR",
            description = "An HTML page (.html or .html.gz) or a folder of them.")
    Path html;

    @Option(names = "--url", paramLabel = "URL", description = "The page's URL (one page only): helps dates and links.")
    String url;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Where to write the JSON lines (required for a folder).")
    Path out;

    @Option(names = "--crawl-date", paramLabel = "YYYY-MM-DD",
            description = "When the pages were fetched; later publication dates are not believed (default: today).")
    LocalDate crawlDate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(html)) {
            err.println("extract: no such file or folder: " + html);
            return 2;
        }
        PageExtractor extractor = new PageExtractor();
        if (Files.isDirectory(html)) {
            if (out == null) {
                err.println("extract: --out OUT.jsonl is required when --html is a folder");
                return 2;
            }
            if (url != null) {
                err.println("extract: --url applies to one page, not to a folder");
                return 2;
            }
            return batch(extractor, err);
        }
        ObjectNode json;
        try {
            json = extractOne(extractor, html, url);
        } catch (IOException | RuntimeException e) {
            err.println("extract: " + html + ": " + e.getMessage());
            return 1;
        }
        try {
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
            if (out != null) {
                Files.writeString(out, text + "\n", StandardCharsets.UTF_8);
            } else {
                spec.commandLine().getOut().println(text);
                spec.commandLine().getOut().flush();
            }
        } catch (IOException e) {
            err.println("extract: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private int batch(PageExtractor extractor, PrintWriter err) {
        List<Path> pages;
        try (Stream<Path> files = Files.list(html)) {
            pages = files.filter(p -> Files.isRegularFile(p) && isPage(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            err.println("extract: cannot list " + html + ": " + e.getMessage());
            return 1;
        }
        int failed = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Path page : pages) {
                String name = page.getFileName().toString();
                ObjectNode line;
                try {
                    ObjectNode extracted = extractOne(extractor, page, null);
                    line = JSON.createObjectNode().put("file", name);
                    line.setAll(extracted);
                } catch (IOException | RuntimeException e) {
                    failed++;
                    err.println("extract: " + page + ": " + e.getMessage());
                    line = JSON.createObjectNode().put("file", name).put("error", String.valueOf(e.getMessage()));
                }
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        } catch (IOException e) {
            err.println("extract: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        err.println("extract: " + pages.size() + " pages, " + failed + " failed -> " + out);
        err.flush();
        return failed > 0 ? 1 : 0;
    }

    static boolean isPage(String name) {
        String n = name.toLowerCase();
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz")
                || n.endsWith(".xhtml");
    }

    private ObjectNode extractOne(PageExtractor extractor, Path page, String pageUrl) throws IOException {
        String text = PageDecoder.decode(ExtractionEvaluator.readPage(page), null);
        ExtractedPage p = extractor.extract(text, pageUrl, crawlDate);
        ObjectNode json = JSON.createObjectNode();
        json.put("url", p.url());
        json.put("title", p.title());
        json.put("body", p.body());
        json.put("published", p.published());
        json.putArray("authors").addAll(p.authors().stream().map(JSON.getNodeFactory()::textNode).toList());
        json.put("language", p.language());
        return json;
    }
}
