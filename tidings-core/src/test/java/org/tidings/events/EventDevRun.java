package org.tidings.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidings.SharedData;
import org.tidings.Tidings;
import org.tidings.actors.ActorMention;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Timex;
import org.tidings.store.Store;

/**
 * By hand, for tuning the coder (run from tidings-core with the test classpath): codes the development sets and
 * prints each one's misses and extras. The CoreNLP analyses are cached in the folder given as args[0], so a
 * rerun after a change to the coder costs seconds. Sets: args[1..] among {@code wikinews gsr resolve} (all when
 * absent), or {@code file:PATH} for sentences in the shape of the GSR file; {@code resolve} writes a store and
 * hands it to {@link org.tidings.resolve.CorpusDevRun}.
 */
public final class EventDevRun {

    record Analysis(String text, List<Sentence> sentences, List<EntityMention> entities, List<Timex> timexes) {
    }

    private static final ObjectMapper OM = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private EventDevRun() {
    }

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args[0]);
        Files.createDirectories(cache);
        List<String> sets = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("wikinews", "gsr", "resolve");
        for (String set : sets) {
            switch (set) {
                case "wikinews" -> wikinews(cache, "wikinews", "wikinews-dev-gold.jsonl");
                case "heldout" -> wikinews(cache, "heldout", "wikinews-heldout-gold.jsonl");
                case "heldout2" -> wikinews(cache, "heldout2", "wikinews-heldout2-gold.jsonl");
                case "heldout3" -> wikinews(cache, "heldout3", "wikinews-heldout3-gold.jsonl");
                case "heldout4" -> wikinews(cache, "heldout4", "wikinews-heldout4-gold.jsonl");
                case "heldout5" -> wikinews(cache, "heldout5", "wikinews-heldout5-gold.jsonl");
                case "heldout6" -> wikinews(cache, "heldout6", "wikinews-heldout6-gold.jsonl");
                case "heldout7" -> wikinews(cache, "heldout7", "wikinews-heldout7-gold.jsonl");
                case "heldout8" -> wikinews(cache, "heldout8", "wikinews-heldout8-gold.jsonl");
                case "heldout9" -> wikinews(cache, "heldout9", "wikinews-heldout9-gold.jsonl");
                case "courts" -> wikinews(cache, "courts", "wikinews-courts-gold.jsonl");
                case "tba" -> timebank(cache, "tba", "timebank-a-gold.jsonl");
                case "tbb" -> timebank(cache, "tbb", "timebank-b-gold.jsonl");
                case "tbc" -> timebank(cache, "tbc", "timebank-c-gold.jsonl");
                case "tbd" -> timebank(cache, "tbd", "timebank-d-gold.jsonl");
                case "tbe" -> timebank(cache, "tbe", "timebank-e-gold.jsonl");
                case "tbf" -> timebank(cache, "tbf", "timebank-f-gold.jsonl");
                case "weba" -> web(cache, "weba", "web-a-gold.jsonl");
                case "webb" -> web(cache, "webb", "web-b-gold.jsonl");
                case "webc" -> web(cache, "webc", "web-c-gold.jsonl");
                case "gsr" -> gsr(cache, "gsr", SharedData.path("eval/events/plover-gsr-dev.jsonl"));
                case "cameo" -> gsr(cache, "cameo", Path.of("src/test/resources/org/tidings/events/cameo-sentences-gold.jsonl"));
                case "resolve" -> resolve(cache);
                default -> {
                    if (set.startsWith("timebank:")) { // TimeBank articles listed in a file of the gold's shape
                        Path file = Path.of(set.substring("timebank:".length())).toAbsolutePath();
                        timebank(cache, file.getFileName().toString(), file.toString());
                        continue;
                    }
                    if (set.startsWith("wikinews:")) { // Wikinews articles listed by url in a file of the gold's shape
                        Path file = Path.of(set.substring("wikinews:".length())).toAbsolutePath();
                        wikinews(cache, file.getFileName().toString(), file.toString());
                        continue;
                    }
                    if (!set.startsWith("file:")) {
                        throw new IllegalArgumentException(set);
                    }
                    Path file = Path.of(set.substring("file:".length()));
                    gsr(cache, file.getFileName().toString(), file);  // sentences in the GSR's shape
                }
            }
        }
    }

    static AnnotatedDocument analyse(Path cache, Article article) throws Exception {
        Path file = cache.resolve(article.id() + ".json");
        if (Files.exists(file)) {
            Analysis a = OM.readValue(file.toFile(), Analysis.class);
            return new AnnotatedDocument(article, a.text(), a.sentences(), a.entities(), a.timexes());
        }
        AnnotatedDocument d = Tidings.defaults().analyse(article);
        OM.writeValue(file.toFile(), new Analysis(d.text(), d.sentences(), d.entities(), d.timexes()));
        return d;
    }

    private static void report(String name, EventEvaluator evaluator) {
        EventEvaluator.Report r = evaluator.report();
        EventEvaluator.TypeScore all = r.overall();
        for (EventEvaluator.Unmatched u : r.misses()) {
            System.out.println(name + " MISS  " + u.recordId() + " " + brief(u.event()));
        }
        for (EventEvaluator.Unmatched u : r.extras()) {
            System.out.println(name + " EXTRA " + u.recordId() + " " + brief(u.event()));
        }
        System.out.printf("%s: P=%.3f R=%.3f F1=%.3f (gold %d, predicted %d, matched %d)%n", name, all.precision(),
                all.recall(), all.f1(), all.gold(), all.predicted(), all.matched());
        r.attributes().forEach(a -> System.out.printf("%s ATTR %s %d/%d%n", name, a.attribute(), a.correct(), a.total()));
    }

    private static String brief(JsonNode e) {
        StringBuilder sb = new StringBuilder(e.path("type").asText(e.path("type_any_of").toString()));
        sb.append(' ').append(actors(e.path("source"))).append(" -> ").append(actors(e.path("target")));
        if (e.has("cameo")) {
            sb.append(" cameo=").append(e.path("cameo").asText());
        }
        if (e.has("certainty") && !e.path("certainty").asText().equals("asserted")) {
            sb.append(" {").append(e.path("certainty").asText()).append('}');
        }
        if (e.has("quantity")) {
            sb.append(" q=").append(e.path("quantity").path("value").asText()).append('/')
                    .append(e.path("quantity").path("unit").asText());
        }
        if (System.getProperty("dates") != null) {
            sb.append(" @").append(e.path("dev_date").asText("-"));
        }
        if (e.has("pattern")) {
            sb.append(" [").append(e.path("pattern").asText()).append(']');
        }
        if (e.has("evidence")) {
            sb.append(" | ").append(e.path("evidence").path("text").asText());
        }
        return sb.toString();
    }

    private static String actors(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.path("country").asText(x.path("country_any_of").toString()) + x.path("sector").asText("")
                + (x.has("text") ? "(" + x.path("text").asText() + ")" : "")));
        return String.join(",", out);
    }

    static JsonNode json(List<EventMention> events) {
        var a = SeedArticleEventsTest.json(events);
        for (int i = 0; i < events.size(); i++) {
            EventMention e = events.get(i);
            var n = (com.fasterxml.jackson.databind.node.ObjectNode) a.get(i);
            if (e.evidence() != null) {
                n.putObject("evidence").put("text", e.evidence().text());
            }
            n.put("pattern", String.valueOf(e.pattern()));
            if (e.date() != null) {
                n.put("dev_date", e.date().value() + "/" + e.date().basis());
                n.put("event_date", e.date().value());
            }
            var s = (com.fasterxml.jackson.databind.node.ArrayNode) n.get("source");
            for (int k = 0; k < e.source().size(); k++) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) s.get(k)).put("text", e.source().get(k).text());
            }
            var t = (com.fasterxml.jackson.databind.node.ArrayNode) n.get("target");
            for (int k = 0; k < e.target().size(); k++) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) t.get(k)).put("text", e.target().get(k).text());
            }
        }
        return a;
    }

    static void wikinews(Path cache, String name, String goldFile) throws Exception {
        Map<String, String> bodies = new HashMap<>();
        ArticleSources.read(List.of(SharedData.path("corpora/wikinews-2019/wikinews_2019.csv")),
                ArticleSink.of(article -> bodies.putIfAbsent(article.url(), article.body()), failure -> { }));
        articles(cache, name, goldFile, g -> Article.ofText(bodies.get(g.get("url").asText()),
                LocalDate.parse(g.get("date").asText())));
    }

    /** Articles of the TempEval-3 training TimeML files (text and creation date), gold by file name. */
    static void timebank(Path cache, String name, String goldFile) throws Exception {
        articles(cache, name, goldFile, g -> {
            var doc = org.tidings.time.TimexEvaluator.read(
                    SharedData.path("eval/time/tbaq-train/" + g.get("file").asText()));
            return Article.ofText(doc.text(), doc.dct());
        });
    }

    /** Articles of web pages among the extraction and publication-date pages, read by our own page extractor. */
    static void web(Path cache, String name, String goldFile) throws Exception {
        articles(cache, name, goldFile, g -> WebNewsEventsTest.article(g.get("file").asText(), g.get("date").asText()));
    }

    /** Codes the article of each line of a whole-article gold file and reports the misses and extras. */
    private static void articles(Path cache, String name, String goldFile, WikinewsDevEventsTest.ArticleOf articleOf)
            throws Exception {
        EventEvaluator evaluator = new EventEvaluator();
        String gold = Files.readString(Path.of("src/test/resources/org/tidings/events/").resolve(goldFile));
        for (String line : gold.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = OM.readTree(line);
            AnnotatedDocument doc = analyse(cache, articleOf.of(g));
            JsonNode predicted = json(Tidings.defaults().code(doc).events());
            if (System.getProperty("trace") != null) {
                trace(name, g.get("id").asText(), doc);
            }
            if (System.getProperty("all") != null) {
                predicted.forEach(e -> System.out.println(name + " PRED  " + g.get("id").asText() + " " + brief(e)));
            }
            evaluator.add(g.get("id").asText(), null, g.get("events"), predicted);
        }
        report(name, evaluator);
    }

    /** Prints each verb whose pattern matched but gave no event, with the reason (-Dtrace). */
    private static void trace(String name, String id, AnnotatedDocument doc) {
        EventCoder.defaults().codeMentions(doc, Tidings.defaults().codeActors(doc), new EventCoder.Trace() {
            @Override
            public void tried(int sentence, int token, String lemma, List<String> tried, List<String> matched,
                              String chosen) {
            }

            @Override
            public void rejected(int sentence, int token, String pattern, String reason) {
                String words = doc.sentences().get(sentence).text();
                System.out.println(name + " REJ " + id + " [" + pattern + "] " + reason + " | "
                        + doc.sentences().get(sentence).tokens().get(token).word() + " | " + words);
            }

            @Override
            public void coded(EventMention mention) {
            }
        });
    }

    static void gsr(Path cache, String name, Path file) throws Exception {
        EventEvaluator evaluator = new EventEvaluator();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = OM.readTree(line);
            Article article = Article.ofText(r.get("text").asText(), LocalDate.parse(r.get("date").asText()));
            AnnotatedDocument doc = analyse(cache, article);
            List<ActorMention> actors = Tidings.defaults().codeActors(doc);
            List<EventMention> events = EventCoder.defaults().code(doc, actors);
            evaluator.add(r.get("id").asText(), r.get("text").asText(), r.get("events"), json(events));
        }
        report(name, evaluator);
    }

    static void resolve(Path cache) throws Exception {
        List<Article> articles = new ArrayList<>();
        ArticleSources.read(List.of(Path.of("src/test/resources/org/tidings/resolve/corpus")),
                ArticleSink.of(articles::add, failure -> {
                    throw new AssertionError(failure.toString());
                }));
        Path dir = Files.createTempDirectory("tidings-coder-dev");
        try (Store store = Store.open(dir)) {
            for (Article a : articles) {
                store.save(Tidings.defaults().code(analyse(cache, a)));
            }
        }
        org.tidings.resolve.CorpusDevRun.main(new String[] {dir.toString()});
    }
}
