package org.tidings.resolve;

import java.util.ArrayList;
import java.util.List;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;

/** Hand-built reports for resolver tests: "KORGOV" style codes, dates as TIMEX values. */
final class Mentions {

    private Mentions() {
    }

    static ActorMention actor(String code) {
        String country = code.length() >= 3 ? code.substring(0, 3) : code;
        String sector = code.length() > 3 ? code.substring(3) : null;
        return new ActorMention(0, 0, 1, 0, 1, code, code, country, sector, code, null, "test");
    }

    static ActorMention person(String code, String identity) {
        ActorMention a = actor(code);
        return new ActorMention(0, 0, 1, 0, 1, identity, identity, a.country(), a.sector(), code, identity, "test");
    }

    static List<ActorMention> actors(String codes) {
        List<ActorMention> out = new ArrayList<>();
        if (codes != null && !codes.isBlank()) {
            for (String c : codes.split(",")) {
                out.add(actor(c.strip()));
            }
        }
        return out;
    }

    /** A report: article id, outlet, publication day, type, sources, targets, date value and basis. */
    static Report report(String article, int idx, String outlet, String published, String type, String source,
                         String target, String date, String basis) {
        return report(article, idx, outlet, published, type, source, target, date, basis, "asserted", null);
    }

    static Report report(String article, int idx, String outlet, String published, String type, String source,
                         String target, String date, String basis, String certainty, EventMention.Place place) {
        EventMention m = new EventMention(type, null, null, 0.0, actors(source), actors(target),
                date == null ? null : new EventMention.EventDate(date, basis, basis.equals("text") ? "on " + date : null),
                place, certainty, List.of(), null,
                new EventMention.Evidence(0, 0, 10, article + " sentence " + idx, "did", 1), "test");
        return new Report(article + "-" + idx, article, "https://" + outlet + ".example/" + article, outlet,
                published, m);
    }
}
