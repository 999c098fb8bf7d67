package org.tidings.events;

import java.util.List;
import org.tidings.actors.ActorMention;

/**
 * One telling of an event in one article: who did what to whom, when, where, according to whom, how surely.
 *
 * @param type        PLOVER 2.0 event type ("ACCUSE")
 * @param mode        PLOVER mode ("disapprove"), or null
 * @param cameo       CAMEO code ("110")
 * @param goldstein   Goldstein score of the CAMEO code
 * @param source      who acts (one or more actors)
 * @param target      to whom (may be empty where the type allows no target)
 * @param date        the event's own date, or the publication date with basis "publication"
 * @param location    where it happened, or null
 * @param certainty   asserted, reported, alleged, denied, planned, hypothetical or negated
 * @param reportedBy  who says so, outermost first ("Yonhap", "South Korea's Ministry of Foreign Affairs")
 * @param quantity    how many ("12,000 troops"), or null
 * @param evidence    the sentence and words it came from
 * @param pattern     id of the pattern that fired, for {@code tidings explain}
 */
public record EventMention(String type, String mode, String cameo, double goldstein,
                           List<ActorMention> source, List<ActorMention> target,
                           EventDate date, Place location, String certainty, List<String> reportedBy,
                           Quantity quantity, Evidence evidence, String pattern) {

    public EventMention {
        source = List.copyOf(source);
        target = List.copyOf(target);
        reportedBy = reportedBy == null ? List.of() : List.copyOf(reportedBy);
    }

    /** The same telling with another target (one found elsewhere in the article). */
    public EventMention withTarget(List<ActorMention> newTarget) {
        return new EventMention(type, mode, cameo, goldstein, source, newTarget, date, location, certainty, reportedBy,
                quantity, evidence, pattern);
    }

    /**
     * The event's date at its own precision.
     *
     * @param value      "2024-10-21", "2024-10", "2024-W42" or "2024"
     * @param basis      "text" when a time expression of the text gave it, "publication" when it fell back
     * @param expression the words it came from ("On October 18", "that same day"), or null
     */
    public record EventDate(String value, String basis, String expression) {
    }

    /**
     * A place, resolved with the gazetteer where possible.
     *
     * @param name      as named in the text ("Seoul")
     * @param country   ISO/CAMEO country code, or null
     * @param latitude  degrees, or null when unknown
     * @param longitude degrees, or null when unknown
     */
    public record Place(String name, String country, Double latitude, Double longitude) {
    }

    /** @param value how many; @param unit of what ("troops", "people") */
    public record Quantity(long value, String unit) {
    }

    /**
     * Where in the article the event is told.
     *
     * @param sentence   sentence index
     * @param begin      char offset of the sentence in the document text
     * @param end        char offset after the sentence
     * @param text       the sentence
     * @param trigger    the words that name the action ("summoned")
     * @param triggerToken token index of the action word in its sentence
     */
    public record Evidence(int sentence, int begin, int end, String text, String trigger, int triggerToken) {
    }
}
