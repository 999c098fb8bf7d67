package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tidings.actors.ActorMention;

/** Reads hostile acts told only as someone's claim as that claimant's accusation ("Tamim claimed ..."). */
final class Allegations {
    // Verbs that put something forward as a charge: what they introduce is the claimant's, not a fact.
    private static final Set<String> CLAIMING = Set.of("claim", "allege", "charge", "insist", "contend", "maintain");
    private static final Set<String> HOSTILE = Set.of("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN");

    private final Syntax syn;
    private final PhraseActors phrases;
    private final EventBuilder builder;

    Allegations(Syntax syn, PhraseActors phrases, EventBuilder builder) {
        this.syn = syn;
        this.phrases = phrases;
        this.builder = builder;
    }

    /**
     * "Tamim claimed Houthis have attacked journalists": a hostile act told only as someone's claim is first of all
     * an accusation by the claimant against its doer (ACCUSE allege, CAMEO 112). The act itself is kept when it
     * has a target; without one it is too vague to stand as an event of its own.
     */
    List<EventMention> read(List<EventMention> coded) {
        List<EventMention> out = new ArrayList<>();
        for (EventMention m : coded) {
            int claim = claimOver(m.evidence().triggerToken());
            List<ActorMention> claimant = claim < 0 || syn.child(claim, "nsubj") < 0 ? List.of()
                    : phrases.actorsFor(syn.child(claim, "nsubj"));
            boolean other = !claimant.isEmpty() && !m.source().isEmpty()
                    && claimant.stream().noneMatch(c -> m.source().stream().anyMatch(a -> PhraseActors.overlaps(a, c)
                    || Objects.equals(a.name(), c.name())));
            if (!HOSTILE.contains(m.type()) || !other) {
                out.add(m);
                continue;
            }
            out.add(builder.assemble("ACCUSE", "allege", "112", claimant, m.source(), "asserted", List.of(), null,
                    builder.evidenceAt(claim, syn.token(claim).word()), "claim.that"));
            if (!m.target().isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The verb of claiming whose content clause holds {@code t} ("claimed [Houthis have attacked]"), or -1. */
    int claimOver(int t) {
        for (int x = t; x >= 0 && syn.head(x) >= 0; x = syn.head(x)) {
            String r = syn.rel(x);
            int h = syn.head(x);
            if (r.equals("ccomp") && CLAIMING.contains(syn.lemma(h))) {
                return h;
            }
            if (!(r.equals("ccomp") || r.equals("xcomp") || r.startsWith("conj"))) {
                return -1;
            }
        }
        return -1;
    }
}
