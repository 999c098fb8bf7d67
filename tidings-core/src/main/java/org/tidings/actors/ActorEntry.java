package org.tidings.actors;

import java.time.LocalDate;

/**
 * One entry of the actor knowledge base: a country, organisation, outlet, person (in one office, for one
 * period) or place, with its coding.
 *
 * @param id      stable identity ("person:vladimir-putin", "country:KOR", "phoenix:VLADIMIR_PUTIN")
 * @param kind    country, person, org, media, place
 * @param name    canonical name ("Vladimir Putin")
 * @param country CAMEO country code ("RUS"), or "IGO"/"NGO"/"IMG" for international bodies
 * @param sector  sector ("GOV", "MIL", "MED", ...), or null for the country as a whole
 * @param from    first day the coding holds, or null for "always before"
 * @param to      last day the coding holds, or null for "still"
 * @param office  the office or note ("President"), or null
 * @param source  where it came from: "user", "kb" or "phoenix"
 */
public record ActorEntry(String id, String kind, String name, String country, String sector,
                         LocalDate from, LocalDate to, String office, String source) {

    /** Country followed by sector ("KORGOV"), or the country alone. */
    public String code() {
        if (country == null) {
            return sector;
        }
        return sector == null ? country : country + sector;
    }

    /** Whether the coding holds on the given day (undated entries always hold). */
    public boolean validOn(LocalDate date) {
        if (date == null) {
            return to == null;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    boolean dated() {
        return from != null || to != null;
    }

    ActorEntry withSector(String newSector, String newOffice) {
        return new ActorEntry(id, kind, name, country, newSector, from, to, newOffice, source);
    }
}
