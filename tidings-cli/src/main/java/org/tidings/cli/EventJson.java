package org.tidings.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;

/** The JSON form of coded events (the EVENT object of the event contract, FORMATS section 1). */
final class EventJson {

    private EventJson() {
    }

    static ObjectNode event(ObjectMapper om, EventMention e) {
        ObjectNode n = om.createObjectNode();
        n.put("type", e.type());
        n.put("mode", e.mode());
        n.put("cameo", e.cameo());
        n.put("goldstein", e.goldstein());
        n.set("source", actors(om, e.source()));
        n.set("target", actors(om, e.target()));
        n.put("event_date", e.date() == null ? null : e.date().value());
        n.put("date_basis", e.date() == null ? null : e.date().basis());
        n.put("location", e.location() == null ? null : e.location().name());
        n.put("certainty", e.certainty());
        ArrayNode rb = n.putArray("reported_by");
        e.reportedBy().forEach(rb::add);
        if (e.quantity() == null) {
            n.putNull("quantity");
        } else {
            ObjectNode q = n.putObject("quantity");
            q.put("value", e.quantity().value());
            q.put("unit", e.quantity().unit());
        }
        EventMention.Evidence ev = e.evidence();
        ObjectNode evidence = n.putObject("evidence");
        evidence.put("sentence", ev.sentence());
        evidence.put("start", ev.begin());
        evidence.put("end", ev.end());
        evidence.put("text", ev.text());
        evidence.put("trigger", ev.trigger());
        n.put("pattern", e.pattern());
        return n;
    }

    static ArrayNode events(ObjectMapper om, List<EventMention> events) {
        ArrayNode a = om.createArrayNode();
        events.forEach(e -> a.add(event(om, e)));
        return a;
    }

    private static ArrayNode actors(ObjectMapper om, List<ActorMention> actors) {
        ArrayNode a = om.createArrayNode();
        for (ActorMention m : actors) {
            ObjectNode n = a.addObject();
            n.put("text", m.text());
            n.put("country", m.country());
            n.put("sector", m.sector());
            n.put("code", m.code());
        }
        return a;
    }
}
