package org.tidings.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleIds;
import org.tidings.ingest.Origin;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Timex;
import org.tidings.nlp.Token;

/** Development loop (not run by default): caches CoreNLP output of the TimeML set, then scores and lists errors. */
@EnabledIfSystemProperty(named = "timex.dev", matches = ".+")
class TimexDevRun {

    @Test
    @SuppressWarnings("unchecked")
    void run() throws Exception {
        Path dir = Path.of(System.getProperty("timex.dev"));
        Path cache = Path.of("/tmp/timex-dev-cache-" + dir.getFileName() + ".json");
        ObjectMapper om = new ObjectMapper();
        Map<String, Object> cached = Files.exists(cache) ? om.readValue(cache.toFile(), Map.class) : new LinkedHashMap<>();
        boolean dirty = false;
        List<TimexEvaluator.Score> scores = new ArrayList<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("timex.dev.out", "/tmp/timex-dev-errors.txt"))))) {
            TimexEvaluator.Score total = null;
            Map<String, TimexEvaluator.Score> perDir = new java.util.TreeMap<>();
            TimexEvaluator.Score subset = null;
            List<Path> files = TimexEvaluator.timeMlFiles(dir);
            for (int fi = 0; fi < files.size(); fi++) {
                Path f = files.get(fi);
                TimexEvaluator.GoldDocument g = TimexEvaluator.read(f);
                AnnotatedDocument doc;
                if (cached.containsKey(f.toString())) {
                    doc = fromCache(g.text(), g.dct(), (Map<String, Object>) cached.get(f.toString()));
                } else {
                    doc = NlpPipeline.withoutParse().annotate(g.text(), g.dct());
                    cached.put(f.toString(), toCache(doc));
                    dirty = true;
                }
                List<TimexEvaluator.Span> pred = TimeNormalizer.normalize(doc).stream()
                        .map(t -> new TimexEvaluator.Span(t.begin(), t.end(), t.text(), t.type(), t.value())).toList();
                TimexEvaluator.Score s = TimexEvaluator.score(f.toString(), g.gold(), pred);
                total = total == null ? s : total.plus(s, "total");
                if (fi % 4 == 0) { // the subset TimexEvaluationSharedDataTest scores
                    subset = subset == null ? s : subset.plus(s, "subset");
                }
                String key = f.getParent().getFileName().toString();
                perDir.merge(key, s, (a, b) -> a.plus(b, key));
                out.println("### " + f.getFileName() + " dct=" + g.dct());
                for (TimexEvaluator.Span gs : g.gold()) {
                    TimexEvaluator.Span m = pred.stream().filter(p -> p.start() < gs.end() && gs.start() < p.end()).findFirst().orElse(null);
                    String ctx = g.text().substring(Math.max(0, gs.start() - 50), Math.min(g.text().length(), gs.end() + 30)).replace('\n', ' ');
                    if (m == null) {
                        out.println("MISS  [" + gs.text() + "] " + gs.type() + " " + gs.value() + "   | " + ctx);
                    } else if (!gs.value().equals(m.value()) && doc.timexes().stream().anyMatch(r -> r.begin() < gs.end()
                            && gs.start() < r.end() && gs.value().equals(r.value()))) {
                        out.println("REGRESS [" + gs.text() + "] " + gs.type() + " " + gs.value() + " <> [" + m.text() + "] " + m.type() + " " + m.value() + "   | " + ctx);
                    } else if (!gs.value().equals(m.value()) || m.start() != gs.start() || m.end() != gs.end()) {
                        out.println((gs.value().equals(m.value()) ? "EXT   " : "VALUE ") + "[" + gs.text() + "] " + gs.type() + " " + gs.value()
                                + " <> [" + m.text() + "] " + m.type() + " " + m.value() + "   | " + ctx);
                    }
                }
                for (TimexEvaluator.Span p : pred) {
                    if (g.gold().stream().noneMatch(gs -> p.start() < gs.end() && gs.start() < p.end())) {
                        String ctx = g.text().substring(Math.max(0, p.start() - 50), Math.min(g.text().length(), p.end() + 30)).replace('\n', ' ');
                        out.println("FALSE [" + p.text() + "] " + p.type() + " " + p.value() + "   | " + ctx);
                    }
                }
            }
            System.out.println("DEV " + total.line());
            System.out.println("DEV " + subset.line());
            perDir.values().forEach(v -> System.out.println("DEV " + v.line()));
        }
        if (dirty) {
            om.writeValue(cache.toFile(), cached);
        }
    }

    private static Map<String, Object> toCache(AnnotatedDocument doc) {
        List<Object> sents = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Object> toks = new ArrayList<>();
            for (Token t : s.tokens()) {
                toks.add(List.of(t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end()));
            }
            sents.add(List.of(s.begin(), s.end(), toks));
        }
        List<Object> tx = new ArrayList<>();
        for (Timex t : doc.timexes()) {
            List<Object> l = new ArrayList<>(List.of(t.sentence(), t.tokenBegin(), t.tokenEnd(), t.begin(), t.end(), t.text(), t.type()));
            l.add(t.value());
            l.add(t.mod());
            tx.add(l);
        }
        return Map.of("sentences", sents, "timexes", tx);
    }

    @SuppressWarnings("unchecked")
    private static AnnotatedDocument fromCache(String text, LocalDate dct, Map<String, Object> c) {
        List<Sentence> sents = new ArrayList<>();
        int si = 0;
        for (Object so : (List<Object>) c.get("sentences")) {
            List<Object> sl = (List<Object>) so;
            int b = (Integer) sl.get(0);
            int e = (Integer) sl.get(1);
            List<Token> toks = new ArrayList<>();
            int ti = 0;
            for (Object to : (List<Object>) sl.get(2)) {
                List<Object> t = (List<Object>) to;
                toks.add(new Token(ti++, (String) t.get(0), (String) t.get(1), (String) t.get(2), (String) t.get(3),
                        (Integer) t.get(4), (Integer) t.get(5)));
            }
            sents.add(new Sentence(si++, b, e, text.substring(b, e), toks, List.of(), List.of()));
        }
        List<Timex> tx = new ArrayList<>();
        for (Object to : (List<Object>) c.get("timexes")) {
            List<Object> t = (List<Object>) to;
            tx.add(new Timex((Integer) t.get(0), (Integer) t.get(1), (Integer) t.get(2), (Integer) t.get(3), (Integer) t.get(4),
                    (String) t.get(5), (String) t.get(6), (String) t.get(7), (String) t.get(8)));
        }
        Article a = new Article(ArticleIds.of("", text), null, null, "", dct.toString(), text, "en", List.of(),
                new Origin("<text>", null), Instant.now());
        return new AnnotatedDocument(a, text, sents, List.of(), tx);
    }
}
