package org.tidings.attribution;

import java.util.Set;

/** The words that mark reports, hedges, denials, intentions and conditions. */
final class Cues {

    private Cues() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Verbs of saying and reporting: the subject is the source of the complement. */
    static final Set<String> SAY = set("say", "tell", "report", "state", "announce", "confirm", "disclose",
            "reveal", "note", "add", "declare", "write", "tweet", "post", "inform", "brief", "acknowledge", "admit",
            "insist", "assert", "warn", "indicate", "explain", "conclude", "testify", "quote", "publish",
            "broadcast", "relay", "stress", "emphasize", "emphasise", "reply", "respond", "comment", "observe",
            "maintain", "repeat", "reiterate", "argue", "notify", "find", "determine", "verify", "document",
            "describe", "recount", "mention", "signal", "remark", "specify", "tell", "estimate", "show",
            "highlight", "affirm", "assess", "detail", "stipulate", "clarify", "underline", "underscore", "point");
    /** Verbs of saying that hedge what they report. */
    static final Set<String> HEDGE_SAY = set("claim", "allege", "suggest", "suspect", "believe", "think",
            "speculate", "rumor", "rumour", "hint", "contend", "purport", "fear", "guess", "surmise",
            "imply", "insinuate", "suppose", "accuse", "charge", "hypothesize", "theorize", "doubt");
    /** Verbs of denying: the subject denies the complement. */
    static final Set<String> DENY = set("deny", "refute", "rebut", "disavow", "reject", "dismiss", "dispute",
            "contradict", "deny");
    /** Nouns of reporting whose owner is a source ("the ministry's statement that ..."). */
    static final Set<String> REPORT_NOUN = set("report", "statement", "announcement", "confirmation",
            "communique", "communiqué", "comment", "remark", "testimony", "assessment", "finding", "disclosure",
            "account", "post", "tweet", "letter", "briefing", "message", "bulletin", "dispatch", "release");
    static final Set<String> HEDGE_NOUN = set("claim", "allegation", "accusation", "rumor", "rumour",
            "suspicion", "speculation", "suggestion", "assertion", "charge", "speculation", "belief", "fear");
    static final Set<String> DENY_NOUN = set("denial", "rejection", "refutation");
    /** What shows an event: its owner is the source ("a video released by the ministry shows ..."). */
    static final Set<String> EVIDENCE_NOUN = set("video", "footage", "image", "photo", "photograph",
            "picture", "imagery", "document", "recording", "clip", "map", "data", "evidence", "analysis",
            "survey", "report", "statement", "audio", "tape", "film", "screenshot", "document", "record");
    static final Set<String> SHOW = set("show", "depict", "reveal", "indicate", "suggest", "confirm",
            "capture", "feature", "purport", "appear", "document", "prove", "demonstrate", "present");
    static final Set<String> RELEASE = set("release", "publish", "issue", "post", "share", "air",
            "broadcast", "circulate", "distribute", "show", "present", "provide", "obtain", "upload", "make");
    /** Hedging adverbs and adjectives. */
    static final Set<String> HEDGE_ADV = set("allegedly", "reportedly", "purportedly", "possibly", "likely",
            "probably", "apparently", "presumably", "seemingly", "supposedly", "ostensibly", "perhaps", "maybe",
            "potentially", "reputedly", "unconfirmed", "plausibly", "conceivably", "rumoredly");
    static final Set<String> HEDGE_ADJ = set("alleged", "purported", "suspected", "possible", "likely",
            "probable", "apparent", "presumed", "supposed", "unconfirmed", "potential", "so-called", "putative",
            "reported", "rumored", "rumoured", "claimed");
    /** Intentions: "plans to send", "threatened to strike", "vowed to retaliate". */
    static final Set<String> INTENT = set("plan", "intend", "aim", "prepare", "want", "seek", "decide",
            "vow", "pledge", "promise", "threaten", "expect", "schedule", "propose", "offer", "hope", "consider",
            "mull", "weigh", "agree", "resolve", "mean", "wish", "intention", "intent", "proposal", "decision",
            "threat", "bid", "readiness", "set", "due", "poised", "ready", "prepared", "determined", "eager",
            "willing", "going", "about", "slate", "commit", "undertake", "scheme", "plot");
    /** Modals of the future. */
    static final Set<String> FUTURE_AUX = set("will", "shall", "'ll", "wo");
    /** Modals of possibility and condition. */
    static final Set<String> COND_AUX = set("would", "could", "might", "may", "should", "'d", "must");
    static final Set<String> COND_MARK = set("if", "unless", "whether", "lest", "provided");
    /** Generic words for a news outlet, dropped from "Yonhap news agency". */
    static final Set<String> MEDIA = set("agency", "newspaper", "daily", "service", "broadcaster", "outlet",
            "channel", "television", "tv", "radio", "media", "network", "website", "wire", "paper", "magazine",
            "tabloid", "weekly", "portal", "station", "news", "site", "publication", "reporter", "journal");
    /** Speakers that stand for the source named just before ("the agency said"). */
    static final Set<String> ANAPHORIC = set("agency", "report", "statement", "newspaper", "outlet",
            "broadcaster", "paper", "daily", "publication", "channel", "source", "website");
}
