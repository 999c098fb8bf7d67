package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tidings.Tidings;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.nlp.AnnotatedDocument;

/** Runs the whole pipeline (NLP, time, actors, events, dates, sources, places) on one {"id","date","text"} record, and times each stage. */
final class RecordCoder {

    long nlpNanos;
    long codingNanos;
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
        Tidings tidings = Tidings.defaults();
        long t0 = System.nanoTime();
        AnnotatedDocument doc = tidings.analyse(Article.ofText(record.get("text").asText(), date));
        long t1 = System.nanoTime();
        CodedArticle coded = tidings.code(doc);
        long t2 = System.nanoTime();
        nlpNanos += t1 - t0;
        codingNanos += t2 - t1;
        tokens += doc.tokenCount();
        return coded.events();
    }

    String timing(int records) {
        return String.format("%d records, %d tokens: nlp %.1f ms/record, coding (actors, events, dates, sources, "
                        + "places) %.2f ms/record (%.1f%% of nlp)", records, tokens, nlpNanos / 1e6 / Math.max(1, records),
                codingNanos / 1e6 / Math.max(1, records), 100.0 * codingNanos / Math.max(1, nlpNanos));
    }
}
