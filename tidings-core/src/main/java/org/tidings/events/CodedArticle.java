package org.tidings.events;

import java.util.List;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;

/**
 * An article with everything the pipeline found in it: its analysis, its coded actors and its event mentions.
 * This is what the store saves, in one transaction.
 */
public record CodedArticle(AnnotatedDocument document, List<ActorMention> actors, List<EventMention> events) {

    public CodedArticle {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }
}
