package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tidings.actors.ActorMention;

/**
 * The actors a phrase of a sentence names: the coded mention at its head, or the nearest ones inside it, with
 * their conjuncts. The event coder asks it for the parties of every verb and noun it codes.
 */
final class PhraseActors {
    // Acts done to someone, who is no party acting in them: "protesting against the repatriation of Elian"
    static final Set<String> DONE_TO = Set.of("repatriation", "deportation", "extradition", "expulsion", "return",
            "trial", "prosecution", "persecution", "imprisonment", "jailing");
    private static final Set<String> EVENT_NOUNS = Stream.concat(Stream.of("attack", "bombing", "shelling",
            "killing", "assault", "strike", "raid", "invasion", "arrest", "massacre", "murder", "assassination",
            "abduction", "kidnapping", "detention", "execution", "crackdown", "incursion", "offensive", "occupation",
            "annexation", "blockade"), DONE_TO.stream()).collect(Collectors.toUnmodifiableSet());
    // Named-entity classes of a place (a country may follow one: "Balakot, Pakistan").
    static final Set<String> PLACE_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
    // Nouns for a person's relatives: the person named after "of" is someone else.
    static final Set<String> KIN = Set.of("fiancée", "fiancee", "fiancé", "fiance", "wife", "husband", "widow",
            "widower", "son", "daughter", "mother", "father", "brother", "sister", "child", "children", "family",
            "relative", "cousin", "nephew", "niece", "partner", "girlfriend", "boyfriend", "uncle", "aunt",
            "great-uncle", "great-aunt", "grandfather", "grandmother", "grandparent", "grandson", "granddaughter",
            "grandchild", "stepmother", "stepfather", "stepson", "stepdaughter", "half-brother", "half-sister",
            "parent", "spouse");

    // Prepositions of the places a leaving is from and to: "withdrawal from Kuwait to Iraq".
    private static final Set<String> LEAVING_CASES = Set.of("from", "to", "into");

    private final Syntax syn;
    private final List<ActorMention> actors;
    /** The event type being coded, for the place rule of {@link Targets#skipCase}; null while finding sources. */
    String targetType;

    PhraseActors(Syntax syn, List<ActorMention> actors) {
        this.syn = syn;
        this.actors = actors;
    }

    /** Whether a phrase names the place a leaving is from or to ("withdrawal from Kuwait"), no party to it. */
    static boolean placeLeft(Syntax syn, int k) {
        return syn.rel(k).startsWith("nmod") && LEAVING_CASES.contains(syn.caseOf(k)) && syn.head(k) >= 0
                && Lexicon.LEAVINGS.contains(syn.lemma(syn.head(k)));
    }

