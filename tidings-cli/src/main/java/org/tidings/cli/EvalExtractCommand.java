package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidings.extract.ExtractionEvaluator;
import org.tidings.extract.PageExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidings eval extract}: scores body extraction and publication dates against gold files. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Scores article extraction against a gold file; the kind of gold is recognised by its content.",
            "",
            "Body text (article-extraction benchmark): --gold ground-truth.json (id -> {articleBody, url}) with",
            "  pages <id>.html.gz in --html DIR (default: the 'html' folder beside the gold file). Word 4-gram",
            "  shingle precision (mean over pages with a prediction), recall (mean over pages with a truth) and",
            "  F1 of those means, as the benchmark's evaluate.py computes them; accuracy = identical token lists.",
            "",
            "Publication dates (htmldate benchmark): --gold gold.json (url -> {file, date}), or --pubdate gold.json,",
            "  with the files in --html DIR (default: the 'pages' folder beside it). Exact-day accuracy; a page",
            "  whose gold date is null is right when no date is found.",
            "",
            "The last line is the score, e.g.",
            "  eval extract: kind=body pages=61 precision=0.9763 recall=0.9716 f1=0.9739 accuracy=0.377 pages_per_s=...",
            "  eval extract: kind=date pages=100 correct=97 accuracy=0.970 pages_per_s=..."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:scored", "1:the gold or the pages could not be read", "2:usage error"})
public final class EvalExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "GOLD.json",
            description = "ground-truth.json (bodies) or gold.json (dates); the kind is detected.")
    Path gold;

    @Option(names = "--pubdate", paramLabel = "GOLD.json", description = "A date gold file (url -> {file, date}).")
    Path pubdate;

    @Option(names = "--html", paramLabel = "DIR", description = "The folder of pages (default: beside the gold file).")
    Path html;

    @Option(names = "--details", description = "Also print one line per page (worst first for bodies, misses for dates).")
    boolean details;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((gold == null) == (pubdate == null)) {
            err.println("eval extract: give exactly one of --gold or --pubdate");
            return 2;
        }
        Path file = gold != null ? gold : pubdate;
        if (!Files.isRegularFile(file)) {
            err.println("eval extract: no such gold file: " + file);
            return 2;
        }
        boolean dates;
        try {
            dates = pubdate != null || isDateGold(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            err.println("eval extract: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        Path dir = html != null ? html : file.toAbsolutePath().getParent().resolve(dates ? "pages" : "html");
        if (!Files.isDirectory(dir)) {
            err.println("eval extract: no such folder of pages: " + dir + " (give --html DIR)");
            return 2;
        }
        ExtractionEvaluator evaluator = new ExtractionEvaluator(new PageExtractor());
        long start = System.nanoTime();
        try {
            if (dates) {
                ExtractionEvaluator.DateScore s = evaluator.scoreDates(file, dir);
                double secs = (System.nanoTime() - start) / 1e9;
                if (details) {
                    for (ExtractionEvaluator.DateResult r : s.perPage()) {
                        if (!r.correct()) {
                            out.println("miss " + r.file() + " gold=" + r.gold() + " predicted=" + r.predicted()
                                    + " " + r.url());
                        }
                    }
                }
                out.println(String.format(Locale.ROOT,
                        "eval extract: kind=date pages=%d correct=%d accuracy=%.3f pages_per_s=%.1f",
                        s.pages(), s.correct(), s.accuracy(), s.pages() / secs));
            } else {
                ExtractionEvaluator.BodyScore s = evaluator.scoreBodies(file, dir);
                double secs = (System.nanoTime() - start) / 1e9;
                int errors = 0;
                for (ExtractionEvaluator.PageScore p : s.perPage()) {
                    if (p.error() != null) {
                        errors++;
                        err.println("eval extract: " + p.error());
                    }
                }
                if (details) {
                    s.perPage().stream()
                            .sorted((a, b) -> Double.compare(a.precision() + a.recall(), b.precision() + b.recall()))
                            .forEach(p -> out.println(String.format(Locale.ROOT, "page %s precision=%.3f recall=%.3f",
                                    p.id(), p.precision(), p.recall())));
                }
                out.println(String.format(Locale.ROOT,
                        "eval extract: kind=body pages=%d precision=%.4f recall=%.4f f1=%.4f accuracy=%.3f"
                                + " pages_per_s=%.1f", s.pages(), s.precision(), s.recall(), s.f1(), s.accuracy(),
                        s.pages() / secs));
                if (errors > 0) {
                    out.flush();
                    return 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            err.println("eval extract: " + file + ": " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    /** A date gold maps URLs to {file, date}; a body gold maps ids to {articleBody}. */
    static boolean isDateGold(JsonNode root) {
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            if (v.has("articleBody")) {
                return false;
            }
            if (v.has("file") && v.has("date")) {
                return true;
            }
        }
        return false;
    }
}
