package org.tidings.server;

import java.time.LocalDate;
import java.util.List;

/**
 * Which events to list, count or chart. Every filter is optional (null or empty = any).
 *
 * @param q          words in the evidence sentence or the article title
 * @param actor      a source or target actor whose code starts with this ("KOR", "KORGOV") or whose name contains it
 * @param country    a source or target actor of this country code
 * @param sector     a source or target actor of this sector code ("GOV", "MIL")
 * @param types      PLOVER types, any of them
 * @param quads      quad classes 1-4 (verbal/material cooperation, verbal/material conflict), any of them
 * @param from       the event's period ends on or after this day
 * @param to         the event's period starts on or before this day
 * @param certainties any of these certainties
 * @param minReports at least this many reports
 * @param outlet     told by this outlet
 * @param article    told in this article
 */
record EventFilter(String q, String actor, String country, String sector, List<String> types, List<Integer> quads,
                   LocalDate from, LocalDate to, List<String> certainties, int minReports, String outlet,
                   String article) {

    EventFilter {
        types = types == null ? List.of() : List.copyOf(types);
        quads = quads == null ? List.of() : List.copyOf(quads);
        certainties = certainties == null ? List.of() : List.copyOf(certainties);
    }

    static EventFilter none() {
        return new EventFilter(null, null, null, null, List.of(), List.of(), null, null, List.of(), 0, null, null);
    }

    EventFilter withArticle(String id) {
        return new EventFilter(q, actor, country, sector, types, quads, from, to, certainties, minReports, outlet, id);
    }
}
