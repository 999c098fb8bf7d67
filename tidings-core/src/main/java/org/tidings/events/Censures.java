package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tidings.actors.ActorMention;

/**
 * Reads words of censure spoken by an actor ("called the move a disgrace") as an accusation, when no verb of
 * the sentence has told one.
 */
final class Censures {
    // Words of censure: said of someone or of what they did, they make the saying an accusation.
    static final Set<String> CENSURE = Set.of("outrage", "outrageous", "disgrace", "disgraceful", "shameful",
            "shameless", "insult", "insulting", "betrayal", "betray", "liar", "lie", "garbage", "hoax", "stunt",
            "gamesmanship", "ploy", "sham", "farce", "travesty", "dangerous", "irresponsible", "reckless",
            "unlawful", "unconstitutional", "undemocratic", "anti-democratic", "barbaric", "barbarity", "barbarism",
            "cowardly", "despicable", "heinous", "appalling", "unacceptable", "deplorable", "lousy", "blunder", "bully",
            "colonialist", "imperialist", "corrupt", "scandalous", "absurd", "ridiculous", "nonsense", "propaganda",
            "hypocrisy", "hypocritical", "arrogant", "arrogance", "incompetent", "incompetence", "disastrous",
            "catastrophic", "abhorrent", "vile", "racist", "bigoted", "authoritarian", "dictatorial", "tyranny",
            "tyrant", "thug", "thuggish", "smear", "slander", "mockery", "unfair", "unjust", "mistake",
            "aggression", "provocation", "provocative", "destabilize", "destabilise", "destabilizing", "treachery",
            "treacherous", "stab", "grab", "smash", "witch", "lawless", "atrocity", "atrocious", "shocking",
            "condemnable", "reprehensible", "cover-up", "dastardly", "sabotage", "cruel", "inhumane", "brutal",
            "brutality", "shame", "disgusting", "contemptible", "lawbreaking", "irrational", "breach", "theatre",
            "theater", "charade", "non-starter", "witch-hunt", "overreach", "illegitimate", "baseless",
            "harassment", "persecution", "fraudulent", "rigged", "disregard", "contempt", "violation", "violate",
            "flout", "abuse");
    private static final Set<String> CENSURE_NOUNS_ONLY = Set.of("stab", "grab", "smash", "lie", "insult", "bully",
            "witch", "breach", "disregard", "contempt");

    // Wrongs told as a verb whose subject is the wrongdoer ("said Turkey had violated Greek airspace"); as nouns
    // they name a crime ("child abuse") more often than they censure anyone.
    private static final Set<String> WRONGDOING_VERBS = Set.of("violate", "flout", "abuse");
    // Censure that names what was violated ("a breach of the resolutions"), not who violated it.
    private static final Set<String> VIOLATED = Set.of("breach", "disregard", "contempt", "mockery", "overreach",
            "violation");

    private final Syntax syn;
    private final List<ActorMention> actors;
    private final PhraseActors phrases;
    private final VerbScope scope;
    private final EventBuilder builder;

    Censures(Syntax syn, List<ActorMention> actors, PhraseActors phrases, VerbScope scope, EventBuilder builder) {
        this.syn = syn;
        this.actors = actors;
        this.phrases = phrases;
        this.scope = scope;
        this.builder = builder;
    }

