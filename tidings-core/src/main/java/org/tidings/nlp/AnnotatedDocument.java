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

    /** Whether sentence {@code i} opens a paragraph: a line break stands between it and the sentence before. */
    public boolean paragraphStartsAt(int i) {
        if (i <= 0) {
            return true;
        }
        int from = sentences.get(i - 1).end();
        int to = sentences.get(i).begin();
        return from < to && to <= text.length() && text.substring(from, to).contains("\n");
    }

    /** The first sentence of the paragraph that holds sentence {@code i}. */
    public int paragraphStart(int i) {
        int first = i;
        while (first > 0 && !paragraphStartsAt(first)) {
            first--;
        }
        return first;
    }

    /**
     * Whether token {@code k} of sentence {@code sentence} stands inside a quotation: after an odd number of quote
     * marks counted from the start of its paragraph. A quote may run over several sentences, and the sentence
     * splitter often gives its closing mark to the next sentence, so one sentence alone cannot tell.
     */
    public boolean quoted(int sentence, int k) {
        int quotes = 0;
        for (int i = paragraphStart(sentence); i <= sentence; i++) {
            List<Token> tokens = sentences.get(i).tokens();
            int upTo = i == sentence ? Math.min(k, tokens.size()) : tokens.size();
            for (int j = 0; j < upTo; j++) {
                String pos = tokens.get(j).pos();
                quotes += pos.equals("``") || pos.equals("''") ? 1 : 0;
            }
        }
        return quotes % 2 == 1;
    }
}
