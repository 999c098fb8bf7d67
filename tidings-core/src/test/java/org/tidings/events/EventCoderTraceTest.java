package org.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;

/** The trace reports each verb's patterns, the events coded and the ones rejected with a reason. */
class EventCoderTraceTest {

    @Test
    void reportsTriedCodedAndRejected() {
        AnnotatedDocument doc = NlpPipeline.shared().annotate(
                "Tokyo urged Beijing to withdraw its ships. Japan's foreign minister urged restraint.", LocalDate.of(2025, 3, 12));
        List<ActorMention> actors = ActorCoder.defaults().code(doc);
        List<String> tried = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<EventMention> coded = new ArrayList<>();
        List<EventMention> out = EventCoder.defaults().codeMentions(doc, actors, new EventCoder.Trace() {
            @Override
            public void tried(int sentence, int token, String lemma, List<String> patterns, List<String> matched, String chosen) {
                tried.add(sentence + ":" + lemma + ":" + chosen);
            }

            @Override
            public void rejected(int sentence, int token, String pattern, String reason) {
                rejected.add(sentence + ":" + pattern + ":" + reason);
            }

            @Override
            public void coded(EventMention mention) {
                coded.add(mention);
            }
        });
        assertEquals(out, coded);
        assertEquals(List.of("REQUEST"), coded.stream().map(EventMention::type).toList());
        assertTrue(tried.contains("0:urge:urge"), tried.toString());
        assertTrue(tried.stream().anyMatch(t -> t.startsWith("0:withdraw:")), tried.toString());
        assertTrue(rejected.contains("1:urge:no coded target actor (the pattern needs one)"), rejected.toString());
        // Without a trace the coder gives the same events.
        assertEquals(out, EventCoder.defaults().codeMentions(doc, actors));
    }
}
