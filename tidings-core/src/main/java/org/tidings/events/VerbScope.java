package org.tidings.events;

import java.util.Locale;
import java.util.Set;

/**
 * Which verbs of a sentence belong to the event of a coded verb above them ("threatened to attack" is one
 * event), and which tell events of their own (a coordinated verb, a clause with its own subject).
 */
final class VerbScope {
    // Clauses of time that tell an earlier or simultaneous event ("after X fired", "when X attacked").
    private static final Set<String> TEMPORAL_CLAUSE_MARKS = Set.of("after", "when");

    // Talks named as the time of an act ("after talks with Putin"), as visits may be.
    private static final Set<String> TALKS = Set.of("talk", "talks", "meeting", "summit");

    private final Syntax syn;
    private final FrameMatcher frames;

    VerbScope(Syntax syn, FrameMatcher frames) {
        this.syn = syn;
        this.frames = frames;
    }

    /** How deep a word lies in the parse (outer verbs are coded first). */
    int depth(int t) {
        int d = 0;
        for (int h = syn.head(t); h >= 0 && d < syn.size(); h = syn.head(h)) {
            d++;
        }
        return d;
    }

    /** Whether {@code t} lies in the part of {@code anchor}'s subtree that belongs to anchor's event. */
    boolean inScope(int anchor, int t) {
        if (!syn.isAncestor(anchor, t)) {
            return false;
        }
        for (int x = t; x != anchor; x = syn.head(x)) {
            String r = syn.rel(x);
            // A verb coordinated with the anchor itself is another event; one coordinated inside it is not.
            if ((r.startsWith("conj") || r.startsWith("parataxis")) && syn.head(x) == anchor) {
                return false;
            }
            // "met for a summit where the presidents signed the agreement": a clause of place or time with its
            // own subject tells an event of its own.
            if (r.equals("acl:relcl") && syn.child(x, "nsubj") >= 0 && syn.children(x, "advmod").stream()
                    .anyMatch(k -> Set.of("where", "when").contains(syn.word(k)))) {
                return false;
            }
            // "discussed the crisis with the one ally who has backed his threat": what a party named in the event
            // did is an act of its own
            if (r.equals("acl:relcl") && syn.child(x, "nsubj") >= 0
                    && syn.word(syn.child(x, "nsubj")).equalsIgnoreCase("who")) {
                return false;
            }
            // A relative clause on the event's own object describes it ("a resolution that aims to ...").
            if (r.equals("acl:relcl") && !(syn.head(syn.head(x)) == anchor && (syn.rel(syn.head(x)).equals("obj")
                    || syn.rel(syn.head(x)).startsWith("obl")))) {
                return false;
            }
            // "In response to a lawsuit by X, the judge ruled": what it answers is an act of its own
            if (r.startsWith("obl") && syn.head(x) == anchor && syn.caseOf(x).equals("in")
                    && Lexicon.ANSWERS.contains(syn.lemma(x))) {
                return false;
            }
            if (r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("appos")) {
                return false;
            }
            // "A treaty signed by X commits ...": the misparsed participle hangs the main verb off itself
            if (r.equals("dep") && syn.head(x) == anchor && frames.misparsedParticiple(anchor)) {
                return false;
            }
            if (r.startsWith("advcl") && Lexicon.SEPARATE_CLAUSE_MARKS.contains(syn.mark(x))) {
                return false;
            }
            // "praised the staff before meeting with the President": a clause of time with no subject tells another
            // act of the same doer
            if (syn.gerundOfTime(x)) {
                return false;
            }
            // "During his visit to Moscow, the president signed ...": a visit or talks that tell when something was
            // done were held in their own right
            if (r.startsWith("obl") && syn.head(x) == anchor
                    && (Lexicon.VISITS.contains(syn.lemma(x)) || TALKS.contains(syn.lemma(x)))
                    && Lexicon.MEETING_TIMES.contains(syn.caseOf(x).toLowerCase(Locale.ROOT))) {
                return false;
            }
            // "... was sharing information after North Korea fired two missiles": a past clause of time with a
            // subject of its own tells an event of its own.
            if (r.startsWith("advcl") && TEMPORAL_CLAUSE_MARKS.contains(syn.mark(x))
                    && (syn.child(x, "nsubj") >= 0 || syn.child(x, "nsubj:pass") >= 0)) {
                return false;
            }
        }
        return true;
    }
}
