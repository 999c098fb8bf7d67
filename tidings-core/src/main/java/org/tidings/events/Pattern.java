package org.tidings.events;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of the pattern dictionary: a verb (with an optional particle) and the frame it must appear in,
 * and the event it then names. {@code type == null} marks a blocking pattern (a reading that is no event).
 *
 * @param id          stable id, reported as the event's pattern
 * @param lemma       the verb lemma
 * @param particle    required particle ("in" for "call in"), or null
 * @param objects     the object must be one of these nouns (empty: no condition)
 * @param needsObject some object must be present
 * @param complements the complement clause must be headed by one of these verbs (empty: none required)
 * @param needsComplement some complement clause must be present
 * @param complementObjects the complement's object must be one of these nouns
 * @param preps       the verb must have an oblique with one of these prepositions
 * @param prepNouns   preposition -> nouns: the verb must have such a prepositional noun
 * @param subjects    the subject must be one of these nouns
 * @param modals      the complement clause must carry one of these modals
 * @param negated     the verb must be negated
 * @param targets     where to look for the target, in order
 * @param targetOptional the event may lack a target even where its type needs one
 * @param targetRequired the event needs a target even where its type does not
 * @param ownTarget   an uncoded group of officials in the target's place belongs to the source's own country
 *                    ("the president convened a meeting with security officials")
 * @param noun        the trigger is a noun telling the event ("Iran's attack on Israel"); {@code objects} then
 *                    name the noun's own modifier ("missile launches")
 * @param type        PLOVER type, or null for a blocking pattern
 * @param mode        PLOVER mode, or null
 * @param cameo       CAMEO code, or null
 * @param line        line in the dictionary, for messages
 */
record Pattern(String id, String lemma, String particle, Set<String> objects, boolean needsObject,
               Set<String> complements, boolean needsComplement, Set<String> complementObjects,
               Set<String> preps, Map<String, Set<String>> prepNouns, Set<String> subjects, Set<String> modals, boolean negated,
               List<String> targets, boolean targetOptional, boolean targetRequired, boolean ownTarget, boolean noun, String type, String mode, String cameo, int line) {

    /** More conditions = more specific; the most specific matching pattern wins. */
    int specificity() {
        int s = 0;
        s += objects.isEmpty() ? (needsObject ? 1 : 0) : 3;
        s += complements.isEmpty() ? (needsComplement ? 1 : 0) : 3;
        s += complementObjects.isEmpty() ? 0 : 3;
        s += preps.isEmpty() ? 0 : 2;
        s += prepNouns.isEmpty() ? 0 : 3;
        s += modals.isEmpty() ? 0 : 4;
        s += negated ? 4 : 0;
        s += subjects.isEmpty() ? 0 : 3;
        s += particle == null ? 0 : 2;
        return s;
    }

    boolean blocks() {
        return type == null;
    }
}
