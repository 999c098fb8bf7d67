package org.tidings.events;

import java.util.List;

/**
 * One event of one article after consolidation: the same happening told several times in the article
 * becomes one coded event, with the mention that tells it best and the evidence of every telling.
 *
 * @param best      the merged mention (the best-evidenced telling, completed from the others)
 * @param mentions  every telling, in text order
 */
public record CodedEvent(EventMention best, List<EventMention> mentions) {

    public CodedEvent {
        mentions = List.copyOf(mentions);
    }

    public List<EventMention.Evidence> evidences() {
        return mentions.stream().map(EventMention::evidence).toList();
    }
}