    /** The actors a noun phrase names: the mention at its head, else the nearest ones inside it; conjuncts too. */
    List<ActorMention> actorsFor(int head) {
        List<ActorMention> out = new ArrayList<>();
        for (int h : syn.withConjuncts(head)) {
            for (ActorMention a : actorsOfPhrase(h)) {
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The actors one phrase names (its conjuncts aside). */
    List<ActorMention> actorsOfPhrase(int h) {
        if (syn.lemma(h).equalsIgnoreCase("member")) {
            // "members of the Association of African Jurists": the body they belong to acts
            for (int k : syn.children(h, "nmod")) {
                if (syn.caseOf(k).equals("of") && actorAt(k) != null) {
                    return actorsOfPhrase(k);
                }
            }
        }
        ActorMention at = actorAt(h);
        if (at != null) {
            // "the Chinese and Russian ambassadors", "officials from Sudan and Chad": conjuncts inside the mention
            List<ActorMention> out = new ArrayList<>(List.of(at));
            for (ActorMention o : actors) {
                // "the two countries": one phrase given two parties (CountryPairs)
                if (o != at && o.tokenBegin() == at.tokenBegin() && o.tokenEnd() == at.tokenEnd()
                        && o.country() != null && !out.contains(o)) {
                    out.add(o);
                }
            }
            // "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia": the parser hangs the second person
            // on the first one's country
            for (int k : syn.children(h, "nmod")) {
                ActorMention place = actorAt(k);
                if (syn.caseOf(k).equals("of") && place != null && place.sector() == null && place != at) {
                    for (int c : syn.children(k, "conj")) {
                        ActorMention other = actorAt(c);
                        if (other != null && other.sector() != null && !out.contains(other)) {
                            out.add(other);
                        }
                    }
                }
            }
            for (int i = at.tokenBegin(); i < at.tokenEnd() && i < syn.size(); i++) {
                for (int c : syn.children(i)) {
                    String r = syn.rel(c);
                    if (!(r.startsWith("conj") || r.equals("amod") || r.equals("compound"))) {
                        continue;
                    }
                    for (int cc : syn.withConjuncts(c)) {
                        ActorMention ac = actorAt(cc);
                        if (ac != null && !out.contains(ac)
                                && (r.startsWith("conj") || syn.withConjuncts(c).size() > 1)) {
                            out.add(ac);
                        }
                    }
                }
            }
            return out;
        }
        boolean eventNoun = EVENT_NOUNS.contains(syn.lemma(h));
        // Breadth first through the phrase, without its clauses; the shallowest mentions win.
        List<Integer> level = new ArrayList<>(List.of(h));
        for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            List<ActorMention> found = new ArrayList<>();
            for (int x : level) {
                for (int k : syn.children(x)) {
                    String r = syn.rel(k);
                    if (r.startsWith("nmod") && !r.equals("nmod:poss") && targetType != null
                            && Lexicon.TOPIC_CASES.contains(syn.caseOf(k))) {
                        continue; // "a resolution on Ukraine", "talks in Geneva": topics and places, not parties
                    }
                    if (r.startsWith("nmod") && targetType == null && syn.caseOf(k).equals("against")) {
                        continue; // "the airing of protests against Castro warned ...": Castro is not who warned
                    }
                    if (eventNoun && depth == 0 && r.startsWith("nmod") && !r.equals("nmod:poss")
                            && !Set.of("by", "from").contains(syn.caseOf(k))) {
                        continue; // "the attack on the embassy": the victim is not who is criticised
                    }
                    if (depth == 0 && placeLeft(syn, k)) {
                        continue; // "an Iraqi withdrawal from Kuwait": the place left is no party to the leaving
                    }
                    if (r.startsWith("nmod") && !eventNoun && syn.caseOf(k).equals("between")) {
                        continue; // "a pact between the EU and Mercosur requires ...": the pact is not its parties
                    }
                    if (r.startsWith("nmod") && KIN.contains(syn.lemma(x))) {
                        continue; // "the fiancée of journalist Jamal Khashoggi" is not Khashoggi
                    }
                    // "the rebels backed by Iran": the actor of a clause on the noun is not the noun's own
                    if (r.equals("acl:relcl") || r.equals("acl") && byAgent(k) || r.startsWith("advcl")
                            || r.startsWith("parataxis") || r.equals("punct") || r.startsWith("ccomp")
                            || r.startsWith("conj") || r.startsWith("nsubj")
                            || r.equals("obj") && !syn.token(x).isNoun()) {
                        continue;
                    }
                    ActorMention a = actorAt(k);
                    if (a != null && eventNoun && depth == 0 && placeWord(a)
                            && (r.equals("compound") || r.equals("amod"))) {
                        continue; // "a Nairobi car bombing": where, not who
                    }
                    if (a != null && r.equals("appos") && a.sector() == null
                            && PLACE_NER.contains(syn.token(x).ner())) {
                        continue; // "Surigao del Sur, Philippines": the country says where the place is
                    }
                    if (a != null && depth > 0
                            && (placeWord(a) || a.sector() == null && a.rule().startsWith("kb-place"))
                            && Lexicon.PLACE_CASES.contains(syn.caseOf(k))) {
                        continue; // "struck by a car driving in Northamptonshire": where it drove, not who struck
                    }
                    if (a != null) {
                        if (!found.contains(a)) {
                            found.add(a);
                        }
                        for (int c : syn.withConjuncts(k)) {
                            ActorMention ac = actorAt(c);
                            if (ac != null && !found.contains(ac)) {
                                found.add(ac);
                            }
                        }
                    } else if (!(r.startsWith("nmod") && Lexicon.PLACE_CASES.contains(syn.caseOf(k)))) {
                        next.add(k); // "students ... near AKP offices": a place named by a body is not that body
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            level = next;
        }
        return List.of();
    }

    /** A clause with a by-phrase of its own ("backed by Iran"): its agent is another party. */
    boolean byAgent(int clause) {
        return syn.children(clause, "obl").stream().anyMatch(o -> syn.caseOf(o).equals("by"));
    }

    /** A town or region named as an actor of no sector ("Kabul", "Isfahan"): a place, not a party. */
    boolean placeWord(ActorMention a) {
        return a.sector() == null && a.tokenEnd() - 1 < syn.size()
                && PLACE_NER.contains(syn.token(a.tokenEnd() - 1).ner());
    }

    /** The longest coded mention with a country over a token, or null. */
    ActorMention actorAt(int tok) {
        ActorMention best = null;
        for (ActorMention a : actors) {
            if (a.tokenBegin() <= tok && tok < a.tokenEnd() && a.country() != null
                    && (best == null || a.tokenEnd() - a.tokenBegin() > best.tokenEnd() - best.tokenBegin())) {
                best = a;
            }
        }
        return best;
    }

    /** Two mentions of one person the actor coder linked ("She was 95, but ask anyone close to her"). */
    static boolean samePerson(ActorMention a, ActorMention b) {
        return a.name() != null && a.name().equals(b.name())
                && (a.rule().endsWith("coreference") || b.rule().endsWith("coreference"));
    }

    /** Two mentions over some of the same words. */
    static boolean overlaps(ActorMention a, ActorMention b) {
        return a.sentence() == b.sentence() && a.tokenBegin() < b.tokenEnd() && b.tokenBegin() < a.tokenEnd();
    }
}
