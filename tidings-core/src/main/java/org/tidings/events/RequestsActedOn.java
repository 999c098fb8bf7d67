package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.actors.ActorMention;

/** Reads an act done "at the request of" someone as two events: the request, and its granting. */
final class RequestsActedOn {
    /** "at the request of", "at the behest of": an act done because someone asked. */
    private static final Set<String> REQUEST_NOUNS = Set.of("request", "behest");

    /** "will comply with the request of Prime Minister Boris Johnson": granting it in so many words. */
    private static final Set<String> COMPLYING = Set.of("comply", "accede");

    private final Syntax syn;
    private final PhraseActors phrases;
    private final Subjects subjects;
    private final EventBuilder builder;

    RequestsActedOn(Syntax syn, PhraseActors phrases, Subjects subjects, EventBuilder builder) {
        this.syn = syn;
        this.phrases = phrases;
        this.subjects = subjects;
        this.builder = builder;
    }

    /**
     * "She dissolved Parliament at the request of Justin Trudeau", "at Trudeau's request", "per the request of",
     * "complied with the request of": the one who asked made a request of the one who acted (REQUEST), and the one
     * who acted granted it (AGREE).
     */
    List<EventMention> read() {
        List<EventMention> out = new ArrayList<>();
        for (int n = 0; n < syn.size(); n++) {
            int v = syn.head(n);
            if (!REQUEST_NOUNS.contains(syn.lemma(n).toLowerCase(Locale.ROOT)) || v < 0 || !syn.rel(n).equals("obl")
                    || !(Set.of("at", "on", "upon", "per").contains(syn.caseOf(n))
                    || syn.caseOf(n).equals("with") && COMPLYING.contains(syn.lemma(v))) || syn.child(v, "nsubj") < 0
                    || syn.negated(v)) {
                continue;
            }
            List<ActorMention> asker = new ArrayList<>();
            for (int k : syn.children(n, "nmod")) {
                if (k > n && syn.caseOf(k).equals("of") || syn.rel(k).equals("nmod:poss")) {
                    asker.addAll(phrases.actorsFor(k));
                }
            }
            int subject = syn.child(v, "nsubj");
            int antecedent = syn.token(subject).pos().equals("PRP") ? subjects.pronounAntecedent(v, subject) : -1;
            // "the Queen announced she will comply with the request of ...": the pronoun's antecedent complies
            List<ActorMention> doer = phrases.actorsFor(subject).isEmpty() && antecedent >= 0
                    ? phrases.actorsFor(antecedent) : phrases.actorsFor(subject);
            if (asker.isEmpty() || doer.isEmpty() || asker.stream().anyMatch(a -> doer.stream()
                    .anyMatch(d -> PhraseActors.overlaps(a, d) || PhraseActors.samePerson(a, d)))) {
                continue;
            }
            out.add(builder.assemble("REQUEST", null, "020", asker, doer, "asserted", List.of(), null,
                    builder.evidenceAt(n, syn.word(n)), "at.request"));
            out.add(builder.assemble("AGREE", null, "030", doer, asker, "asserted", List.of(), null,
                    builder.evidenceAt(v, syn.word(v) + " at the " + syn.word(n)), "at.request"));
        }
        return out;
    }
}
