package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.actors.ActorMention;

/**
 * Reads "with South Carolina's governor following suit" as a second telling of the sentence's act, done by the
 * one who followed: the act is told once and its doers twice.
 */
final class SuitFollowers {
    private final Syntax syn;
    private final PhraseActors phrases;
    private final SuppliedActors supplied;
    private final EventBuilder builder;

    SuitFollowers(Syntax syn, PhraseActors phrases, SuppliedActors supplied, EventBuilder builder) {
        this.syn = syn;
        this.phrases = phrases;
        this.supplied = supplied;
        this.builder = builder;
    }

    /** The events of those who "followed suit" after an act coded in the same sentence. */
    List<EventMention> read(List<EventMention> coded) {
        List<EventMention> out = new ArrayList<>();
        for (int suit = 0; suit < syn.size(); suit++) {
            if (!followedSuit(syn, suit)) {
                continue;
            }
            int n = suit - 1;
            int doer = n - 1;
            while (doer >= 0 && syn.token(doer).pos().startsWith("RB")) {
                doer--; // "France also followed suit"
            }
            // The parser hangs "following suit" anywhere; the words say who followed.
            if (doer < 0 || phrases.actorAt(doer) == null || syn.negated(n)) {
                continue;
            }
            List<ActorMention> followers = phrases.actorsFor(doer);
            EventMention followed = followed(coded, n);
            if (followers.isEmpty() || followed == null || followers.stream().anyMatch(f -> followed.source().stream()
                    .anyMatch(s -> PhraseActors.overlaps(s, f) || PhraseActors.samePerson(s, f)))) {
                continue;
            }
            out.add(builder.assemble(followed.type(), followed.mode(), followed.cameo(), followers,
                    target(followed, followers.get(0)), followed.certainty(), followed.reportedBy(),
                    followed.quantity(), builder.evidenceAt(n, syn.word(n) + " suit"), followed.pattern()));
        }
        return out;
    }

    /** Whether token {@code t} is the "suit" of "followed suit". */
    static boolean followedSuit(Syntax syn, int t) {
        return t > 0 && syn.word(t).equalsIgnoreCase("suit")
                && syn.lemma(t - 1).toLowerCase(Locale.ROOT).equals("follow");
    }

    /** The act followed: the one told by a verb above "followed suit", else the last one told before it. */
    private EventMention followed(List<EventMention> coded, int n) {
        for (int x = syn.head(n); x >= 0; x = syn.head(x)) {
            for (EventMention m : coded) {
                if (m.evidence().triggerToken() == x) {
                    return m;
                }
            }
        }
        EventMention last = null;
        for (EventMention m : coded) {
            if (m.evidence().triggerToken() < n) {
                last = m;
            }
        }
        return last;
    }

    /** The target of the followed act; where that was the first doer's own people, the follower's own instead. */
    private List<ActorMention> target(EventMention followed, ActorMention follower) {
        List<ActorMention> target = new ArrayList<>();
        for (ActorMention a : followed.target()) {
            boolean own = a.rule() != null && a.rule().startsWith("own-");
            if (own && follower.country() != null && !follower.country().equals(a.country())) {
                target.add(supplied.supplied(follower.tokenBegin(), follower.tokenEnd(),
                        "the people of " + follower.country() + " (as the one followed)", follower.country(),
                        a.sector(), a.rule()));
            } else if (!PhraseActors.overlaps(a, follower) && !PhraseActors.samePerson(a, follower)) {
                target.add(a);
            }
        }
        return target;
    }
}
