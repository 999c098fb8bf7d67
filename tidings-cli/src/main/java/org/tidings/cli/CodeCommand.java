package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings code --in RECORDS.jsonl --out PREDICTIONS.jsonl}: codes the events of each record. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code events (PLOVER/CAMEO) in JSONL records {id,date,text}; one output line per record.")
public final class CodeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(CodeCommand.class);

    @Option(names = "--in", required = true, description = "input JSONL: {\"id\", \"date\", \"text\"} a line")
    Path in;

    @Option(names = "--out", required = true, description = "output JSONL: {\"id\", \"events\": [...]} a line")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(in)) {
            System.err.println("code: cannot read " + in);
            return 2;
        }
        ObjectMapper om = new ObjectMapper();
        RecordCoder coder = new RecordCoder();
        int records = 0;
        int failed = 0;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                records++;
                ObjectNode o = om.createObjectNode();
                try {
                    JsonNode rec = om.readTree(line);
                    o.put("id", rec.path("id").asText(null));
                    o.set("events", EventJson.events(om, coder.code(rec)));
                } catch (IOException | RuntimeException e) {
                    failed++;
                    String msg = in + ":" + no + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
                    log.warn("record skipped: {}", msg);
                    if (!o.has("id")) {
                        o.putNull("id");
                    }
                    o.putArray("events");
                    o.put("error", msg);
                }
                w.write(om.writeValueAsString(o));
                w.newLine();
            }
        }
        System.err.println("code: " + coder.timing(records) + (failed > 0 ? ", " + failed + " failed" : ""));
        return failed > 0 ? 1 : 0;
    }
}
