package org.tidings.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.SharedData;
import org.tidings.actors.ActorCoder;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;

/** The PLOVER gold-standard sentences (development set): the precision and F1 the project asks for. */
class PloverGsrEvaluationTest {

    private static final Logger log = LoggerFactory.getLogger(PloverGsrEvaluationTest.class);

    @Test
    void meetsThePrecisionAndF1Targets() throws Exception {
        ObjectMapper om = new ObjectMapper();
        EventEvaluator evaluator = new EventEvaluator();
        List<String> lines = Files.readAllLines(SharedData.path("eval/events/plover-gsr-dev.jsonl"), StandardCharsets.UTF_8);
        for (String line : lines) {
            JsonNode r = om.readTree(line);
            AnnotatedDocument doc = NlpPipeline.shared().annotate(r.get("text").asText(), LocalDate.parse(r.get("date").asText()));
            List<EventMention> events = EventCoder.defaults().code(doc, ActorCoder.defaults().code(doc));
            evaluator.add(r.get("id").asText(), r.get("text").asText(), r.get("events"), SeedArticleEventsTest.json(events));
        }
        EventEvaluator.Report report = evaluator.report();
        EventEvaluator.TypeScore all = report.overall();
        log.info("PLOVER GSR dev: P={} R={} F1={} (gold {}, predicted {}, matched {})", all.precision(), all.recall(),
                all.f1(), all.gold(), all.predicted(), all.matched());
        for (EventEvaluator.TypeScore t : report.perType()) {
            log.info("  {} gold={} pred={} matched={} P={} R={}", t.type(), t.gold(), t.predicted(), t.matched(),
                    t.precision(), t.recall());
        }
        assertTrue(all.precision() >= 0.80, "precision " + all.precision());
        assertTrue(all.f1() >= 0.75, "F1 " + all.f1());
    }
}