    /**
     * "Corbyn called the move a 'smash and grab on our democracy'", "Cooper added, 'Boris Johnson is trying to
     * ... a deeply dangerous and irresponsible way to govern'": words of censure spoken by an actor are an
     * accusation (ACCUSE disapprove, CAMEO 111). It is aimed at the actor the words name or, failing one, at
     * the action they name ("the move"), whose doer is found later in the article. Only for a speaker whose
     * sentence tells no accusation already, and with a target: censure of no one is not an event.
     */
    List<EventMention> read(List<EventMention> coded, List<Integer> taken) {
        if (coded.stream().anyMatch(m -> m.type().equals("ACCUSE") || m.type().equals("REJECT"))) {
            return List.of();
        }
        for (int v = 0; v < syn.size(); v++) {
            if (!syn.token(v).isVerb() || !Lexicon.SPEAKING.contains(syn.lemma(v)) || taken.contains(v)) {
                continue;
            }
            final int verb = v;
            if (taken.stream().anyMatch(a -> scope.inScope(a, verb))) {
                continue;
            }
            int subj = syn.child(v, "nsubj");
            if (subj < 0) {
                continue;
            }
            List<ActorMention> source = phrases.actorsFor(subj).stream().filter(a -> !"MED".equals(a.sector()))
                    .toList();
            if (source.isEmpty()) {
                continue;
            }
            int censure = -1;
            for (int k = 0; k < syn.size() && censure < 0; k++) {
                String l = syn.lemma(k).toLowerCase(Locale.ROOT);
                boolean wrongdoing = WRONGDOING_VERBS.contains(l);
                // "a stab in the back", "smash and grab": the nouns only ("was stabbed" tells a stabbing)
                if (k != subj && !syn.isAncestor(subj, k) && CENSURE.contains(l)
                        && (syn.token(k).isNoun() || !CENSURE_NOUNS_ONLY.contains(l))
                        && (!wrongdoing || syn.token(k).isVerb() && phrases.actorAt(syn.child(k, "nsubj")) != null)) {
                    censure = k;
                }
            }
            if (censure < 0) {
                continue;
            }
            // Whom the words are about: an actor in the censured phrase ("[the Turkish] aggression"), else the
            // first one named in what was said.
            List<ActorMention> candidates = new ArrayList<>();
            for (ActorMention a : actors) {
                boolean inContent = !within(a, subj);
                boolean speaker = source.stream()
                        .anyMatch(x -> PhraseActors.overlaps(x, a) || Objects.equals(x.name(), a.name()));
                boolean party = a.sector() != null && !"MED".equals(a.sector()) && !a.rule().startsWith("capital")
                        || a.sector() == null && (a.rule().startsWith("country") || a.rule().startsWith("demonym")
                        || a.rule().startsWith("events:uncoded"));
                // not the speaker's own country as such ("Russia's cooperation ... was not directed against Seoul"),
                // nor a crowd ("the barbarity of the people")
                boolean own = source.stream().anyMatch(x -> Objects.equals(x.country(), a.country())
                        && (a.sector() == null || a.sector().equals(x.sector())));
                boolean crowd = "CVL".equals(a.sector()) && a.identity() == null && !a.rule().contains("person");
                if (inContent && !speaker && party && !own && !crowd) {
                    candidates.add(a);
                }
            }
            int phrase = syn.token(censure).isNoun() ? censure : syn.head(censure);
            List<ActorMention> target = new ArrayList<>();
            // "a breach of Security Council resolutions": what is breached is not who breaches it
            boolean violation = VIOLATED.contains(syn.lemma(censure).toLowerCase(Locale.ROOT));
            candidates.stream().filter(a -> phrase >= 0 && !violation && modifies(a, phrase)).findFirst()
                    .ifPresent(target::add);
            int obj = syn.child(v, "obj");
            if (target.isEmpty() && obj >= 0) {
                // "called the British government a disgrace", "called the Democrats' inquiry a witch hunt"
                candidates.stream().filter(a -> headOf(a) == obj).findFirst().ifPresent(target::add);
                candidates.stream().filter(a -> target.isEmpty() && modifies(a, obj)).findFirst()
                        .ifPresent(target::add);
            }
            // "Boris Johnson is trying to ... — this is a deeply dangerous way": the subject of the clause the
            // words are in, past pronouns that point back ("this", "it")
            for (int x = censure; target.isEmpty() && x >= 0; x = syn.head(x)) {
                int sub = syn.child(x, "nsubj");
                if (sub < 0 || x == censure && syn.token(x).isNoun() && syn.child(x, "cop") < 0) {
                    continue;
                }
                ActorMention a = phrases.actorAt(sub);
                if (a == null) {
                    // "Russia's claims were absurd propaganda": whose the subject is
                    a = candidates.stream().filter(c -> headOf(c) != sub && modifies(c, sub)).findFirst().orElse(null);
                }
                if (a != null && candidates.contains(a)) {
                    target.add(a);
                } else if (!Set.of("this", "that", "it").contains(syn.word(sub).toLowerCase(Locale.ROOT))) {
                    break;
                }
            }
            boolean aboutAnAction = EarlierEvents.objectIsEarlierAction(syn, v);
            if (target.isEmpty() && !aboutAnAction) {
                continue;
            }
            EventMention.Evidence ev = builder.evidenceAt(v, syn.token(v).word() + " ... " + syn.token(censure).word());
            return List.of(builder.assemble("ACCUSE", "disapprove", "111", source, target, "asserted", List.of(), null,
                    ev, EarlierEvents.CENSURE_PATTERN));
        }
        return List.of();
    }

    /**
     * Whether an actor is a modifier within a noun phrase ("[the Turkish] aggression", "Iran's lies") and not
     * the one acted on ("this appalling attack on the Prefecture") nor a party to a clause inside it.
     */
    boolean modifies(ActorMention a, int phrase) {
        int x = headOf(a);
        if (x == phrase) {
            return true;
        }
        for (; x >= 0 && x != phrase; x = syn.head(x)) {
            String r = syn.rel(x);
            boolean nominal = r.startsWith("nmod") || r.equals("amod") || r.equals("compound") || r.startsWith("conj");
            // "demands, including the withdrawal of Ukrainian forces": what is demanded, not who demands it
            if (!nominal || r.startsWith("nmod")
                    && Set.of("on", "against", "including", "like", "such as", "for", "from", "to")
                    .contains(syn.caseOf(x))) {
                return false;
            }
        }
        return x == phrase;
    }

    /** The token of a mention whose head lies outside it. */
    int headOf(ActorMention a) {
        for (int k = a.tokenBegin(); k < a.tokenEnd(); k++) {
            int h = syn.head(k);
            if (h < a.tokenBegin() || h >= a.tokenEnd()) {
                return k;
            }
        }
        return a.tokenBegin();
    }

    /** Whether an actor mention lies inside the phrase headed by {@code head}. */
    boolean within(ActorMention a, int head) {
        for (int k = a.tokenBegin(); k < a.tokenEnd(); k++) {
            if (k == head || syn.isAncestor(head, k)) {
                return true;
            }
        }
        return false;
    }
}
