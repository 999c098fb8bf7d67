package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidings.nlp.Timex;
import org.tidings.time.TimeNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings timex}: the time expressions of a text as TIMEX3 values, with offsets in code points of
 * the text as given. One document (stdin or {@code --in}) or a JSON-lines batch ({@code --jsonl}).
 */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Find and normalise time expressions (TimeML TIMEX3) against a document date.")
public final class TimexCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD", description = "The document's creation (publication) date.")
    String dct;

    @Option(names = "--in", paramLabel = "FILE", description = "The text to read (default: standard input).")
    Path in;

    @Option(names = "--jsonl", paramLabel = "IN.jsonl", description = "Batch input: one {\"id\",\"dct\",\"text\"} a line.")
    Path jsonl;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Batch output: one {\"id\",\"timexes\"} a line.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (jsonl != null) {
            if (out == null) {
                err.println("timex: --jsonl needs --out");
                return 2;
            }
            return batch(err);
        }
        if (dct == null) {
            err.println("timex: --dct YYYY-MM-DD is required (or --jsonl IN --out OUT)");
            return 2;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dct);
        } catch (DateTimeParseException e) {
            err.println("timex: --dct must be YYYY-MM-DD, not '" + dct + "'");
            return 2;
        }
        String text;
        try {
            text = in == null ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("timex: cannot read " + (in == null ? "standard input" : in) + ": " + e.getMessage());
            return 1;
        }
        try {
            PrintWriter o = spec.commandLine().getOut();
            o.println(JSON.writeValueAsString(toJson(text, TimeNormalizer.annotate(text, date))));
            o.flush();
            return 0;
        } catch (IOException e) {
            err.println("timex: " + e.getMessage());
            return 1;
        }
    }

    private int batch(PrintWriter err) {
        int failed = 0;
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = JSON.createObjectNode();
                try {
                    JsonNode rec = JSON.readTree(line);
                    result.set("id", rec.get("id"));
                    JsonNode d = rec.get("dct") != null ? rec.get("dct") : rec.get("date");
                    if (d == null || !rec.hasNonNull("text")) {
                        throw new IllegalArgumentException("needs \"dct\" and \"text\"");
                    }
                    String text = rec.get("text").asText();
                    LocalDate date = LocalDate.parse(d.asText().length() > 10 ? d.asText().substring(0, 10) : d.asText());
                    result.set("timexes", toJson(text, TimeNormalizer.annotate(text, date)));
                } catch (IOException | RuntimeException e) {
                    failed++;
                    String msg = jsonl + ":" + lineNo + ": " + e.getMessage();
                    err.println("timex: " + msg);
                    result.put("error", msg);
                    if (!result.has("timexes")) {
                        result.set("timexes", JSON.createArrayNode());
                    }
                }
                w.write(JSON.writeValueAsString(result));
                w.newLine();
            }
        } catch (IOException e) {
            err.println("timex: " + e.getMessage());
            return 1;
        }
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The output array; offsets in code points, as the format asks. */
    static ArrayNode toJson(String text, List<Timex> timexes) {
        ArrayNode arr = JSON.createArrayNode();
        for (Timex t : timexes) {
            ObjectNode o = arr.addObject();
            o.put("start", text.codePointCount(0, t.begin()));
            o.put("end", text.codePointCount(0, t.end()));
            o.put("text", t.text());
            o.put("type", t.type());
            o.put("value", t.value());
            o.put("mod", t.mod());
        }
        return arr;
    }
}
