package org.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.SharedData;
import org.tidings.Tidings;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;
import org.tidings.ingest.ReadFailure;

/**
 * Whole-article gold (our own annotation of Wikinews 2019 articles, referenced by url): the full pipeline must not
 * fall below the scores last measured. The floors sit slightly under those figures; raise them as the coder improves.
 * <ul>
 *   <li>development: 19 articles, tuned on since they were written (P 0.720, R 0.643 now; an agreement of one side
 *       with no one and a killing of 2011, matched by luck before, are no longer coded);</li>
 *   <li>second: 18 more, mostly one country's own affairs, annotated before the coder was tuned on them (first
 *       scored P 0.40, R 0.11);</li>
 *   <li>third: 12 more, annotated blind (first scored P 0.33, R 0.18; later changes were made with its misses in
 *       view);</li>
 *   <li>courts: 12 articles of trials, verdicts, pleas and arrests, annotated blind and then used to develop the
 *       coder's reading of courts and of people the knowledge base does not know (first scored P 0.71, R 0.18;
 *       P 0.905 since "the parents" are people: their arrest, an optional event, now takes the sentencing's
 *       required gold in the best-first matching, leaving the sentencing itself unpaired);</li>
 *   <li>fourth: 12 more (a Speaker's election, a sentence, a shooting, a ruling on citizenship ...), annotated blind
 *       and kept unseen for one stop (P 0.35, R 0.15 before the changes of the stop that added it; P 0.58, R 0.28
 *       after them), then used for development (P 0.73, R 0.49 now);</li>
 *   <li>fifth: 12 articles of mixed genre (a party leadership vote, storms, a shooting, an obituary, a data leak,
 *       power cuts ...), annotated blind and kept unseen for one stop (first scored P 0.29, R 0.10; P 0.27, R 0.14
 *       after the changes of the stop that added it), then used for development (P 0.80, R 0.76 now);</li>
 *   <li>sixth: 12 articles of the genres the corpus is mostly made of (disasters and the response to them, deaths,
 *       a campaign's end, an award, a buffalo herd's return ...), annotated blind and kept unseen for two stops
 *       (first scored P 0.00, R 0.00, with 2 events predicted; P 0.67, R 0.15 after the changes of the stop that
 *       added it), then used for development (P 0.83, R 0.38 now);</li>
 *   <li>seventh: 12 more of the same genres (fires, crashes, a collapse, a typhoon, three deaths), annotated blind
 *       and kept unseen for two stops (first scored P 0.00, R 0.00, with no event predicted; P 1.00, R 0.29 after
 *       the changes of the stop that added it), then used for development (P 1.00, R 0.71 now);</li>
 *   <li>eighth: 10 more of those genres (two fires, a bus crash, a plane crash, an earthquake, a hurricane, three
 *       deaths, a man killed by his lions), annotated blind by a helper session that never ran the coder on them
 *       (first scored P 0.60, R 0.25, after the disaster-story changes made with the sixth and seventh in view),
 *       then used for development (P 1.00, R 0.58 now);</li>
 *   <li>ninth: 10 more (two storms, two campaigns ended, six deaths), annotated blind by another helper session
 *       (first scored P 1.00, R 0.56, with 5 events predicted for 9 required; R 0.67 since NASA is known);</li>
 *   <li>tenth: 12 of the articles left over (a crash, two hurricanes, four deaths, a docking, a wreck found, an
 *       interview, a prize, a crossing of the Channel), annotated blind by a helper session; only 4 of them hold a
 *       required event (first scored P 0.50, R 0.13, with 2 events predicted for 8 required), then used for
 *       development (P 1.00, R 0.63 now).</li>
 * </ul>
 */
class WikinewsDevEventsTest {

    private static final Logger log = LoggerFactory.getLogger(WikinewsDevEventsTest.class);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wikinews-dev-gold.jsonl,      19, 0.70, 0.62, 0.66",
        "wikinews-heldout-gold.jsonl,  18, 0.89, 0.52, 0.66",
        "wikinews-heldout2-gold.jsonl, 12, 0.72, 0.46, 0.57",
        "wikinews-courts-gold.jsonl,   12, 0.90, 0.62, 0.74",
        "wikinews-heldout3-gold.jsonl, 12, 0.71, 0.46, 0.56",
        "wikinews-heldout4-gold.jsonl, 12, 0.78, 0.74, 0.76",
        "wikinews-heldout5-gold.jsonl, 12, 0.80, 0.36, 0.50",
        "wikinews-heldout6-gold.jsonl, 12, 0.95, 0.68, 0.80",
        "wikinews-heldout7-gold.jsonl, 10, 0.95, 0.55, 0.70",
        "wikinews-heldout8-gold.jsonl, 10, 0.95, 0.64, 0.77",
        "wikinews-heldout9-gold.jsonl, 12, 0.95, 0.60, 0.74"})
    void staysAboveItsMeasuredFloors(String goldFile, int articles, double precision, double recall, double f1)
            throws Exception {
        assertAbove(score(goldFile, articles), precision, recall, f1);
    }

    static void assertAbove(EventEvaluator.TypeScore all, double precision, double recall, double f1) {
        assertTrue(all.precision() >= precision, "precision " + all.precision());
        assertTrue(all.recall() >= recall, "recall " + all.recall());
        assertTrue(all.f1() >= f1, "F1 " + all.f1());
    }

    private EventEvaluator.TypeScore score(String goldFile, int articles) throws Exception {
        Map<String, String> bodies = new HashMap<>();
        List<ReadFailure> failures = new ArrayList<>();
        ArticleSources.read(List.of(SharedData.path("corpora/wikinews-2019/wikinews_2019.csv")),
                ArticleSink.of(article -> bodies.putIfAbsent(article.url(), article.body()), failures::add));
        return score(goldFile, articles, g -> {
            String text = bodies.get(g.get("url").asText());
            assertTrue(text != null, "no article for " + g.get("url").asText());
            return Article.ofText(text, java.time.LocalDate.parse(g.get("date").asText()));
        });
    }

    /** The article a gold line stands for. */
    interface ArticleOf {
        Article of(JsonNode gold) throws Exception;
    }

    /** Codes each article of a whole-article gold file (in this package's resources) and scores it. */
    static EventEvaluator.TypeScore score(String goldFile, int articles, ArticleOf articleOf) throws Exception {
        ObjectMapper om = new ObjectMapper();
        Tidings tidings = Tidings.defaults();
        EventEvaluator evaluator = new EventEvaluator();
        int records = 0;
        try (InputStream in = WikinewsDevEventsTest.class.getResourceAsStream(goldFile)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode g = om.readTree(line);
                Article article = articleOf.of(g);
                List<EventMention> events = tidings.code(tidings.analyse(article)).events();
                evaluator.add(g.get("id").asText(), article.body(), g.get("events"), SeedArticleEventsTest.json(events));
                records++;
            }
        }
        assertEquals(articles, records);
        EventEvaluator.TypeScore all = evaluator.report().overall();
        log.info("{}: P={} R={} F1={} (gold {}, predicted {}, matched {})", goldFile, all.precision(), all.recall(),
                all.f1(), all.gold(), all.predicted(), all.matched());
        return all;
    }
}
