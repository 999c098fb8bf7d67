package org.tidings.events;

import java.util.Set;

/** Word lists read by several parts of the event coder. A list that only one part reads lives with that part. */
final class Lexicon {
    // Verbs that report what someone says or finds: a clause under one is reported, its subject the reporter.
    static final Set<String> SPEECH = Set.of("say", "tell", "report", "announce", "state", "claim", "add",
            "confirm", "insist", "note", "reveal", "write", "declare", "stress", "indicate", "allege", "believe",
            "think", "acknowledge", "admit", "explain", "assert", "contend", "suggest", "show", "find", "learn",
            "conclude", "argue", "quote", "disclose", "told", "mention", "point", "estimate", "hint");
    // Verbs of intent: what they govern is planned, not done.
    static final Set<String> PLAN = Set.of("plan", "intend", "prepare", "aim", "decide", "expect", "want",
            "hope", "seek", "propose", "mean", "schedule", "set", "due", "poised", "consider", "wish", "agree");
    // Prepositions of a topic ("a resolution on Ukraine") and of a place ("talks in Geneva").
    static final Set<String> TOPIC_CASES = Set.of("on", "about", "over", "regarding", "concerning", "during");
    static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "across", "throughout", "inside",
            "outside", "within", "around");
    // "is prepared to talk", "is committed to a strike": a passive form telling the subject's own state of mind;
    // "guerrillas have been demobilized": fighters stood down, by no one named, stand down themselves
    static final Set<String> STATE_PASSIVES = Set.of("prepare", "commit", "determine", "resolve", "dedicate",
            "demobilize", "demobilise");
    // Background clauses ("after X did Y") belong to the main event; only contrasting clauses stand apart.
    static final Set<String> SEPARATE_CLAUSE_MARKS = Set.of("while", "whereas", "although", "though");
    // What "in ... to" names as answered ("in response to a lawsuit"): an act done, and one of its own.
    static final Set<String> ANSWERS = Set.of("response", "reaction", "retaliation", "reply");
    // "in anticipation of the storm", "in view of the threat": a reason, not a place or a party acted on.
    static final Set<String> REASONS = Set.of("anticipation", "expectation", "preparation", "advance", "view",
            "light", "case", "fear", "hope");
    // Nouns of leaving a place: "the withdrawal of Iraqi troops from Kuwait".
    static final Set<String> LEAVINGS = Set.of("withdrawal", "pullout", "pull-out", "retreat", "departure", "exit",
            "evacuation", "redeployment");
    // Codes of bodies above or outside states: no country's people are their own.
    static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO");
    // Words that open a relative clause ("the missile that North Korea launched").
    static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom");
    // Verbs that introduce what someone says, writes or calls something.
    static final Set<String> SPEAKING = Set.of("say", "add", "tell", "write", "tweet", "comment", "call",
            "describe", "state", "post", "respond", "label", "brand", "term", "dub", "continue", "remark", "argue",
            "note", "insist", "declare", "reply", "retort", "charge", "complain", "lament");

    // Nouns of a visit ("during his visit to Moscow", "ending a two-day trip").
    static final Set<String> VISITS = Set.of("visit", "trip", "tour");
    // Prepositions by which a meeting or a visit tells the time of another act ("after talks with Putin").
    static final Set<String> MEETING_TIMES = Set.of("during", "after", "following", "before", "at");

    private Lexicon() {
    }
}
