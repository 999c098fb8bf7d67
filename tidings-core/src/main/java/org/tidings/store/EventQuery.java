package org.tidings.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Which stored event mentions to list. Every filter is optional (null or empty = any).
 *
 * @param actor       a source or target actor whose code starts with this ("KOR", "KORGOV") or whose
 *                    name or text contains it, case-insensitively
 * @param country     a source or target actor of this CAMEO country code
 * @param types       PLOVER event types, any of them
 * @param from        the event's date period ends on or after this day
 * @param to          the event's date period starts on or before this day
 * @param certainties any of these certainties ("asserted", "reported", ...)
 * @param limit       at most this many, 0 for all
 */
public record EventQuery(String actor, String country, List<String> types, LocalDate from, LocalDate to,
                         List<String> certainties, int limit) {

    public EventQuery {
        types = types == null ? List.of() : List.copyOf(types);
        certainties = certainties == null ? List.of() : List.copyOf(certainties);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }

    /** Every event mention. */
    public static EventQuery all() {
        return new EventQuery(null, null, List.of(), null, null, List.of(), 0);
    }

    public EventQuery withActor(String value) {
        return new EventQuery(value, country, types, from, to, certainties, limit);
    }

    public EventQuery withCountry(String value) {
        return new EventQuery(actor, value, types, from, to, certainties, limit);
    }

    public EventQuery withTypes(List<String> values) {
        return new EventQuery(actor, country, values, from, to, certainties, limit);
    }

    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(actor, country, types, first, last, certainties, limit);
    }

    public EventQuery withCertainties(List<String> values) {
        return new EventQuery(actor, country, types, from, to, values, limit);
    }

    public EventQuery withLimit(int max) {
        return new EventQuery(actor, country, types, from, to, certainties, max);
    }
}
