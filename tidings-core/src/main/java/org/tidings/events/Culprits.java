package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.actors.ActorMention;

/**
 * "Police said they believe the IRA was behind two killings", "Israel said Iran was behind the attack": whoever
 * says that someone was behind a harm accuses them of it (ACCUSE allege, CAMEO 112). The harm is named by a noun
 * under a copula, which no verb pattern reaches.
 */
final class Culprits {

    private static final Set<String> HARMS = Set.of("attack", "bombing", "killing", "murder", "assassination",
            "blast", "explosion", "strike", "shooting", "kidnapping", "abduction", "massacre", "raid", "violence",
            "plot", "coup", "hack", "hacking", "cyberattack", "sabotage", "poisoning", "fire", "arson");
    // Verbs by which someone puts forward who was behind a harm.
    private static final Set<String> SAYING = Set.of("say", "believe", "suspect", "think", "claim", "allege",
            "accuse", "insist", "conclude", "determine", "charge", "state", "assert", "tell", "announce", "report");

    private final Syntax syn;
    private final PhraseActors phrases;
    private final Subjects subjects;
    private final EventBuilder builder;

    Culprits(Syntax syn, PhraseActors phrases, Subjects subjects, EventBuilder builder) {
        this.syn = syn;
        this.phrases = phrases;
        this.subjects = subjects;
        this.builder = builder;
    }

    List<EventMention> read() {
        List<EventMention> out = new ArrayList<>();
        for (int k = 0; k < syn.size(); k++) {
            int harm = syn.head(k);
            if (!syn.word(k).equalsIgnoreCase("behind") || !syn.rel(k).equals("case") || harm < 0
                    || !HARMS.contains(syn.lemma(harm).toLowerCase(Locale.ROOT)) || syn.child(harm, "cop") < 0) {
                continue;
            }
            int culprit = syn.child(harm, "nsubj");
            int saying = -1;
            for (int c : syn.children(harm, "csubj")) {
                // "Israel said Iran was behind the attack": the parser makes the saying the noun's clausal subject
                if (SAYING.contains(syn.lemma(c))) {
                    saying = c;
                    // "police said they believe Russia was behind ...": the culprit is the object of the last verb
                    for (int v = c; culprit < 0 && v >= 0; ) {
                        culprit = syn.child(v, "obj");
                        int next = -1;
                        for (int cc : syn.children(v, "ccomp")) {
                            next = SAYING.contains(syn.lemma(cc)) ? cc : next;
                        }
                        v = next;
                    }
                }
            }
            for (int x = harm; saying < 0 && syn.head(x) >= 0; x = syn.head(x)) {
                String r = syn.rel(x);
                if (!(r.equals("ccomp") || r.equals("xcomp") || r.startsWith("conj"))) {
                    break;
                }
                if (SAYING.contains(syn.lemma(syn.head(x)))) {
                    saying = syn.head(x);
                }
            }
            if (culprit < 0 || saying < 0) {
                continue;
            }
            int accuserHead = subjects.subject(saying, 0);
            List<ActorMention> accusers = accuserHead < 0 ? List.of() : phrases.actorsFor(accuserHead);
            List<ActorMention> culprits = new ArrayList<>(phrases.actorsFor(culprit));
            culprits.removeIf(c -> accusers.stream().anyMatch(a -> PhraseActors.overlaps(a, c)));
            if (accusers.isEmpty() || culprits.isEmpty()) {
                continue;
            }
            out.add(builder.assemble("ACCUSE", "allege", "112", accusers, culprits, "asserted", List.of(), null,
                    builder.evidenceAt(harm, "behind " + syn.word(harm)), "behind.harm"));
        }
        return out;
    }
}
