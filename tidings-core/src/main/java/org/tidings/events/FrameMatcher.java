package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches a word's frame in the parse (its object, particle, complement clause, prepositions, subject) against
 * the patterns of its lemma, and finds the parts of a frame that the parser hangs in odd places: the object of
 * a relative clause or a participle ("the treaty Kim signed"), the clause of an attributive -ing verb.
 */
final class FrameMatcher {
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "must", "may", "might",
            "can", "could", "'ll", "wo", "ca");
    // Subjects of a "should" clause that ask nothing of a party: the speaker's side, or anyone at all.
    private static final Set<String> SELF_OR_ANYONE = Set.of("we", "i", "one", "nobody", "everyone", "everybody",
            "anyone", "anybody");

    // "two days of exercises", "hours of talks", "a planeload of aid", "a campaign of violence"
    private static final Set<String> PARTITIVE = Set.of("part", "ton", "tonne", "kg", "kilogram", "worth", "amount",
            "shipment", "batch", "consignment", "number", "series", "lot", "dozen", "hundred", "thousand", "million",
            "group", "load", "convoy", "supply", "quantity", "package", "round", "wave", "portion", "share", "bulk",
            "day", "week", "hour", "state", "planeload", "shipload", "truckload", "boatload", "cargo", "tranche",
            "campaign", "spate", "string", "act", "most", "some", "all", "much", "many", "rest", "remainder", "$",
            "billion");
    // "$300 million in humanitarian assistance": money is measured "in" what it buys
    private static final Set<String> MONEY = Set.of("$", "million", "billion", "thousand", "dollar", "euro", "pound",
            "yen", "rupee", "yuan", "franc", "riyal", "dinar", "ruble", "rouble", "shilling");
    private static final Set<String> TEMPORAL_NER = Set.of("DATE", "TIME", "DURATION", "SET");
    // Readiness a force is put on ("were put on high alert").
    private static final Set<String> ALERT = Set.of("alert", "standby");

    private final Syntax syn;
    private final PatternDictionary patterns;
    private final PhraseActors phrases;

    FrameMatcher(Syntax syn, PatternDictionary patterns, PhraseActors phrases) {
        this.syn = syn;
        this.patterns = patterns;
        this.phrases = phrases;
    }

    /** The most specific pattern of a word's lemma whose frame the word has, or null. */
    Pattern bestMatch(int t) {
        String lemma = syn.lemma(t);
        List<Pattern> ps = patterns.forLemma(lemma);
        if (ps.isEmpty()) {
            return null;
        }
        Pattern best = null;
        int bestScore = -1;
        boolean noun = eventNoun(t);
        for (Pattern p : ps) {
            if (p.noun() == noun && matches(p, t)) {
                // Equal specificity: the pattern that also names the object's modifier ("ceasefire agreement") wins,
                // and one that names the two words as one noun ("aircraft carrier") wins over both.
                int score = p.specificity() * 10 + (twoWordNamed(p, t) ? 2 : modifierNamed(p, t) ? 1 : 0)
                        + (noun && hasTargetPhrase(p, t) ? 5 : 0);
                if (score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * "talks with Putin", "talks between Israel and Syria": a noun with a phrase where the pattern looks for its
     * target tells that pattern's event rather than another's.
     */
    boolean hasTargetPhrase(Pattern p, int t) {
        return syn.children(t, "nmod").stream().anyMatch(n -> p.targets().contains(syn.caseOf(n)));
    }

    /** A common noun standing alone as an argument (not a predicate, not a noun mistaken for a verb). */
    boolean eventNoun(int t) {
        String pos = syn.token(t).pos();
        return (pos.equals("NN") || pos.equals("NNS")) && syn.child(t, "aux") < 0 && syn.child(t, "cop") < 0
                && syn.child(t, "nsubj") < 0;
    }

    /** Whether a word's frame in the parse has everything the pattern asks for. */
    boolean matches(Pattern p, int t) {
        if (p.noun()) {
            // "missile launches", "launches of missiles": the noun's own modifier
            if (p.objects().isEmpty()) {
                return true;
            }
            for (int k : syn.children(t)) {
                String r = syn.rel(k);
                if ((r.equals("compound") || r.equals("amod") || r.startsWith("nmod") && syn.caseOf(k).equals("of"))
                        && nounIn(k, p.objects())) {
                    return true;
                }
            }
            return false;
        }
        String prt = syn.particle(t);
        if (p.particle() != null && !p.particle().equals(prt) && !prepositionAfter(t, p.particle())) {
            return false;
        }
        if (p.needsObject()) {
            int obj = object(t);
            if (obj < 0) {
                return false;
            }
            if (!p.objects().isEmpty() && !nounIn(obj, p.objects())) {
                return false;
            }
        }
        List<Integer> comps = syn.complements(t);
        if (p.needsComplement()) {
            if (comps.isEmpty()) {
                return false;
            }
            // A named complement counts only when told as true: "said Russia was not responsible" blames no one;
            // "not-guilty" names the negated one ("pleaded not guilty").
            if (!p.complements().isEmpty()
                    && comps.stream().noneMatch(c -> syn.negated(c) ? p.complements().contains("not-" + syn.lemma(c))
                            : p.complements().contains(syn.lemma(c)) || judgedBy(c, p.complements()))) {
                return false;
            }
        }
        if (!p.complementObjects().isEmpty()) {
            boolean ok = false;
            for (int c : comps) {
                int o = syn.child(c, "obj");
                ok |= o >= 0 && nounIn(o, p.complementObjects());
            }
            if (!ok) {
                return false;
            }
        }
        if (!p.preps().isEmpty() && p.preps().stream().noneMatch(pr -> hasPrep(t, pr))) {
            return false;
        }
        List<Integer> phrases = p.prepNouns().isEmpty() ? List.of() : syn.phrasesOf(t);
        for (var e : p.prepNouns().entrySet()) {
            boolean ok = false;
            for (int o : phrases) {
                ok |= syn.caseOf(o).equals(e.getKey()) && nounIn(o, e.getValue());
            }
            // "resigned as general manager to pursue other interests": the parser takes the phrase for the subject
            // of the purpose clause it runs into
            for (int c : syn.children(t, "advcl")) {
                int sb = syn.child(c, "nsubj");
                ok |= syn.mark(c).equals(e.getKey()) && sb >= 0 && nounIn(sb, e.getValue());
            }
            if (!ok) {
                return false;
            }
        }
        if (!p.modals().isEmpty()) {
            boolean ok = false;
            for (int c : syn.children(t, "ccomp")) {
                ok |= moods(c).stream().anyMatch(p.modals()::contains);
            }
            if (!ok) {
                return false;
            }
        }
        if (!p.subjects().isEmpty()) {
            int sb = syn.child(clause(t), "nsubj");
            // "Pierre Lortie, chairman and chief executive, resigned": the subject's apposition names it too
            if (sb < 0 || !nounIn(sb, p.subjects()) && syn.children(sb, "appos").stream()
                    .flatMap(a -> syn.withConjuncts(a).stream()).noneMatch(a -> nounIn(a, p.subjects()))) {
                return false;
            }
        }
        return !p.negated() || syn.negated(t);
    }

    /**
     * "called on Israel to withdraw": a particle the parser took for a phrase's preposition, right after the verb
     * (not "In Havana, the government gave a response", whose "in" is no "give in").
     */
    private boolean prepositionAfter(int t, String particle) {
        for (int o : syn.children(clause(t), "obl")) {
            for (int c : syn.children(o, "case")) {
                if (syn.word(c).equalsIgnoreCase(particle) && c > t && !TEMPORAL_NER.contains(syn.token(o).ner())) {
                    return true;
                }
            }
        }
        return hasPrep(t, particle) && !syn.children(clause(t), "obl").stream()
                .anyMatch(o -> syn.caseOf(o).equalsIgnoreCase(particle) && o < t);
    }

    /** Whether a verb has a phrase with the preposition {@code prep}, or has it as its particle. */
    boolean hasPrep(int t, String prep) {
        if (prep.equals(syn.particle(t))) {
            return true;
        }
        for (int o : syn.children(clause(t), "obl")) {
            String c = syn.caseOf(o);
            // "On Thursday, Macron called for ...": a date is when, never the "on" of "call on"
            if ((c.equals(prep) || c.startsWith(prep + " ")) && !TEMPORAL_NER.contains(syn.token(o).ner())) {
                return true;
            }
        }
        // "called for G7 action to correct ...": the for-to clause is often parsed as a clause of the verb;
        // "barred the crowd from reaching the consulate": so is a gerund after "from"
        if (prep.equals("for") || prep.equals("from")) {
            for (int c : syn.children(clause(t), "advcl")) {
                if (syn.mark(c).equals(prep) || prep.equals("from") && syn.caseOf(c).equals(prep)) {
                    return true;
                }
            }
        }
        // "struck me as political": an adjective or noun after the preposition, parsed as a clause of the verb
        for (int c : syn.children(clause(t), "advcl")) {
            if (!syn.token(c).isVerb() && syn.caseOf(c).equals(prep)) {
                return true;
            }
        }
        // "call on X to ..." is sometimes parsed with the preposition hanging off the clause.
        for (int o : syn.children(t, "xcomp")) {
            if (syn.caseOf(o).equals(prep)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern's nouns name the modifier of the verb's object ("ceasefire agreement"). */
    boolean modifierNamed(Pattern p, int t) {
        int o = object(t);
        if (o < 0 || p.objects().isEmpty()) {
            return false;
        }
        for (int k : syn.children(o)) {
            String r = syn.rel(k);
            if ((r.equals("compound") || r.equals("amod"))
                    && (p.objects().contains(syn.lemma(k)) || p.objects().contains(syn.word(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern names the verb's object with its modifier as one noun ("aircraft_carrier"). */
    private boolean twoWordNamed(Pattern p, int t) {
        int o = object(t);
        return o >= 0 && syn.children(o, "compound").stream()
                .anyMatch(k -> p.objects().contains(syn.lemma(k) + "_" + syn.lemma(o)));
    }

    /** The object of a verb: its direct object, or its passive subject. */
    int object(int t) {
        if (attributive(t)) {
            return syn.head(t);
        }
        int o = syn.child(t, "obj");
        if (o < 0) {
            o = syn.child(t, "nsubj:pass");
        }
        if (o < 0) {
            o = syn.sharedObject(t);
        }
        int named = relativeObject(t);
        if (named >= 0 && (o < 0 || Lexicon.RELATIVE_PRONOUNS.contains(syn.word(o).toLowerCase(Locale.ROOT)))) {
            return named;
        }
        // "began two days of exercises": the parser often reads the measured span as a time adverbial
        for (int k : o < 0 ? syn.children(t, "obl:tmod") : List.<Integer>of()) {
            if (PARTITIVE.contains(syn.lemma(k))
                    && syn.children(k, "nmod").stream().anyMatch(n -> syn.caseOf(n).equals("of"))) {
                return k;
            }
        }
        return o;
    }

    /**
     * The noun a relative clause or participle is about, when it is the verb's object: "the treaty Kim signed",
     * "the missile that North Korea launched", "a treaty signed by Putin and Kim"; -1 otherwise.
     */
    int relativeObject(int t) {
        if (misparsedParticiple(t)) {
            return syn.child(t, "nsubj");
        }
        String r = syn.rel(t);
        int h = syn.head(t);
        int subj = syn.child(t, "nsubj");
        if (r.equals("dep") && subj >= 0 && syn.child(t, "obj") < 0) {
            // "the treaty its leader signed", parsed as a loose clause: the noun just before its subject
            int first = subj;
            for (int i = subj - 1; i >= 0; i--) {
                if (syn.isAncestor(subj, i)) {
                    first = i;
                }
            }
            String pos = first > 0 ? syn.token(first - 1).pos() : "";
            return pos.equals("NN") || pos.equals("NNS") ? first - 1 : -1;
        }
        if (h < 0 || !syn.token(h).isNoun()) {
            return -1;
        }
        // "the missile that North Korea launched" is often parsed as a that-clause on the noun
        boolean clauseOnNoun = (r.equals("ccomp") || r.equals("acl")) && !syn.mark(t).equals("to")
                && syn.child(t, "nsubj") >= 0 && syn.child(t, "obj") < 0 && syn.complements(t).isEmpty();
        if (r.equals("acl:relcl") || clauseOnNoun) {
            // "the treaty its leader signed" (the subject is another noun), "the treaty that was signed"
            int s = syn.child(t, "nsubj");
            boolean subjectIsHead = s >= 0 && Lexicon.RELATIVE_PRONOUNS.contains(syn.word(s).toLowerCase(Locale.ROOT));
            return s >= 0 && !subjectIsHead || syn.child(t, "nsubj:pass") >= 0 ? h : -1;
        }
        return participle(t) ? h : -1;
    }

    /** "a treaty signed by Putin", "the sanctions announced by Washington": a passive participle on a noun. */
    boolean participle(int t) {
        return syn.rel(t).equals("acl") && syn.token(t).pos().equals("VBN") && syn.head(t) >= 0
                && syn.token(syn.head(t)).isNoun();
    }

    /**
     * "A treaty signed yesterday by Putin and Kim commits ...": a participle with its noun and its by-phrase
     * misparsed as a clause of its own (the noun its subject, no auxiliary).
     */
    boolean misparsedParticiple(int t) {
        if (!syn.token(t).pos().equals("VBN") || syn.child(t, "nsubj") < 0 || !syn.children(t, "aux").isEmpty()
                || syn.child(t, "obj") >= 0) {
            return false;
        }
        // "China retaliated by raising tariffs": "by" and an -ing word tell the means of an active verb
        return syn.children(t, "obl").stream().anyMatch(o -> syn.caseOf(o).equals("by")
                && syn.children(o, "amod").stream().noneMatch(a -> syn.token(a).pos().equals("VBG") && a < o));
    }

    /** "called Wilson an outstanding nominee": a noun complement judged by one of the words, as its modifier. */
    private boolean judgedBy(int c, Set<String> words) {
        return syn.token(c).isNoun() && syn.children(c, "amod").stream().anyMatch(a -> words.contains(syn.lemma(a)));
    }

    /** Passive in meaning: a passive clause, a passive participle on a noun, or an -ing noun with a "by" doer. */
    boolean passiveLike(int t) {
        return !statePassive(t) && (syn.passive(t) || participle(t) || misparsedParticiple(t) || gerundNoun(t));
    }

    /**
     * "killed in shelling by Syrian forces": an -ing form after a preposition, with no subject or object of its own,
     * names the act as a noun does; its "by" phrase is the doer.
     */
    boolean gerundNoun(int t) {
        return syn.token(t).pos().equals("VBG") && !syn.caseOf(t).isEmpty() && syn.child(t, "nsubj") < 0
                && syn.child(t, "obj") < 0 && syn.children(t, "obl").stream().anyMatch(o -> syn.caseOf(o).equals("by"));
    }

    /** "Iran is prepared to negotiate", "he is committed to a strike": the one the passive names acts. */
    boolean statePassive(int t) {
        // "police were put on high alert": readiness ordered by no one named is the subject's own
        boolean alerted = Set.of("put", "place").contains(syn.lemma(t)) && syn.children(t).stream()
                .anyMatch(k -> ALERT.contains(syn.lemma(k)) && (syn.rel(k).equals("obj")
                        || syn.rel(k).startsWith("obl")));
        return (Lexicon.STATE_PASSIVES.contains(syn.lemma(t)) || alerted) && syn.child(t, "nsubj:pass") >= 0
                && syn.children(t, "obl").stream().noneMatch(o -> syn.caseOf(o).equals("by"));
    }

    /** "started dispatching troops" is often parsed with the -ing verb as a modifier of its object. */
    boolean attributive(int t) {
        return syn.rel(t).equals("amod") && syn.token(t).pos().equals("VBG") && syn.head(t) >= 0
                && syn.head(syn.head(t)) >= 0 && syn.rel(syn.head(t)).equals("obj");
    }

    /** The verb whose clause a trigger belongs to: itself, or for an attributive -ing verb the verb above. */
    int clause(int t) {
        return attributive(t) ? syn.head(syn.head(t)) : t;
    }

    /**
     * The modals of a complement clause that ask or tell something, and its mood: "subjunctive" for a bare verb
     * ("insisted that Sweden meet all conditions", "that the boy be returned"), "indicative" for a plain finite verb
     * or copula ("agreed that the law amounted to discrimination": a view, no plan).
     */
    private List<String> moods(int c) {
        List<String> aux = new ArrayList<>(syn.auxiliaries(c));
        boolean passBe = syn.children(c, "aux:pass").stream().anyMatch(k -> syn.word(k).equals("be"));
        // "agrees that program trading is hurting the market": a finite auxiliary makes the clause finite too
        boolean finite = Syntax.FINITE.contains(syn.token(c).pos())
                || syn.children(c, "aux").stream().anyMatch(k -> Syntax.FINITE.contains(syn.token(k).pos()));
        if (aux.isEmpty() && (passBe || syn.token(c).pos().equals("VB") || bareAfterSingular(c))) {
            aux.add("subjunctive");
        } else if (aux.stream().noneMatch(MODALS::contains) && (finite || syn.child(c, "cop") >= 0)) {
            aux.add("indicative");
        }
        // "must have written it himself" concludes, "we should keep the door open" resolves, "no one should doubt
        // our resolve" boasts: none asks something of another
        int subj = syn.child(c, "nsubj");
        if (aux.contains("have") || subj >= 0 && SELF_OR_ANYONE.contains(syn.word(subj).toLowerCase(Locale.ROOT))) {
            aux.removeIf(Set.of("must", "should")::contains);
        }
        return aux;
    }

    /**
     * "insisting that Congress remain in Washington": the tagger calls the bare verb a present plural (VBP), but a
     * singular noun takes the bare form only in the subjunctive.
     */
    private boolean bareAfterSingular(int c) {
        int subj = syn.child(c, "nsubj");
        return syn.token(c).pos().equals("VBP") && subj >= 0 && Set.of("NN", "NNP").contains(syn.token(subj).pos())
                && syn.children(subj, "conj").isEmpty() && !syn.word(c).equalsIgnoreCase("are");
    }

    /**
     * Whether a noun, the noun it measures or its modifier is among {@code nouns} ("@actor": any coded actor;
     * "@people": people of a country named in the plural).
     */
    boolean nounIn(int n, Set<String> nouns) {
        if (nouns.contains("@actor") && phrases.actorAt(n) != null) {
            return true;
        }
        // "@people": private people of a country ("five Iraqis", "two Pakistani nationals"), not its officials
        if (nouns.contains("@people") && phrases.actorAt(n) != null
                && (phrases.actorAt(n).sector() == null || "CVL".equals(phrases.actorAt(n).sector()))
                && syn.token(n).pos().startsWith("NN") && syn.token(n).pos().endsWith("S")) {
            return true;
        }
        // "700 kg of medicine", "part of an aid programme", "21 million euros in aid": the measured noun counts
        if (PARTITIVE.contains(syn.lemma(n)) || MONEY.contains(syn.lemma(n))) {
            for (int k : syn.children(n, "nmod")) {
                // "a package of artillery rounds and ammunition": any of the things measured
                boolean measured = syn.caseOf(k).equals("of")
                        || syn.caseOf(k).equals("in") && MONEY.contains(syn.lemma(n));
                if (measured && syn.withConjuncts(k).stream().anyMatch(c -> nounIn(c, nouns))) {
                    return true;
                }
            }
        }
        if (nouns.contains(syn.lemma(n)) || nouns.contains(syn.word(n))) {
            return true;
        }
        for (int k : syn.children(n)) {
            String r = syn.rel(k);
            if ((r.equals("compound") || r.equals("amod"))
                    && (nouns.contains(syn.lemma(k)) || nouns.contains(syn.word(k)))) {
                return true;
            }
            // a two-word noun listed as "war_game" or "legal_action": the modifier and the head together
            if ((r.equals("compound") || r.equals("amod")) && nouns.contains(syn.lemma(k) + "_" + syn.lemma(n))) {
                return true;
            }
        }
        return false;
    }
}
