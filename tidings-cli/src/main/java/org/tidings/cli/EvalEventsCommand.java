package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tidings.events.EventEvaluator;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;
import org.tidings.ingest.FileReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tidings eval events GOLD.jsonl [--pred PRED.jsonl] [--diff]}: codes the gold records (or reads
 * predictions) and scores them: precision, recall, F1, a per-type table and attribute accuracy.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score event coding against gold JSONL (FORMATS section 1).")
public final class EvalEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "gold records {id, date, text|file, events}")
    Path gold;

    @Option(names = "--pred", paramLabel = "PRED.jsonl", description = "predictions from 'tidings code' (else the coder runs)")
    Path pred;

    @Option(names = "--corpus", paramLabel = "FILE.csv",
            description = "articles (any format 'tidings ingest' reads) that supply the text of gold records given by \"url\"")
    Path corpus;

    @Option(names = "--diff", description = "list the missed gold events and the extra predictions")
    boolean diff;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        if (!Files.isReadable(gold) || (pred != null && !Files.isReadable(pred))) {
            System.err.println("eval events: cannot read " + (!Files.isReadable(gold) ? gold : pred));
            return 2;
        }
        ObjectMapper om = new ObjectMapper();
        Map<String, JsonNode> predictions = new HashMap<>();
        if (pred != null) {
            int no = 0;
            for (String line : Files.readAllLines(pred, StandardCharsets.UTF_8)) {
                no++;
                if (!line.isBlank()) {
                    try {
                        JsonNode p = om.readTree(line);
                        predictions.put(p.path("id").asText(), p.path("events"));
                    } catch (IOException e) {
                        System.err.println("eval events: " + pred + ":" + no + ": bad JSON, skipped");
                    }
                }
            }
        }
        Map<String, String> byUrl = corpus == null ? Map.of() : bodiesByUrl(corpus);
        EventEvaluator evaluator = new EventEvaluator();
        RecordCoder coder = pred == null ? new RecordCoder() : null;
        int failed = 0;
        int records = 0;
        int no = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            no++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode g;
            try {
                g = om.readTree(line);
            } catch (IOException e) {
                System.err.println("eval events: " + gold + ":" + no + ": bad JSON, skipped");
                failed++;
                continue;
            }
            records++;
            String id = g.path("id").asText();
            String text = g.path("text").asText(null);
            if (text == null && g.hasNonNull("url")) {
                text = byUrl.get(g.get("url").asText());
                if (text == null) {
                    System.err.println("eval events: " + gold + ":" + no + " (" + id + "): url not found"
                            + (corpus == null ? " (give --corpus FILE.csv)" : " in " + corpus) + ": " + g.get("url").asText());
                    failed++;
                }
            }
            JsonNode predicted;
            if (coder != null) {
                try {
                    ObjectNode rec = g.deepCopy();
                    if (text != null) {
                        rec.put("text", text);
                    } else if (g.hasNonNull("file")) {
                        text = seedBody(gold.toAbsolutePath().getParent().resolve(g.get("file").asText()));
                        rec.put("text", text);
                    }
                    predicted = EventJson.events(om, coder.code(rec));
                } catch (IOException | RuntimeException e) {
                    System.err.println("eval events: " + gold + ":" + no + " (" + id + "): " + e.getMessage());
                    failed++;
                    predicted = om.createArrayNode();
                }
            } else {
                predicted = predictions.get(id);
            }
            evaluator.add(id, text, g.get("events"), predicted);
        }
        print(out, evaluator.report());
        if (coder != null) {
            out.println("timing: " + coder.timing(records));
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    /** The article bodies of a corpus by url (bodies as the ingest reader gives them, wikinews datelines stripped). */
    static Map<String, String> bodiesByUrl(Path corpus) {
        Map<String, String> out = new HashMap<>();
        List<FileReport> reports = ArticleSources.read(List.of(corpus), ArticleSink.of(article -> {
            if (article.url() != null) {
                out.putIfAbsent(article.url(), article.body());
            }
        }, failure -> System.err.println("eval events: " + failure)));
        if (out.isEmpty()) {
            System.err.println("eval events: no articles with a url in " + corpus + " " + reports);
        }
        return out;
    }

    /** A seed article file: a header line (date and title), then the body. */
    static String seedBody(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        int nl = all.indexOf('\n');
        return (nl < 0 ? "" : all.substring(nl + 1)).strip();
    }

    private void print(PrintWriter out, EventEvaluator.Report r) {
        EventEvaluator.TypeScore a = r.overall();
        out.printf("events: records=%d gold=%d predicted=%d matched=%d P=%.3f R=%.3f F1=%.3f%n", r.records(), a.gold(),
                a.predicted(), a.matched(), a.precision(), a.recall(), a.f1());
        out.printf("%-10s %5s %5s %5s %6s %6s %6s%n", "type", "gold", "pred", "match", "P", "R", "F1");
        for (EventEvaluator.TypeScore t : r.perType()) {
            out.printf("%-10s %5d %5d %5d %6.3f %6.3f %6.3f%n", t.type(), t.gold(), t.predicted(), t.matched(),
                    t.precision(), t.recall(), t.f1());
        }
        out.println("attribute accuracy over matched pairs:");
        for (EventEvaluator.AttributeScore s : r.attributes()) {
            out.printf("  %-11s %d/%d%s%n", s.attribute(), s.correct(), s.total(),
                    s.total() == 0 ? "" : String.format(" = %.3f", s.accuracy()));
        }
        if (diff) {
            printUnmatched(out, "MISS", r.misses());
            printUnmatched(out, "EXTRA", r.extras());
        }
    }

    private static void printUnmatched(PrintWriter out, String label, List<EventEvaluator.Unmatched> list) {
        for (EventEvaluator.Unmatched u : list) {
            JsonNode e = u.event();
            out.printf("%s %s %s %s -> %s [%s]%n    %s%n", label, u.recordId(), e.path("type").asText(),
                    actors(e.get("source")), actors(e.get("target")), e.path("evidence").path("trigger").asText(
                            e.path("trigger").asText("")), context(u));
        }
    }

    /** The evidence sentence when the event has one, else the record text (cut short: gold may be whole articles). */
    private static String context(EventEvaluator.Unmatched u) {
        String ev = u.event().path("evidence").path("text").asText("");
        String t = !ev.isEmpty() ? ev : u.text() == null ? "" : u.text();
        t = t.replace('\n', ' ');
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }

    private static String actors(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode a : list) {
            if (!sb.isEmpty()) {
                sb.append('+');
            }
            sb.append(a.path("country").asText("?")).append('/').append(a.path("sector").asText("")).append(':')
                    .append(a.path("text").asText(""));
        }
        return sb.toString();
    }
}
