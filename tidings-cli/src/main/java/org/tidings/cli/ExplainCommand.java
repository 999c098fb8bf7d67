package org.tidings.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidings.Tidings;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventCoder;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Dependency;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings explain ARTICLE_ID | --text TEXT [--date D]}: why the coder coded what it did, sentence by
 * sentence: the parse, the actors and the rules that coded them, the patterns tried on each verb, the events
 * coded or rejected (with the reason), and each final event's date, place and attribution.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain the coding of a stored article or of a text, sentence by sentence.")
public final class ExplainCommand extends StoreCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE_ID", description = "a stored article's id")
    String id;

    @Option(names = "--text", paramLabel = "TEXT", description = "explain this text instead of a stored article")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date of --text (default: today)")
    String date;

    @Override
    protected int run() {
        if ((id == null) == (text == null)) {
            err().println("tidings explain: give either ARTICLE_ID or --text TEXT");
            return 2;
        }
        AnnotatedDocument doc;
        Tidings tidings;
        if (text != null) {
            LocalDate d;
            try {
                d = date == null ? LocalDate.now() : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                err().println("tidings explain: bad --date " + date + " (want YYYY-MM-DD)");
                return 2;
            }
            tidings = Tidings.defaults();
            doc = tidings.analyse(Article.ofText(text, d));
        } else {
            Optional<CodedArticle> stored;
            try (Store store = Store.openReadOnly(dataDir())) {
                stored = store.load(id);
            }
            if (stored.isEmpty()) {
                err().println("tidings explain: no article " + id + " in " + dataDir());
                return 1;
            }
            // The stored analysis may lack the parse; analyse the article again so the trace is the coder's own.
            tidings = Tidings.defaults(); // after the store look-up: a wrong id costs no model loading
            doc = tidings.analyse(stored.get().document().article());
        }
        explain(out(), tidings, doc);
        out().flush();
        return 0;
    }

    static void explain(PrintWriter out, Tidings tidings, AnnotatedDocument doc) {
        List<ActorMention> actors = tidings.codeActors(doc);
        Collector trace = new Collector();
        EventCoder.defaults().codeMentions(doc, actors, trace);
        List<EventMention> events = tidings.code(doc).events();
        for (Sentence s : doc.sentences()) {
            out.printf("[%d] %s%n", s.index(), s.text().replace('\n', ' '));
            out.println("  parse: " + parse(s));
            for (ActorMention a : actors) {
                if (a.sentence() == s.index()) {
                    out.printf("  actor: \"%s\" -> %s (%s/%s) rule %s%n", a.text(), a.code(), nz(a.country()),
                            nz(a.sector()), a.rule());
                }
            }
            for (String line : trace.lines) {
                if (line.startsWith(s.index() + "\t")) {
                    out.println("  " + line.substring(line.indexOf('\t') + 1));
                }
            }
            for (EventMention e : events) {
                if (e.evidence() != null && e.evidence().sentence() == s.index()) {
                    out.printf("  EVENT %s %s (cameo %s, goldstein %.1f) %s -> %s [%s] pattern %s%n", e.type(),
                            nz(e.mode()), nz(e.cameo()), e.goldstein(), names(e.source()), names(e.target()),
                            e.evidence().trigger(), nz(e.pattern()));
                    out.printf("        date %s (%s%s), place %s, certainty %s, reported by %s%n",
                            e.date() == null ? "-" : e.date().value(), e.date() == null ? "-" : e.date().basis(),
                            e.date() == null || e.date().expression() == null ? "" : ": \"" + e.date().expression() + "\"",
                            e.location() == null ? "-" : e.location().name() + (e.location().country() == null ? ""
                                    : " (" + e.location().country() + ")"), nz(e.certainty()),
                            e.reportedBy().isEmpty() ? "-" : String.join("; ", e.reportedBy()));
                }
            }
        }
    }

    /** Compact parse: word/POS>head-index:relation per token (token numbers from 0; -1 is the root). */
    static String parse(Sentence s) {
        String[] rel = new String[s.tokens().size()];
        int[] head = new int[rel.length];
        for (Dependency d : s.basic()) {
            if (d.dependent() >= 0 && d.dependent() < rel.length) {
                rel[d.dependent()] = d.relation();
                head[d.dependent()] = d.governor();
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Token t : s.tokens()) {
            int i = t.index();
            sb.append(i).append(':').append(t.word()).append('/').append(t.pos());
            if (rel[i] != null) {
                sb.append('>').append(head[i]).append(':').append(rel[i]);
            }
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    private static String names(List<ActorMention> list) {
        if (list.isEmpty()) {
            return "-";
        }
        List<String> out = new ArrayList<>();
        for (ActorMention a : list) {
            out.add(a.text() + "=" + nz(a.code()));
        }
        return String.join(" + ", out);
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    /** The coder's decisions as printable lines, keyed by sentence ("index TAB line"). */
    private static final class Collector implements EventCoder.Trace {
        final List<String> lines = new ArrayList<>();

        @Override
        public void tried(int sentence, int token, String lemma, List<String> tried, List<String> matched, String chosen) {
            lines.add(sentence + "\tverb " + token + " '" + lemma + "': " + tried.size() + " patterns, matched "
                    + (matched.isEmpty() ? "none" : String.join(", ", matched)) + (chosen == null ? "" : "; chosen " + chosen));
        }

        @Override
        public void rejected(int sentence, int token, String pattern, String reason) {
            lines.add(sentence + "\t  rejected verb " + token + " (" + pattern + "): " + reason);
        }

        @Override
        public void coded(EventMention m) {
            lines.add(m.evidence().sentence() + "\t  coded verb " + m.evidence().triggerToken() + ": " + m.type() + " "
                    + names(m.source()) + " -> " + names(m.target()));
        }
    }
}
