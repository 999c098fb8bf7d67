package org.tidings.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Timex;
import org.tidings.search.SearchHit;

/** JSON shapes of articles for the API. Offsets are chars of the article's {@code text}. */
final class Views {

    private Views() {
    }

    static ObjectNode articleSummary(Article a) {
        ObjectNode o = Catalog.JSON.createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("published", a.published());
        return o;
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode o = Catalog.JSON.createObjectNode();
        o.put("id", h.id());
        o.put("title", h.title());
        o.put("outlet", h.outlet());
        o.put("url", h.url());
        o.put("published", h.published());
        o.put("score", Math.round(h.score() * 1000) / 1000.0);
        // Marks become plain offsets-free markers the page can render safely: [[ and ]].
        o.put("snippet", h.snippet());
        return o;
    }

    static ObjectNode article(CodedArticle c) {
        Article a = c.document().article();
        ObjectNode o = articleSummary(a);
        o.put("language", a.language());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("text", c.document().text());
        ArrayNode entities = o.putArray("entities");
        for (EntityMention e : c.document().entities()) {
            entities.addObject().put("start", e.begin()).put("end", e.end()).put("text", e.text()).put("type", e.type());
        }
        ArrayNode timexes = o.putArray("timexes");
        for (Timex t : c.document().timexes()) {
            timexes.addObject().put("start", t.begin()).put("end", t.end()).put("text", t.text()).put("type", t.type())
                    .put("value", t.value());
        }
        ArrayNode actors = o.putArray("actors");
        for (ActorMention m : c.actors()) {
            actor(actors.addObject().put("start", m.begin()).put("end", m.end()), m);
        }
        ArrayNode events = o.putArray("events");
        for (int i = 0; i < c.events().size(); i++) {
            EventMention e = c.events().get(i);
            ObjectNode ev = events.addObject();
            ev.put("id", a.id() + "-" + i);
            ev.put("type", e.type());
            ev.put("cameo", e.cameo());
            ev.put("goldstein", e.goldstein());
            ev.put("source", codes(e.source()));
            ev.put("target", codes(e.target()));
            ev.put("event_date", e.date() == null ? null : e.date().value());
            ev.put("certainty", e.certainty());
            if (e.evidence() != null) {
                ev.put("start", e.evidence().begin());
                ev.put("end", e.evidence().end());
                ev.put("trigger", e.evidence().trigger());
                int t = e.evidence().triggerToken();
                var sentences = c.document().sentences();
                int s = e.evidence().sentence();
                if (s >= 0 && s < sentences.size() && t >= 0 && t < sentences.get(s).tokens().size()) {
                    ev.put("trigger_start", sentences.get(s).tokens().get(t).begin());
                    ev.put("trigger_end", sentences.get(s).tokens().get(t).end());
                }
            }
        }
        return o;
    }

    private static void actor(ObjectNode o, ActorMention m) {
        o.put("text", m.text()).put("name", m.name()).put("country", m.country()).put("sector", m.sector())
                .put("code", m.code());
    }

    /** Actor codes joined for a short label: "KORGOV,USA". */
    static String codes(List<ActorMention> actors) {
        return actors.stream().map(a -> a.code() != null ? a.code() : a.country() != null ? a.country() : a.text())
                .distinct().collect(Collectors.joining(","));
    }
}
