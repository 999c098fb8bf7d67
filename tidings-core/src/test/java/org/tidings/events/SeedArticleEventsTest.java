package org.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;

/** The seed article yields its required events, and nothing that is neither required nor optional there. */
class SeedArticleEventsTest {

    @Test
    void seedArticleYieldsTheRequiredEventsAndNoOthers() throws Exception {
        List<String> lines = Files.readAllLines(SharedData.path("seed/000_82426c862c5804d0.txt"), StandardCharsets.UTF_8);
        String body = String.join("\n", lines.subList(1, lines.size())).strip();
        JsonNode gold = new ObjectMapper().readTree(Files.readString(SharedData.path("seed/expected-events.jsonl")));

        AnnotatedDocument doc = NlpPipeline.shared().annotate(body, LocalDate.of(2024, 10, 21));
        List<ActorMention> actors = ActorCoder.defaults().code(doc);
        List<CodedEvent> coded = EventCoder.defaults().codeEvents(doc, actors);
        List<EventMention> events = coded.stream().map(CodedEvent::best).toList();

        EventEvaluator evaluator = new EventEvaluator();
        evaluator.add("seed", body, gold.get("events"), json(events));
        EventEvaluator.Report report = evaluator.report();
        assertEquals(List.of(), report.misses(), "required events missed; coded: " + EventCoderSentencesTest.describe(events));
        assertEquals(List.of(), report.extras(), "events neither required nor optional");
        assertEquals(3, report.overall().matched());

        EventMention summons = events.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
        assertEquals("110", summons.cameo());
        assertEquals("disapprove", summons.mode());
        assertTrue(summons.source().stream().anyMatch(a -> "KOR".equals(a.country()) && "GOV".equals(a.sector())));
        assertTrue(summons.target().stream().anyMatch(a -> "RUS".equals(a.country())));
        // Told in sentence 1 and again in sentence 4 ("called in the Russian Ambassador"): one event, two evidences.
        CodedEvent summonsEvent = coded.stream().filter(c -> c.best().type().equals("ACCUSE")).findFirst().orElseThrow();
        assertTrue(summonsEvent.evidences().size() >= 2, () -> "evidences: " + summonsEvent.evidences());

        EventMention troops = events.stream().filter(e -> e.type().equals("MOBILIZE")).findFirst().orElseThrow();
        assertEquals(new EventMention.Quantity(12000, "troops"), troops.quantity());
        assertTrue(troops.source().stream().anyMatch(a -> "PRK".equals(a.country())));
        assertTrue(troops.target().stream().anyMatch(a -> "UKR".equals(a.country())));

        EventMention treaty = events.stream().filter(e -> e.type().equals("SUPPORT")).findFirst().orElseThrow();
        assertEquals("057", treaty.cameo());
        assertEquals("RUS", treaty.source().get(0).country());
        assertEquals("PRK", treaty.target().get(0).country());
        assertEquals("2024-10-21", treaty.date().value());
        assertEquals("publication", treaty.date().basis());
    }

    static ArrayNode json(List<EventMention> events) {
        ObjectMapper om = new ObjectMapper();
        ArrayNode a = om.createArrayNode();
        for (EventMention e : events) {
            ObjectNode n = a.addObject();
            n.put("type", e.type());
            n.put("cameo", e.cameo());
            n.put("certainty", e.certainty());
            ArrayNode s = n.putArray("source");
            e.source().forEach(x -> s.addObject().put("country", x.country()).put("sector", x.sector()));
            ArrayNode t = n.putArray("target");
            e.target().forEach(x -> t.addObject().put("country", x.country()).put("sector", x.sector()));
            if (e.quantity() != null) {
                n.putObject("quantity").put("value", e.quantity().value()).put("unit", e.quantity().unit());
            }
        }
        return a;
    }
}
