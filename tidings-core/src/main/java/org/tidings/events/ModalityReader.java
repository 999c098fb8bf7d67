package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.actors.ActorMention;

/**
 * Reads how surely an act is told from the clause chain above its verb: negation, modal and future
 * auxiliaries, plans ("plans to"), adverbs ("reportedly"), conditions, and who reports it ("officials said",
 * "according to"); and tells acts that are not acts at all: a counterfactual past, a question, a wish held
 * about someone else.
 */
final class ModalityReader {
    private static final Set<String> PLAN_NOUNS = Set.of("plan", "plans", "intention", "decision", "proposal", "bid",
            "readiness", "move", "intent", "preparation", "preparations");
    // Nouns of asking: a to-clause on them tells what is asked, not what was done.
    private static final Set<String> ASKING_NOUNS = Set.of("request", "demand", "call", "appeal", "plea", "order",
            "instruction", "invitation");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
    private static final Set<String> MAYBE = Set.of("may", "might", "could");
    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be");
    // Governors of a complement that did not come about ("was unable to negotiate").
    private static final Set<String> FAILING = Set.of("fail", "unable");
    // Governors of a complement that the doer means to carry out ("is ready to talk", "plans to send aid"):
    // a stated intent, which for an act of cooperation is a promise.
    private static final Set<String> INTENDING = Set.of("ready", "willing", "prepared", "eager", "determined",
            "committed", "plan", "intend", "prepare", "set", "poised", "due", "decide");
    // Words of a stance of readiness: a harm one is ready for is threatened, not planned
    private static final Set<String> READY = Set.of("ready", "willing", "prepared", "eager", "determined");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "why", "whether", "if", "when", "where",
            "who", "which");
    private static final Set<String> PURPOSES = Set.of("design", "aim", "intend", "mean", "calculate");
    private static final Set<String> WISHES = Set.of("want", "wish", "like", "prefer", "expect", "need");
    private static final Set<String> HOPING = Set.of("hope", "wish", "pray");
    // Verbs whose clause, told in the future or as a maybe, is a forecast ("expects that soldiers will surrender").
    // (Hopes are no acts in any tense: HOPING.)
    private static final Set<String> FORECASTING = Set.of("expect", "predict", "anticipate", "forecast", "fear",
            "believe", "think", "guess", "estimate", "bet", "doubt");
    // Nouns whose clause tells what someone hopes, fears or guesses, not what was done.
    private static final Set<String> IMAGINING_NOUNS = Set.of("hope", "hopes", "fear", "fears", "expectation",
            "expectations", "prospect", "prospects", "possibility", "chance", "chances", "likelihood", "risk",
            "danger", "speculation", "rumour", "rumours", "rumor", "rumors", "dream", "fantasy", "doubt", "doubts",
            "idea", "thought", "notion", "scenario", "suggestion", "suggestions");
    // Verbs whose "about"/"of" phrase is a topic ("talk about killing him"), not an act.
    private static final Set<String> TOPIC_VERBS = Set.of("talk", "speak", "think", "dream", "joke", "fantasize",
            "fantasise", "boast", "brag", "write", "muse", "chat", "gossip");

    private final Syntax syn;
    private final FrameMatcher frames;
    private final PhraseActors phrases;

    ModalityReader(Syntax syn, FrameMatcher frames, PhraseActors phrases) {
        this.syn = syn;
        this.frames = frames;
        this.phrases = phrases;
    }

    /** The certainty, future and reporters of the act told by {@code t} with pattern {@code p}. */
    Modality read(int t, Pattern p) {
        Modality m = new Modality();
        if (!p.negated() && (syn.negated(t) || neitherNor(t))) {
            m.certainty = "negated";
        }
        readAux(t, m);
        readAdverbs(t, m);
        List<String> reporters = new ArrayList<>();
        // Past a relative clause the act is told as a fact of its own ("a move aimed at calming Iran, which had
        // condemned the invasion"): the clauses above still say who reports it, but not how surely it happened.
        boolean ownClause = false;
        for (int x = frames.clause(t); x >= 0; x = syn.head(x)) {
            accordingTo(x, reporters);
            int g = syn.head(x);
            if (g < 0) {
                break;
            }
            String r = syn.rel(x);
            String gl = syn.lemma(g);
            ownClause |= r.equals("acl:relcl");
            boolean speech = (r.equals("ccomp") || r.equals("parataxis")) && Lexicon.SPEECH.contains(gl);
            if (ownClause && !speech) {
                continue;
            }
            if (r.equals("xcomp") || (r.equals("ccomp") && !Lexicon.SPEECH.contains(gl))) {
                int gobj = syn.child(g, "obj");
                boolean planNoun = gobj >= 0 && PLAN_NOUNS.contains(syn.word(gobj));
                if ((Lexicon.PLAN.contains(gl) || planNoun) && !m.certainty.equals("negated")) {
                    m.certainty = "planned";
                }
                if (r.equals("xcomp") && INTENDING.contains(gl) && !syn.negated(g)) {
                    m.intending = true;
                    // "is prepared to": the state of being ready, not the work of getting ready
                    m.ready |= READY.contains(gl) || gl.equals("prepare") && syn.child(g, "aux:pass") >= 0;
                }
                // "was unable to negotiate", "failed to agree": it did not happen
                if ((syn.negated(g) || r.equals("xcomp") && FAILING.contains(gl)) && !m.certainty.equals("negated")) {
                    m.certainty = "negated";
                }
                readAux(g, m);
                readAdverbs(g, m);
            } else if (r.equals("acl") && PLAN_NOUNS.contains(syn.word(g))) {
                if (!m.certainty.equals("negated")) {
                    m.certainty = "planned";
                }
            } else if (speech) {
                int s = syn.child(g, "nsubj");
                if (s >= 0) {
                    reporters.add(0, speaker(s));
                }
            } else if (r.startsWith("advcl") && Set.of("if", "unless").contains(syn.mark(x))) {
                m.certainty = "hypothetical";
            }
        }
        // A parenthetical speech verb ("..., officials said.") hangs off the main clause.
        for (int x = t; x >= 0; x = syn.head(x)) {
            for (int k : syn.children(x, "parataxis")) {
                if (Lexicon.SPEECH.contains(syn.lemma(k)) && syn.child(k, "nsubj") >= 0) {
                    reporters.add(0, speaker(syn.child(k, "nsubj")));
                }
            }
        }
        m.reportedBy = reporters.stream().distinct().toList();
        if (m.certainty.equals("asserted") && !m.reportedBy.isEmpty()) {
            m.certainty = "reported";
        }
        return m;
    }

    /** Future and modal auxiliaries ("will", "may"). */
    void readAux(int v, Modality m) {
        for (String a : syn.auxiliaries(v)) {
            // "forces are to withdraw", "is to visit": be with a to-infinitive tells what is arranged, as "will"
            boolean beTo = BE.contains(a.toLowerCase(Locale.ROOT)) && "to".equalsIgnoreCase(syn.mark(v));
            if (FUTURE.contains(a) || beTo) {
                m.future = true;
            } else if (MAYBE.contains(a) && !m.certainty.equals("negated")) {
                m.certainty = "hypothetical";
                m.maybe = true;
            }
        }
    }

    /** Adverbs of hearsay and doubt ("allegedly", "reportedly", "possibly"), unless the act is negated. */
    void readAdverbs(int v, Modality m) {
        for (int k : syn.children(v, "advmod")) {
            String w = syn.word(k);
            if (m.certainty.equals("negated")) {
                return;
            }
            if (w.equals("allegedly") || w.equals("purportedly")) {
                m.certainty = "alleged";
            } else if (w.equals("reportedly")) {
                m.certainty = "reported";
            } else if (w.equals("possibly") || w.equals("potentially") || w.equals("perhaps") || w.equals("maybe")) {
                m.certainty = "hypothetical";
            }
        }
    }

    /** "according to X": X reports it (put first, as the outer reporter). */
    void accordingTo(int v, List<String> reporters) {
        for (int k : syn.children(v)) {
            if ((syn.rel(k).startsWith("obl") || syn.rel(k).startsWith("nmod"))
                    && syn.caseOf(k).equals("according to")) {
                reporters.add(0, speaker(k));
            }
        }
    }

    /** Who a phrase names as the one who says something: its actor's name, else its words. */
    String speaker(int h) {
        List<ActorMention> as = phrases.actorsFor(h);
        if (!as.isEmpty() && as.get(0).name() != null && phrases.actorAt(h) != null) {
            return as.get(0).name();
        }
        String ph = syn.phrase(h);
        return ph.replaceFirst("^(?i)(the|a|an) ", "");
    }

    /** "neither the European Union nor the United States recognised it": a subject that denies the verb. */
    boolean neitherNor(int v) {
        int s = syn.child(frames.clause(v), "nsubj");
        return s >= 0 && syn.children(s).stream().anyMatch(k -> syn.word(k).equalsIgnoreCase("neither"));
    }

    /**
     * "would have allowed", "could have stopped": a past that did not happen (the verb, or a verb whose
     * complement it is).
     */
    boolean counterfactual(int t) {
        for (int x = t; x >= 0; x = syn.head(x)) {
            List<String> aux = syn.auxiliaries(x).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
            if (syn.token(x).pos().equals("VBN") && aux.contains("have")
                    && (aux.contains("would") || aux.contains("could") || aux.contains("might")) && !guess(x, aux)) {
                return true;
            }
            if (!syn.rel(x).equals("xcomp")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Trump might have encouraged Zelensky to ...": a guess about the past, not a counterfactual, unless a
     * condition or a relative clause frames it ("might have prevented it if ...").
     */
    private boolean guess(int x, List<String> aux) {
        return aux.contains("might") && !aux.contains("would") && !aux.contains("could")
                && !syn.rel(x).equals("acl:relcl")
                && syn.children(x, "advcl").stream().noneMatch(a -> Set.of("if", "unless").contains(syn.mark(a)));
    }

    /** "asked him how the research began": a question, not a request. */
    boolean question(int v) {
        // "asked Stamenkovic if he had any ideas": the parser may hang the indirect question as a condition
        if (syn.lemma(v).equals("ask") && syn.children(v, "advcl").stream()
                .anyMatch(a -> a > v && Set.of("if", "whether").contains(syn.mark(a)))) {
            return true;
        }
        for (int k = v + 1; k < syn.size(); k++) {
            if (syn.word(k).equals("?")) {
                return true; // "would ask me, 'Is he really ...?'"
            }
        }
        for (int c : syn.complements(v)) {
            for (int k : syn.children(c)) {
                String w = syn.word(k).toLowerCase(Locale.ROOT);
                if ((syn.rel(k).equals("mark") || syn.rel(k).equals("advmod") || syn.rel(k).startsWith("nsubj")
                        || syn.rel(k).equals("obj")) && k < c && QUESTION_WORDS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "no hope that Iraq would withdraw", "fears that the army may attack": the clause of a noun of hope, fear or
     * guess; "heard him talk about killing Rabin": the topic of talk. Neither tells an act.
     */
    boolean imagined(int v) {
        int g = syn.head(v);
        String r = syn.rel(v);
        if (g >= 0 && (r.equals("ccomp") || r.equals("acl")) && syn.token(g).isNoun()
                && IMAGINING_NOUNS.contains(syn.word(g).toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "talk about killing Rabin" (the gerund may be parsed as a modifier of the one killed)
        int x = r.equals("amod") && syn.token(v).pos().equals("VBG") ? g : v;
        int gx = x >= 0 ? syn.head(x) : -1;
        if (gx < 0 || !syn.token(v).pos().equals("VBG")) {
            return false;
        }
        String prep = syn.caseOf(x).isEmpty() ? syn.mark(x) : syn.caseOf(x);
        return Set.of("about", "of").contains(prep.toLowerCase(Locale.ROOT)) && TOPIC_VERBS.contains(syn.lemma(gx));
    }

    /**
     * "an initiative designed to rally Arab opinion", "a move aimed at calming Iran": what something is meant to do,
     * told by a participle on a noun, is its purpose, not an act.
     */
    boolean purpose(int v) {
        // up through the infinitive's attachments, which the parser varies ("designed as much to rally ...")
        for (int x = v, hops = 0; hops < 3 && syn.head(x) >= 0; x = syn.head(x), hops++) {
            String r = syn.rel(x);
            if (!(r.equals("xcomp") || r.startsWith("advcl") || r.equals("acl") || r.equals("obj"))) {
                return false;
            }
            int g = syn.head(x);
            if (PURPOSES.contains(syn.lemma(g)) && syn.token(g).pos().equals("VBN")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "expects that tens of thousands of soldiers will surrender", "hopes the sanctions will remain": what someone
     * forecasts of others, in the future or as a maybe, is no act yet; nor is an act told as the condition that ends
     * another, still to be met ("remain in effect until Iraq pays").
     */
    boolean forecast(int v) {
        for (int x = frames.clause(v); x >= 0 && syn.head(x) >= 0; x = syn.head(x)) {
            int g = syn.head(x);
            String r = syn.rel(x);
            if (r.startsWith("advcl") && Set.of("until", "till").contains(syn.mark(x).toLowerCase(Locale.ROOT))
                    && Set.of("VBZ", "VBP", "VB").contains(syn.token(x).pos()) && !syn.token(g).pos().equals("VBD")) {
                return true;
            }
            if (r.equals("ccomp") && FORECASTING.contains(syn.lemma(g)) && syn.child(x, "nsubj") >= 0
                    && syn.auxiliaries(x).stream().map(a -> a.toLowerCase(Locale.ROOT))
                            .anyMatch(a -> FUTURE.contains(a) || MAYBE.contains(a))) {
                return true;
            }
            // "hopes the court strikes down the law": a hope for others' act, in whatever tense
            if (r.equals("ccomp") && HOPING.contains(syn.lemma(g)) && syn.child(x, "nsubj") >= 0) {
                return true;
            }
            if (!(r.equals("xcomp") || r.equals("conj"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "All Iraqis, fight them!": a bare verb with no subject, or with the ones addressed set off by a comma, calls
     * for an act; it does not tell one.
     */
    boolean imperative(int v) {
        int c = frames.clause(v);
        if (!syn.token(c).pos().equals("VB") || !syn.auxiliaries(c).isEmpty() || !syn.mark(c).isEmpty()
                || !(syn.rel(c).equals("root") || syn.rel(c).equals("parataxis") || syn.rel(c).equals("ccomp"))) {
            return false;
        }
        int s = syn.child(c, "nsubj");
        return s < 0 || s < c && syn.word(c - 1).equals(",");
    }

    /**
     * "want him to resign", "expect Iran to retaliate": the complement of a wish held about someone else; "Trump's
     * request to the Ukrainian president to investigate his rivals": what a request asks for (the parser may hang
     * the request on the verb as its subject).
     */
    boolean wishedOfOthers(int v) {
        int g = syn.head(v);
        if (g >= 0 && syn.rel(v).equals("xcomp") && WISHES.contains(syn.lemma(g)) && syn.child(g, "obj") >= 0) {
            return true;
        }
        int s = syn.child(v, "nsubj");
        return "to".equalsIgnoreCase(syn.mark(v)) && (g >= 0 && syn.rel(v).equals("acl")
                && ASKING_NOUNS.contains(syn.lemma(g)) || s >= 0 && ASKING_NOUNS.contains(syn.lemma(s)));
    }

    /** How surely an act is told, whether it is still to come, and who says so (outermost first). */
    static final class Modality {
        String certainty = "asserted";
        boolean future;
        boolean intending;
        boolean ready;      // "ready to strike", "prepared to use force": a stance, not yet an act
        boolean maybe;      // "may", "might", "could" on the act
        List<String> reportedBy = List.of();
    }
}
