package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventCoder;
import org.tidings.events.EventMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;

/** Runs the pipeline (NLP, actors, events) on one {"id","date","text"} record, and times each stage. */
final class RecordCoder {

    long nlpNanos;
    long actorNanos;
    long eventNanos;
    long tokens;

    List<EventMention> code(JsonNode record) {
        if (!record.hasNonNull("text") || !record.get("text").isTextual()) {
            throw new IllegalArgumentException("no \"text\"");
        }
        LocalDate date = null;
        if (record.hasNonNull("date")) {
            try {
                date = LocalDate.parse(record.get("date").asText().substring(0, Math.min(10, record.get("date").asText().length())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad \"date\": " + record.get("date").asText());
            }
        }
        long t0 = System.nanoTime();
        AnnotatedDocument doc = NlpPipeline.shared().annotate(record.get("text").asText(), date);
        long t1 = System.nanoTime();
        List<ActorMention> actors = ActorCoder.defaults().code(doc);
        long t2 = System.nanoTime();
        List<EventMention> events = EventCoder.defaults().code(doc, actors);
        long t3 = System.nanoTime();
        nlpNanos += t1 - t0;
        actorNanos += t2 - t1;
        eventNanos += t3 - t2;
        tokens += doc.tokenCount();
        return events;
    }

    String timing(int records) {
        return String.format("%d records, %d tokens: nlp %.1f ms/record, actors %.2f ms/record, events %.2f ms/record",
                records, tokens, nlpNanos / 1e6 / Math.max(1, records), actorNanos / 1e6 / Math.max(1, records),
                eventNanos / 1e6 / Math.max(1, records));
    }
}
