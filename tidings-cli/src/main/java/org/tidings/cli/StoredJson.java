package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.store.StoredEvent;
import org.tidings.store.StoredEventJson;
import org.tidings.store.StoredMention;

/** Stored records in the JSON shapes of the evaluation contract (FORMATS.md sections 1, 6 and 7). */
final class StoredJson {

    private StoredJson() {
    }

    /** One stored article: id, url, outlet, title, published, language, authors and its sentences' texts. */
    static ObjectNode article(Article a, List<String> sentences) {
        ObjectNode o = Listing.JSON.createObjectNode();
        o.put("id", a.id());
        o.put("url", a.url());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("published", a.published());
        o.put("language", a.language());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        ArrayNode s = o.putArray("sentences");
        sentences.forEach(s::add);
        return o;
    }

    /** The EVENT shape, without the fields of a stored event (id, reports, outlets, mentions). */
    static ObjectNode event(EventMention e) {
        return StoredEventJson.event(e);
    }

    /**
     * A stored event (FORMATS section 6). Until events are resolved across articles, each mention is its own
     * event: one report, one mention.
     */
    static ObjectNode storedEvent(StoredMention m) {
        ObjectNode o = Listing.JSON.createObjectNode();
        o.put("id", m.id());
        o.setAll(event(m.mention()));
        o.put("reports", 1);
        ArrayNode outlets = o.putArray("outlets");
        if (m.outlet() != null) {
            outlets.add(m.outlet());
        }
        ObjectNode mention = o.putArray("mentions").addObject();
        mention.put("article", m.articleId());
        mention.put("url", m.url());
        mention.put("outlet", m.outlet());
        mention.put("published", m.published());
        mention.put("sentence", m.mention().evidence() == null ? null : m.mention().evidence().text());
        return o;
    }

    /** A resolved event (FORMATS section 6), as {@link StoredEventJson#resolvedEvent} makes it. */
    static ObjectNode resolvedEvent(StoredEvent e) {
        return StoredEventJson.resolvedEvent(e);
    }

    /** Actor codes for a table cell: "KORGOV,USA". */
    static String codes(List<ActorMention> actors) {
        return actors.stream().map(a -> a.code() != null ? a.code() : a.country() != null ? a.country() : a.text())
                .distinct().collect(Collectors.joining(","));
    }
}
