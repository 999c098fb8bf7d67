package org.tidings.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;

/**
 * Events in the JSON shapes of the evaluation contract (FORMATS.md sections 1 and 6): what {@code tidings events
 * --format jsonl} prints and what an alert's webhook receives.
 */
public final class StoredEventJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredEventJson() {
    }

    /** The EVENT shape, without the fields of a stored event (id, reports, outlets, mentions). */
    public static ObjectNode event(EventMention e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", e.type());
        o.put("mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("goldstein", e.goldstein());
        actors(o.putArray("source"), e.source());
        actors(o.putArray("target"), e.target());
        o.put("event_date", e.date() == null ? null : e.date().value());
        o.put("date_basis", e.date() == null ? null : e.date().basis());
        o.put("date_expression", e.date() == null ? null : e.date().expression());
        o.put("location", e.location() == null ? null : e.location().name());
        if (e.location() != null) {
            o.put("location_country", e.location().country());
            if (e.location().latitude() != null && e.location().longitude() != null) {
                o.put("latitude", e.location().latitude());
                o.put("longitude", e.location().longitude());
            }
        }
        o.put("certainty", e.certainty());
        ArrayNode by = o.putArray("reported_by");
        e.reportedBy().forEach(by::add);
        if (e.quantity() == null) {
            o.putNull("quantity");
        } else {
            o.putObject("quantity").put("value", e.quantity().value()).put("unit", e.quantity().unit());
        }
        if (e.evidence() == null) {
            o.putNull("evidence");
        } else {
            EventMention.Evidence ev = e.evidence();
            o.putObject("evidence").put("sentence", ev.sentence()).put("start", ev.begin()).put("end", ev.end())
                    .put("text", ev.text()).put("trigger", ev.trigger());
        }
        o.put("pattern", e.pattern());
        return o;
    }

    /**
     * A resolved event (FORMATS section 6): the EVENT fields, then id, reports, outlets (independent ones) and
     * mentions; and our extras: articles, independent_reports, all_outlets, first_report, last_report,
     * corroboration, date_evidence, place_evidence.
     */
    public static ObjectNode resolvedEvent(StoredEvent e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.setAll(event(e.event()));
        o.put("reports", e.reports());
        ArrayNode outlets = o.putArray("outlets");
        e.outlets().forEach(outlets::add);
        ArrayNode mentions = o.putArray("mentions");
        for (StoredMention m : e.mentions()) {
            ObjectNode mention = mentions.addObject();
            mention.put("article", m.articleId());
            mention.put("url", m.url());
            mention.put("outlet", m.outlet());
            mention.put("published", m.published());
            mention.put("sentence", m.mention().evidence() == null ? null : m.mention().evidence().text());
            mention.put("mention", m.id());
            mention.put("type", m.mention().type());
            mention.put("certainty", m.mention().certainty());
            mention.put("event_date", m.mention().date() == null ? null : m.mention().date().value());
        }
        o.put("articles", e.articles());
        o.put("independent_reports", e.independentReports());
        ArrayNode all = o.putArray("all_outlets");
        e.allOutlets().forEach(all::add);
        o.put("first_report", e.firstReport());
        o.put("last_report", e.lastReport());
        o.put("corroboration", e.corroboration());
        o.put("representative", e.representative());
        ArrayNode de = o.putArray("date_evidence");
        e.dateEvidence().forEach(de::add);
        ArrayNode pe = o.putArray("place_evidence");
        e.placeEvidence().forEach(pe::add);
        return o;
    }

    private static void actors(ArrayNode array, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            array.addObject().put("text", a.text()).put("name", a.name()).put("country", a.country())
                    .put("sector", a.sector()).put("code", a.code());
        }
    }
}
