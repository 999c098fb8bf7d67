package org.tidings.nlp;

import java.util.List;
import org.tidings.ingest.Article;

/**
 * An article after linguistic analysis: what every later stage reads. Offsets point into {@link #text()}.
 *
 * @param article   the article analysed
 * @param text      the analysed text (the article body)
 * @param sentences its sentences
 * @param entities  named entities, in text order
 * @param timexes   time expressions, normalised against the publication date, in text order
 */
public record AnnotatedDocument(Article article, String text, List<Sentence> sentences,
                                List<EntityMention> entities, List<Timex> timexes) {

    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    public List<EntityMention> entitiesIn(int sentence) {
        return entities.stream().filter(e -> e.sentence() == sentence).toList();
    }

    public List<Timex> timexesIn(int sentence) {
        return timexes.stream().filter(t -> t.sentence() == sentence).toList();
    }
}
