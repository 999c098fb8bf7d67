package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Timex;
import org.tidings.store.ArticleQuery;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings show ID}: one stored article with its entities [Name|TYPE] and time expressions
 * {words|TYPE value} marked in the text, then its events.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a stored article: entities marked [words|TYPE], time expressions {words|TYPE value},",
                "then the events coded in it. ID may be any unique start of an article id."})
public final class ShowCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", description = "The article id, or a unique start of it.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    protected int run() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or json, not " + format);
        }
        CodedArticle coded;
        try (Store store = openStore()) {
            Optional<String> full = resolve(store);
            if (full.isEmpty()) {
                return 1;
            }
            coded = store.load(full.get()).orElseThrow();
        }
        if (format.equals("json")) {
            out().println(Listing.pretty(json(coded)));
        } else {
            text(coded);
        }
        return 0;
    }

    private Optional<String> resolve(Store store) {
        if (store.contains(id)) {
            return Optional.of(id);
        }
        List<Article> candidates = store.articles(ArticleQuery.all().withIdPrefix(id.strip()).withLimit(6, 0));
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0).id());
        }
        if (candidates.isEmpty()) {
            err().println("tidings show: no article " + id + " in " + dataDir());
        } else {
            err().println("tidings show: " + id + " is the start of several article ids: "
                    + String.join(", ", candidates.stream().map(Article::id).toList()));
        }
        return Optional.empty();
    }

    private void text(CodedArticle coded) {
        AnnotatedDocument doc = coded.document();
        Article a = doc.article();
        out().println(a.title().isEmpty() ? "(no title)" : a.title());
        out().println(String.join("  ", nonNull(a.id(), a.outlet(), a.published(), a.url())));
        out().println();
        out().println(marked(doc));
        out().println();
        List<EventMention> events = coded.events();
        out().println(events.isEmpty() ? "No events coded." : "Events (" + events.size() + "):");
        int n = 1;
        for (EventMention e : events) {
            out().printf("%d. %s %s (CAMEO %s, Goldstein %+.1f)  %s -> %s  %s%n", n++, e.type(),
                    e.mode() == null ? "" : "/" + e.mode(), e.cameo(), e.goldstein(), actors(e.source()),
                    e.target().isEmpty() ? "-" : actors(e.target()), e.certainty());
            List<String> facts = new ArrayList<>();
            if (e.date() != null) {
                facts.add("date " + e.date().value() + " (" + e.date().basis()
                        + (e.date().expression() == null ? "" : ": \"" + e.date().expression() + "\"") + ")");
            }
            if (e.location() != null) {
                facts.add("in " + e.location().name()
                        + (e.location().country() == null ? "" : " (" + e.location().country() + ")"));
            }
            if (e.quantity() != null) {
                facts.add(e.quantity().value() + " " + e.quantity().unit());
            }
            if (!e.reportedBy().isEmpty()) {
                facts.add("according to " + String.join(" < ", e.reportedBy()));
            }
            if (!facts.isEmpty()) {
                out().println("   " + String.join("; ", facts));
            }
            if (e.evidence() != null) {
                out().println("   \"" + Listing.clip(e.evidence().text(), 200) + "\""
                        + (e.evidence().trigger() == null ? "" : "  [" + e.evidence().trigger() + "]"));
            }
        }
    }

    private static String actors(List<ActorMention> actors) {
        List<String> out = new ArrayList<>();
        for (ActorMention a : actors) {
            out.add(a.text() + (a.code() == null ? "" : " [" + a.code() + "]"));
        }
        return String.join(", ", out);
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private record Mark(int begin, int end, String open, String close) {
    }

    /**
     * The text with its time expressions and entities marked. Time expressions win where the two overlap
     * (NER also tags dates); an entity overlapping another mark is left unmarked.
     */
    static String marked(AnnotatedDocument doc) {
        String text = doc.text();
        List<Mark> marks = new ArrayList<>();
        for (Timex t : doc.timexes()) {
            add(marks, new Mark(t.begin(), t.end(), "{", "|" + t.type() + (t.value() == null ? "" : " " + t.value()) + "}"),
                    text);
        }
        for (EntityMention e : doc.entities()) {
            add(marks, new Mark(e.begin(), e.end(), "[", "|" + e.type() + "]"), text);
        }
        marks.sort(Comparator.comparingInt(Mark::begin));
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Mark m : marks) {
            sb.append(text, at, m.begin()).append(m.open()).append(text, m.begin(), m.end()).append(m.close());
            at = m.end();
        }
        return sb.append(text.substring(at)).toString();
    }

    private static void add(List<Mark> marks, Mark mark, String text) {
        if (mark.begin() < 0 || mark.end() > text.length() || mark.begin() >= mark.end()) {
            return;
        }
        for (Mark m : marks) {
            if (mark.begin() < m.end() && m.begin() < mark.end()) {
                return;
            }
        }
        marks.add(mark);
    }

    private static ObjectNode json(CodedArticle coded) {
        AnnotatedDocument doc = coded.document();
        List<String> sentences = doc.sentences().stream().map(s -> s.text()).toList();
        ObjectNode o = StoredJson.article(doc.article(), sentences);
        o.put("body", doc.article().body());
        ArrayNode entities = o.putArray("entities");
        for (EntityMention e : doc.entities()) {
            entities.addObject().put("start", e.begin()).put("end", e.end()).put("text", e.text())
                    .put("type", e.type()).put("sentence", e.sentence());
        }
        ArrayNode timexes = o.putArray("timexes");
        for (Timex t : doc.timexes()) {
            timexes.addObject().put("start", t.begin()).put("end", t.end()).put("text", t.text())
                    .put("type", t.type()).put("value", t.value()).put("mod", t.mod()).put("sentence", t.sentence());
        }
        ArrayNode actors = o.putArray("actors");
        for (ActorMention a : coded.actors()) {
            actors.addObject().put("start", a.begin()).put("end", a.end()).put("text", a.text())
                    .put("country", a.country()).put("sector", a.sector()).put("code", a.code()).put("name", a.name());
        }
        ArrayNode events = o.putArray("events");
        coded.events().forEach(e -> events.add(StoredJson.event(e)));
        return o;
    }
}
