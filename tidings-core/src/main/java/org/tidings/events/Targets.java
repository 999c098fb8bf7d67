package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tidings.actors.ActorMention;

/**
 * Whom an act is aimed at: the places a pattern names for its target ("obj", "cond", a preposition), and
 * when they name no one the nearest actors among the verb's own dependents; never the source's own units.
 */
final class Targets {
    /** What presses for an act refused ("despite growing pressure by the commission"). */
    private static final Set<String> PRESSURES = Set.of("pressure", "call", "calls", "demand", "demands", "appeal",
            "appeals", "protest", "protests", "objection", "objections", "opposition", "criticism");
    /** Attacks named as what a threat would carry out. */
    private static final Set<String> STRIKES = Set.of("attack", "strike", "bombing", "raid", "airstrike", "assault",
            "offensive", "shelling");
    // Participles that name whose a thing is ("rigs owned by", "a base belonging to")
    private static final Set<String> OWNING = Set.of("own", "operate", "run", "belong", "manage", "hold");
    private static final Set<String> ASIDE_CASES = Set.of("despite", "in spite of", "because of", "due to",
            "instead of", "unlike", "like", "besides", "apart from");
    // Where force is used or shown, the place is the target ("struck targets in Lebanon"); elsewhere it is not.
    // A protest's place is where it is held ("students protesting in Belgium"); whom it addresses is named ("outside
    // the embassy", "against the government") or is its government.
    private static final Set<String> PLACE_IS_TARGET = Set.of("ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "AID");
    // Force used or shown "from" a place: the place is where it came from, not whom it was aimed at.
    private static final Set<String> ORIGIN_TYPES = Set.of("ASSAULT", "MOBILIZE");

    // How a participle without a subject hangs on the verb it goes with ("wrote to X, asking ...").
    private static final Set<String> PARTICIPLE_ADJUNCTS = Set.of("dep", "advcl", "xcomp");

    // Talks one travels to or takes part in: their partners are named inside them ("consultations with X").
    private static final Set<String> MEETINGS = Set.of("talk", "talks", "consultation", "consultations", "meeting",
            "negotiation", "negotiations", "discussion", "discussions", "summit");
    // Measures one answers or punishes with, named by a phrase of the verb ("retaliated with tariffs on X").
    private static final Set<String> MEASURES = Set.of("tariff", "duty", "levy", "sanction", "embargo", "ban",
            "restriction", "quota");

    private final Syntax syn;
    private final FrameMatcher frames;
    private final PhraseActors phrases;
    private final Subjects subjects;

    Targets(Syntax syn, FrameMatcher frames, PhraseActors phrases, Subjects subjects) {
        this.syn = syn;
        this.frames = frames;
        this.phrases = phrases;
        this.subjects = subjects;
    }

    // "in its dispute with the United States": a quarrel names the other side
    private static final Set<String> QUARRELS = Set.of("dispute", "row", "feud", "conflict", "standoff", "quarrel");
    // "in defiance of", "in protest against", "in opposition to": the phrase names what an act is against
    private static final Set<String> DEFIANCE = Set.of("defiance", "protest", "opposition");

    /**
     * Adds, while {@code out} is empty, the parties named (by one of {@code cases}) in a phrase of the act's clause
     * headed by one of {@code nouns}: "in its dispute with X", "in defiance of X".
     */
    private void namedIn(int t, Set<String> nouns, Set<String> cases, List<Integer> out) {
        for (int o : syn.children(frames.clause(t), "obl")) {
            if (out.isEmpty() && nouns.contains(syn.lemma(o))) {
                syn.children(o, "nmod").stream().filter(n -> cases.contains(syn.caseOf(n))).forEach(out::add);
            }
        }
    }

    /**
     * What a relative pronoun stands for: the actor named last before it within the phrase the clause modifies ("a
     * message to Bush from Iraq's Saddam, with whom ...": Saddam), else that phrase's head.
     */
    private int antecedent(int head, int pronoun) {
        for (int k = pronoun - 1; k > head; k--) {
            if (phrases.actorAt(k) != null && syn.isAncestor(head, k)) {
                return k;
            }
        }
        return head;
    }

    /** Where a target may be, as head tokens whose actors are looked up. */
    List<Integer> targetHeads(int t, String where, boolean passive) {
        List<Integer> out = new ArrayList<>();
        switch (where) {
            case "subj" -> {
                int s = syn.child(t, "nsubj:pass") >= 0 ? syn.child(t, "nsubj:pass") : subjects.subject(t, 0);
                if (s >= 0) {
                    out.add(s);
                }
            }
            case "obj" -> {
                int o = passive ? syn.child(t, "nsubj:pass") : syn.child(t, "obj");
                if (o < 0 && !passive) {
                    o = syn.sharedObject(t);
                }
                if (o < 0 || Lexicon.RELATIVE_PRONOUNS.contains(syn.word(o).toLowerCase(Locale.ROOT))) {
                    o = frames.relativeObject(t) >= 0 ? frames.relativeObject(t) : o;
                }
                if (o >= 0) {
                    out.add(o);
                    // "expropriated 11 oil rigs owned by a U.S. company": what is taken is its owner's
                    for (int a : syn.children(o, "acl")) {
                        if (OWNING.contains(syn.lemma(a))) {
                            syn.children(a).stream().filter(k -> syn.rel(k).startsWith("obl")
                                    && Set.of("by", "to").contains(syn.caseOf(k))).forEach(out::add);
                        }
                    }
                }
            }
            case "iobj" -> out.addAll(syn.children(t, "iobj"));
            case "cond" -> {
                // "threatened to stop talks if the United States ...", "will fight until Armenia withdraws": the party
                // the condition is put to
                List<Integer> clauses = new ArrayList<>(List.of(t));
                for (int c : syn.complements(t)) {
                    clauses.add(c);
                    clauses.addAll(syn.complements(c));
                    clauses.addAll(syn.children(c, "advcl"));
                }
                for (int c : clauses) {
                    for (int a : syn.children(c, "advcl")) {
                        if (Set.of("if", "unless", "until").contains(syn.mark(a)) && syn.child(a, "nsubj") >= 0) {
                            out.add(syn.child(a, "nsubj"));
                        }
                    }
                }
            }
            case "csubj" -> {
                List<Integer> clauses = new ArrayList<>(syn.complements(t));
                // "called for NATO members to increase spending": the for-clause may hang as an adverbial one; its
                // subject must name the actor itself ("called for UN action to stop ...": no one is asked)
                syn.children(t, "advcl").stream().filter(a -> syn.mark(a).equalsIgnoreCase("for")
                        && syn.child(a, "nsubj") >= 0 && phrases.actorAt(syn.child(a, "nsubj")) != null)
                        .forEach(clauses::add);
                int obj = syn.child(t, "obj");
                if (obj >= 0) {
                    // "reiterated its demand that Israel ease ..."
                    clauses.addAll(syn.children(obj, "acl"));
                    clauses.addAll(syn.children(obj, "ccomp"));
                    // "issuing an ultimatum demanding that Iraq withdraw"
                    for (int a : syn.children(obj, "acl")) {
                        clauses.addAll(syn.complements(a));
                    }
                }
                int[] quoted = syn.quotedNaming(t);
                if (quoted != null) {
                    out.add(quoted[1]); // 'called Wilson "an outstanding nominee"': Wilson is so called
                }
                for (int c : clauses) {
                    int s = syn.child(c, "nsubj");
                    if (s < 0) {
                        s = syn.child(c, "nsubj:pass");
                        ActorMention a = s < 0 ? null : phrases.actorAt(s);
                        if (a != null && "CRM".equals(a.sector())) {
                            continue; // "called for the killers to be brought to justice": not whom it asks
                        }
                    }
                    if (s >= 0) {
                        out.add(s);
                    }
                }
            }
            case "xobj" -> {
                for (int c : syn.complements(t)) {
                    int o = syn.child(c, "obj");
                    if (o >= 0) {
                        out.add(o);
                        // "threatened to carry out bombings in U.S. cities": where the attacks would fall
                        if (STRIKES.contains(syn.lemma(o))) {
                            syn.children(o, "nmod").stream()
                                    .filter(n -> Set.of("in", "on", "against").contains(syn.caseOf(n)))
                                    .forEach(out::add);
                        }
                    }
                    for (int ob : syn.children(c, "obl")) {
                        if (!syn.caseOf(ob).equals("by")) {
                            out.add(ob);
                        }
                    }
                }
            }
            default -> {
                int clause = frames.clause(t);
                for (int o : syn.children(clause, "obl")) {
                    boolean reason = where.equals("in")
                            && Lexicon.REASONS.contains(syn.lemma(o));
                    if (syn.caseOf(o).equals(where) && !reason) {
                        // "Saddam, with whom the king met Monday": the one the relative pronoun stands for
                        boolean relative = Lexicon.RELATIVE_PRONOUNS.contains(syn.word(o).toLowerCase(Locale.ROOT))
                                && syn.rel(clause).equals("acl:relcl") && syn.head(clause) >= 0;
                        out.add(relative ? antecedent(syn.head(clause), o) : o);
                    }
                }
                // "left for consultations with the governments of Syria": the partners of the talks gone to; "hit
                // back with tariffs on US goods": those the measures are put on
                for (int o : syn.children(clause, "obl")) {
                    if (MEETINGS.contains(syn.lemma(o)) || MEASURES.contains(syn.lemma(o))) {
                        syn.children(o, "nmod").stream().filter(n -> syn.caseOf(n).equals(where)).forEach(out::add);
                    }
                }
                // "signed a treaty on partnership with X": the phrase may hang off the object's modifiers
                int obj = frames.object(t);
                List<Integer> level = obj >= 0 ? List.of(obj) : List.of();
                for (int d = 0; d < 3 && !level.isEmpty(); d++) {
                    List<Integer> next = new ArrayList<>();
                    for (int x : level) {
                        for (int n : syn.children(x, "nmod")) {
                            if (syn.caseOf(n).equals(where) && !PhraseActors.placeLeft(syn, n)) {
                                out.add(n);
                            } else {
                                next.add(n);
                            }
                        }
                        // "will not lift the sanctions imposed on Iraq": the participle on the object says on whom
                        for (int a : syn.children(x, "acl")) {
                            if (syn.token(a).pos().equals("VBN")) {
                                syn.children(a, "obl").stream().filter(n -> syn.caseOf(n).equals(where))
                                        .forEach(out::add);
                            }
                        }
                    }
                    level = next;
                }
                for (int c : syn.complements(t)) {
                    for (int o : syn.children(c, "obl")) {
                        if (syn.caseOf(o).equals(where)) {
                            out.add(o);
                        }
                    }
                }
                // "brought the case in its dispute with the United States": the quarrel the act belongs to names
                // the other side
                namedIn(t, QUARRELS, Set.of(where), out);
                if (where.equals("despite")) {
                    // "declined to resign despite growing pressure by the commission": those who press for it
                    namedIn(t, PRESSURES, Set.of("by", "from", "of"), out);
                }
                if (where.equals("against")) {
                    // "blocked streets in defiance of Chinese authorities", "marched in protest against the junta":
                    // what the act defies is what it is against
                    namedIn(t, DEFIANCE, Set.of("of", "to", "against"), out);
                }
                // "wrote to the US Embassy asking to waive her immunity": a participle's addressee is its verb's
                int h = syn.head(t);
                if (out.isEmpty() && h >= 0 && syn.token(t).pos().equals("VBG")
                        && PARTICIPLE_ADJUNCTS.contains(syn.rel(t)) && syn.child(t, "nsubj") < 0) {
                    for (int o : syn.children(h, "obl")) {
                        if (syn.caseOf(o).equals(where)) {
                            out.add(o);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * When the pattern's places name no target: the nearest actors among the verb's own dependents (objects,
     * obliques, complement clauses), shallowest first - not its subject, not who reports it.
     */
    List<ActorMention> nearestActors(int t, List<ActorMention> source) {
        List<Integer> level = new ArrayList<>();
        for (int k : syn.children(frames.clause(t))) {
            if (fallbackEdge(k)) {
                level.add(k);
            }
        }
        if (frames.clause(t) != t) {
            level.add(syn.head(t));
        }
        for (int depth = 0; depth < 5 && !level.isEmpty(); depth++) {
            List<ActorMention> found = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            for (int x : level) {
                ActorMention a = phrases.actorAt(x);
                if (a != null && source.stream().noneMatch(s -> PhraseActors.overlaps(s, a))) {
                    for (ActorMention c : phrases.actorsFor(x)) {
                        if (!found.contains(c) && !ownedBySource(c, source)
                                && source.stream().noneMatch(s -> PhraseActors.overlaps(s, c))) {
                            found.add(c);
                        }
                    }
                } else {
                    for (int k : syn.children(x)) {
                        // "against the extradition of a Turkish activist": who an act is done to is not its doer
                        boolean patient = PhraseActors.DONE_TO.contains(syn.lemma(x)) && syn.rel(k).startsWith("nmod")
                                && !syn.rel(k).equals("nmod:poss") && !Set.of("by", "from").contains(syn.caseOf(k));
                        if (fallbackEdge(k) && !syn.rel(k).startsWith("conj") && !patient) {
                            next.add(k);
                        }
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

    /** "struck a camp in Balakot, Pakistan": the country told after a place is where the place is. */
    private boolean placesCountry(int k) {
        ActorMention a = phrases.actorAt(k);
        return a != null && a.sector() == null && a.country() != null && syn.head(k) >= 0
                && PhraseActors.PLACE_NER.contains(syn.token(syn.head(k)).ner());
    }

    /** Whether the search for the nearest actors may go down this dependency. */
    boolean fallbackEdge(int k) {
        String r = syn.rel(k);
        if (r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("punct") || r.startsWith("parataxis")
                || r.equals("dep") && frames.misparsedParticiple(syn.head(k))
                || r.equals("acl:relcl") || r.equals("appos") && !placesCountry(k) || r.equals("cc")
                || r.equals("mark") || r.equals("aux")) {
            return false;
        }
        // A clause with a subject of its own ("after protesters stormed its embassy") tells another event, as does
        // one of time with an -ing verb ("before meeting with the President"); its actors are not this verb's
        // unnamed target.
        if (r.startsWith("advcl") && (Lexicon.SEPARATE_CLAUSE_MARKS.contains(syn.mark(k))
                || !syn.children(k, "nsubj").isEmpty()) || syn.gerundOfTime(k)) {
            return false;
        }
        // "was claimed by the Houthis, but Saudi Arabia alleged Iranian involvement": likewise a coordinated clause
        if (r.equals("conj") && (!syn.children(k, "nsubj").isEmpty() || !syn.children(k, "nsubj:pass").isEmpty())) {
            return false;
        }
        String c = syn.caseOf(k);
        if (PhraseActors.placeLeft(syn, k)) {
            return false; // "demanded the withdrawal of Israeli troops from Lebanon": the place left is not asked
        }
        // "launched a missile from the Pyongyang area": where it came from is not who it was aimed at
        if (c.equals("according to") || (c.equals("by") && frames.passiveLike(syn.head(k)))
                || c.equals("from") && ORIGIN_TYPES.contains(phrases.targetType) || skipCase(c)
                || ASIDE_CASES.contains(c)) {
            return false;
        }
        if (c.equals("with") && absolute(k)) {
            return false;
        }
        // "released 30 prisoners after talks with Egypt", "after the Pope's visit": a meeting that tells when is an
        // event of its own, and its parties are not this one's target
        if (Lexicon.MEETING_TIMES.contains(c) && (MEETINGS.contains(syn.lemma(k))
                || Lexicon.VISITS.contains(syn.lemma(k)))) {
            return false;
        }
        return !(r.equals("ccomp") && Lexicon.SPEECH.contains(syn.lemma(syn.head(k))));
    }

    /** "with South Carolina's governor following suit": a clause of its own, whoever it names does something else. */
    private boolean absolute(int noun) {
        if (noun + 1 < syn.size() && syn.token(noun + 1).pos().equals("VBG")) {
            return true; // however the parser hangs the -ing word
        }
        for (int k : syn.children(noun)) {
            if (!Set.of("dep", "acl").contains(syn.rel(k))) {
                continue;
            }
            if (syn.token(k).pos().equals("VBG")
                    || syn.children(k).stream().anyMatch(g -> syn.token(g).pos().equals("VBG"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "an investigation into war crimes committed by Russian forces", "abuses by the police": those who did the
     * wrong a phrase names (its "by" phrase, or that of the participle that modifies it).
     */
    List<ActorMention> culprits(int h) {
        List<ActorMention> out = new ArrayList<>();
        List<Integer> doers = new ArrayList<>();
        for (int k : syn.children(h)) {
            if (syn.rel(k).startsWith("nmod") && syn.caseOf(k).equals("by")) {
                doers.add(k);
            } else if (syn.rel(k).equals("acl") && syn.token(k).pos().equals("VBN")) {
                syn.children(k, "obl").stream().filter(o -> syn.caseOf(o).equals("by")).forEach(doers::add);
            }
        }
        for (int d : doers) {
            out.addAll(phrases.actorsFor(d));
        }
        return out;
    }

    /** A topic ("talks on Ukraine") or, for most types, a place ("talks in Geneva"): while a target is sought. */
    boolean skipCase(String c) {
        return phrases.targetType != null && (Lexicon.TOPIC_CASES.contains(c)
                || Lexicon.PLACE_CASES.contains(c) && !PLACE_IS_TARGET.contains(phrases.targetType));
    }

    /** The source's own units ("its forces", "their troops"): of its country and told by a possessive. */
    boolean ownedBySource(ActorMention a, List<ActorMention> source) {
        if (a.tokenBegin() >= syn.size()
                || source.stream().noneMatch(s -> Objects.equals(s.country(), a.country()))) {
            return false;
        }
        String first = syn.word(a.tokenBegin());
        // a lone "her" is an object the tagger took for a possessive ("accusing her of"), not "her forces"
        return a.tokenEnd() - a.tokenBegin() > 1 && syn.token(a.tokenBegin()).pos().equals("PRP$")
                && Set.of("its", "their", "our", "his", "her").contains(first);
    }
}
