package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorEntry;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.events.CodedArticle;
import org.tidings.nlp.NlpPipeline;
import org.tidings.store.Store;
import org.tidings.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings actors}: recognise and code the actors of a text, look a name up, or code a JSONL batch.
 *
 * <pre>
 * tidings actors "South Korea's Foreign Ministry summoned the Russian ambassador." --date 2024-10-21
 * tidings actors lookup Putin --date 2024-01-01
 * tidings actors --jsonl IN.jsonl --out OUT.jsonl
 * </pre>
 *
 * Exit codes: 0 done; 1 a file could not be read or written, a name is unknown, or some batch items failed
 * (the others are written), or no article has that id; 2 bad usage.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Recognise and code who acts in a text (country + sector, CAMEO codes).",
                "  actors TEXT [--date D]            table of mentions and their coding",
                "  actors --article ID               the actors of a stored article",
                "  actors lookup NAME [--date D]     what a name stands for on a day",
                "  actors --jsonl IN --out OUT       {id,date,text} -> {id,actors:[{start,end,text,country,sector,code,name}]}",
                "Offsets in the JSONL output count Unicode code points."})
public final class ActorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "the text to code, or: lookup NAME")
    List<String> words = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "day the text was written (default: today)")
    String date;

    @Option(names = "--jsonl", paramLabel = "IN", description = "batch input, one {\"id\",\"date\",\"text\"} per line")
    Path jsonl;

    @Option(names = "--out", paramLabel = "OUT", description = "batch output (default: standard output)")
    Path out;

    @Option(names = "--actors", paramLabel = "FILE", description = "extra actor file(s) in the Tidings entry format; override the built-in knowledge")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = {"--dictionaries", "--phoenix"}, paramLabel = "DIR",
            description = "also load the Phoenix/PETRARCH actor and agent dictionaries in DIR (lowest precedence)")
    Path phoenix;

    @Option(names = "--article", paramLabel = "ID", description = "code the actors of this stored article")
    String article;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            err.println("actors: --date must be YYYY-MM-DD, got '" + date + "'");
            return 2;
        }
        int given = (jsonl == null ? 0 : 1) + (words.isEmpty() ? 0 : 1) + (article == null ? 0 : 1);
        if (given > 1) {
            err.println("actors: give one of TEXT, --article ID or --jsonl IN");
            return 2;
        }
        if (given == 0) {
            err.println("actors: give a TEXT, 'lookup NAME', --article ID or --jsonl IN");
            spec.commandLine().usage(err);
            return 2;
        }
        if (article != null) {
            return stored(err, stdout);
        }
        ActorCoder coder;
        try {
            coder = actorFiles.isEmpty() && phoenix == null ? ActorCoder.defaults() : ActorCoder.load(actorFiles, phoenix);
        } catch (UncheckedIOException e) {
            err.println("actors: " + e.getMessage());
            return 1;
        }
        if (jsonl != null) {
            return batch(coder, err);
        }
        if (words.get(0).equals("lookup")) {
            if (words.size() < 2) {
                err.println("actors lookup: give a NAME");
                return 2;
            }
            return lookup(coder, String.join(" ", words.subList(1, words.size())), day, stdout);
        }
        String text = String.join(" ", words);
        AnnotatedDocument doc = NlpPipeline.shared().annotate(text, day);
        print(coder.code(doc), stdout);
        return 0;
    }

    /**
     * A stored article's actors: as stored (what its events were coded from), or coded anew when extra actor
     * files or dictionaries are given.
     */
    private int stored(PrintWriter err, PrintWriter stdout) {
        Path dir = spec.parent() != null && spec.parent().userObject() instanceof DataDirProvider p && p.dataDir() != null
                ? p.dataDir() : StoreCommand.DEFAULT_DATA_DIR;
        Optional<CodedArticle> coded;
        try (Store store = Store.openReadOnly(dir)) {
            coded = store.load(article);
        } catch (StoreException e) {
            err.println("actors: " + e.getMessage());
            return 1;
        }
        if (coded.isEmpty()) {
            err.println("actors: no article " + article + " in " + dir);
            return 1;
        }
        List<ActorMention> mentions = coded.get().actors();
        if (!actorFiles.isEmpty() || phoenix != null) {
            ActorCoder coder;
            try {
                coder = ActorCoder.load(actorFiles, phoenix);
            } catch (UncheckedIOException e) {
                err.println("actors: " + e.getMessage());
                return 1;
            }
            mentions = coder.code(NlpPipeline.shared().annotate(coded.get().document().article()));
        }
        stdout.println(coded.get().document().article().title());
        print(mentions, stdout);
        return 0;
    }

    private static void print(List<ActorMention> mentions, PrintWriter stdout) {
        stdout.printf("%-40s %-8s %-4s %-9s %-30s %s%n", "MENTION", "COUNTRY", "SECT", "CODE", "NAME", "RULE");
        for (ActorMention m : mentions) {
            stdout.printf("%-40s %-8s %-4s %-9s %-30s %s%n", m.text(), m.country(), m.sector() == null ? "-" : m.sector(),
                    m.code(), m.name(), m.rule());
        }
        stdout.flush();
    }

    private int lookup(ActorCoder coder, String name, LocalDate day, PrintWriter stdout) {
        Optional<ActorEntry> e = coder.lookup(name, day);
        if (e.isEmpty()) {
            stdout.println(name + ": unknown");
            stdout.flush();
            return 1;
        }
        ActorEntry a = e.get();
        stdout.printf("%s -> %s (%s, %s%s) code %s, from %s%n", name, a.name(), a.kind(),
                a.country() == null ? "-" : a.country(), a.sector() == null ? "" : " " + a.sector(),
                a.code(), a.source());
        if (a.office() != null) {
            stdout.printf("  office: %s%s%n", a.office(), a.from() == null && a.to() == null ? ""
                    : " (" + (a.from() == null ? "" : a.from()) + " to " + (a.to() == null ? "" : a.to()) + ")");
        }
        stdout.flush();
        return 0;
    }

    private int batch(ActorCoder coder, PrintWriter err) {
        int failed = 0;
        int done = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
             BufferedWriter w = out == null ? new BufferedWriter(spec.commandLine().getOut())
                     : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    w.write(JSON.writeValueAsString(codeLine(coder, line)));
                    w.write('\n');
                    done++;
                } catch (IOException | RuntimeException e) {
                    failed++;
                    err.println("actors: " + jsonl + ":" + no + ": skipped: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            err.println("actors: " + e.getMessage());
            err.flush();
            return 1;
        }
        err.println("actors: " + done + " coded, " + failed + " failed");
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static ObjectNode codeLine(ActorCoder coder, String line) throws IOException {
        JsonNode node = JSON.readTree(line);
        if (!node.hasNonNull("text")) {
            throw new IllegalArgumentException("no \"text\"");
        }
        String text = node.get("text").asText();
        LocalDate d = node.hasNonNull("date") && !node.get("date").asText().isBlank()
                ? LocalDate.parse(node.get("date").asText().substring(0, Math.min(10, node.get("date").asText().length())))
                : null;
        AnnotatedDocument doc = NlpPipeline.shared().annotate(text, d);
        ObjectNode o = JSON.createObjectNode();
        o.set("id", node.get("id"));
        ArrayNode actors = o.putArray("actors");
        for (ActorMention m : coder.code(doc)) {
            ObjectNode a = actors.addObject();
            a.put("start", text.codePointCount(0, m.begin()));
            a.put("end", text.codePointCount(0, m.end()));
            a.put("text", m.text());
            a.put("country", m.country());
            a.put("sector", m.sector());
            a.put("code", m.code());
            a.put("name", m.name());
        }
        return o;
    }
}
