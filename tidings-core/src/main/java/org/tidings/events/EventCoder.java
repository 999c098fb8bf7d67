package org.tidings.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.LocalDate;
import java.util.Optional;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorEntry;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;

/**
 * Codes events - who did what to whom - from the dependency parses of an article and its coded actors.
 *
 * <p>A verb with its frame (object, particle, complement clause, prepositions) is looked up in the pattern
 * dictionary; the most specific pattern gives the PLOVER type, mode and CAMEO code. The source comes from the
 * subject (or the passive agent), the target from the places the pattern names. A verb inside the complement of
 * a coded verb ("threatened to attack") is not coded again. Negation, modality, future intent and reported
 * speech are read from the clause chain above the verb. Mentions of the same event in one article are merged.
 */
public final class EventCoder {

    private static final Logger log = LoggerFactory.getLogger(EventCoder.class);

    private static final Set<String> SPEECH = Set.of("say", "tell", "report", "announce", "state", "claim", "add",
            "confirm", "insist", "note", "reveal", "write", "declare", "stress", "indicate", "allege", "believe",
            "think", "acknowledge", "admit", "explain", "assert", "contend", "suggest", "show", "find", "learn",
            "conclude", "argue", "quote", "disclose", "told", "mention", "point", "estimate", "hint");
    private static final Set<String> PLAN = Set.of("plan", "intend", "prepare", "aim", "decide", "expect", "want",
            "hope", "seek", "propose", "mean", "schedule", "set", "due", "poised", "consider", "wish", "agree");
    private static final Set<String> PLAN_NOUNS = Set.of("plan", "plans", "intention", "decision", "proposal", "bid",
            "readiness", "move", "intent", "preparation", "preparations");
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "order", "force", "persuade",
            "invite", "tell", "allow", "encourage", "press", "pressure", "request", "instruct", "permit", "compel",
            "appeal", "implore", "beg", "help", "authorize", "authorise", "direct", "command", "warn");
    private static final Set<String> PARTITIVE = Set.of("part", "ton", "tonne", "kg", "kilogram", "worth", "amount",
            "shipment", "batch", "consignment", "number", "series", "lot", "dozen", "hundred", "thousand", "million",
            "group", "load", "convoy", "supply", "quantity", "package", "round", "wave", "portion", "share", "bulk",
            "day", "week", "hour", "state");  // "two days of exercises", "hours of talks"
    private static final Set<String> TOPIC_CASES = Set.of("on", "about", "over", "regarding", "concerning", "during");
    private static final Set<String> ASIDE_CASES = Set.of("despite", "in spite of", "because of", "due to",
            "instead of", "unlike", "like", "besides", "apart from");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "across", "throughout", "inside",
            "outside", "within", "around");
    // Where force is used or shown, the place is the target ("struck targets in Lebanon"); elsewhere it is not.
    // A protest's place is where it is held ("students protesting in Belgium"); whom it addresses is named ("outside
    // the embassy", "against the government") or is its government.
    private static final Set<String> PLACE_IS_TARGET = Set.of("ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "AID");
    private static final Set<String> EVENT_NOUNS = Set.of("attack", "bombing", "shelling", "killing", "assault",
            "strike", "raid", "invasion", "arrest", "massacre", "murder", "assassination", "abduction", "kidnapping",
            "detention", "execution", "crackdown", "incursion", "offensive", "occupation", "annexation", "blockade");
    private static final Set<String> REFLEXIVES = Set.of("themselves", "itself", "himself", "herself", "ourselves",
            "myself", "yourself", "yourselves");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
    private static final Set<String> MAYBE = Set.of("may", "might", "could");
    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be");
    // Governors of a complement that did not come about ("was unable to negotiate").
    private static final Set<String> FAILING = Set.of("fail", "unable");
    // Noun compounds whose first word the tagger reads as a verb ("police press officer").
    private static final Set<String> PRESS_COMPOUNDS = Set.of("press officer", "press secretary", "press release",
            "press conference", "press office", "press spokesman", "press spokeswoman", "press briefing",
            "press statement", "press aide", "press attache", "press service");
    // Background clauses ("after X did Y") belong to the main event; only contrasting clauses stand apart.
    private static final Set<String> SEPARATE_CLAUSE_MARKS = Set.of("while", "whereas", "although", "though");
    // Verbs of calling an envoy in, and the offices they are called to ("summoned to the foreign ministry").
    private static final Set<String> SUMMONING = Set.of("summon", "call");
    private static final Set<String> SUMMONING_PLACES = Set.of("ministry", "office", "department");
    // Clauses of time that tell an earlier or simultaneous event ("after X fired", "when X attacked").
    private static final Set<String> TEMPORAL_CLAUSE_MARKS = Set.of("after", "when");
    // Force used or shown "from" a place: the place is where it came from, not whom it was aimed at.
    private static final Set<String> ORIGIN_TYPES = Set.of("ASSAULT", "MOBILIZE");
    // Verbs whose object is an event not (yet) held: "arranged a meeting", "feared an attack".
    private static final Set<String> PROSPECTS = Set.of("arrange", "propose", "cancel", "postpone", "call", "request",
            "suggest", "fear", "avoid", "prevent", "discuss", "demand", "urge", "threaten", "warn", "organize",
            "organise", "deny", "rule");
    private static final Set<String> PLACE_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "its", "their", "them");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");

    private final Ontology ontology;
    private final PatternDictionary patterns;

    private EventCoder(Ontology ontology, PatternDictionary patterns) {
        this.ontology = ontology;
        this.patterns = patterns;
    }

    private static volatile EventCoder defaults;

    /** The coder with the built-in ontology and pattern dictionary (loaded once). */
    public static EventCoder defaults() {
        EventCoder c = defaults;
        if (c == null) {
            synchronized (EventCoder.class) {
                c = defaults;
                if (c == null) {
                    Ontology o = Ontology.defaults();
                    c = new EventCoder(o, PatternDictionary.load("patterns.txt", o));
                    log.info("event coder: {} pattern entries", c.patterns.size());
                    defaults = c;
                }
            }
        }
        return c;
    }

    /** The events of a document, one per event told (repeated tellings merged). */
    public List<EventMention> code(AnnotatedDocument doc, List<ActorMention> actors) {
        return codeEvents(doc, actors).stream().map(CodedEvent::best).toList();
    }

    /** The events of a document with every telling kept as evidence. */
    public List<CodedEvent> codeEvents(AnnotatedDocument doc, List<ActorMention> actors) {
        return Consolidation.consolidate(codeMentions(doc, actors));
    }

    /**
     * Receives the coder's decisions verb by verb, for explaining its output ({@code tidings explain}). Only
     * called when a trace is given, so coding without one costs nothing extra.
     */
    public interface Trace {
        /** The patterns of a verb's lemma that were tried, those that matched, and the one chosen (or null). */
        void tried(int sentence, int token, String lemma, List<String> tried, List<String> matched, String chosen);

        /** A verb whose pattern matched but gave no event, and why. */
        void rejected(int sentence, int token, String pattern, String reason);

        /** An event coded (before its date, place and sources are set). */
        void coded(EventMention mention);
    }

    /** Every telling of an event, sentence by sentence, before consolidation. */
    public List<EventMention> codeMentions(AnnotatedDocument doc, List<ActorMention> actors) {
        return codeMentions(doc, actors, null);
    }

    /** As {@link #codeMentions(AnnotatedDocument, List)}, reporting each decision to {@code trace} (may be null). */
    public List<EventMention> codeMentions(AnnotatedDocument doc, List<ActorMention> actors, Trace trace) {
        Objects.requireNonNull(doc, "doc");
        List<EventMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<ActorMention> here = withNationalities(doc, s,
                    actors.stream().filter(a -> a.sentence() == s.index()).toList());
            if (s.tokens().isEmpty()) {
                continue;
            }
            out.addAll(new SentenceCoder(doc, new Syntax(s), here, trace).code());
        }
        for (EventMention tribute : Tributes.tributes(doc, actors, this)) {
            // a tribute told by a verb of praise is coded already
            if (out.stream().noneMatch(m -> m.type().equals("SUPPORT") && m.evidence() != null
                    && m.evidence().sentence() == tribute.evidence().sentence())) {
                out.add(tribute);
                if (trace != null) {
                    trace.coded(tribute);
                }
            }
        }
        out.sort(Comparator.comparingInt(m -> m.evidence() == null ? -1 : m.evidence().sentence()));
        List<EventMention> told = EarlierEvents.reactions(doc,
                EarlierEvents.victimsOfAttacks(doc, EarlierEvents.answersToRequests(out), actors));
        List<EventMention> kept = new ArrayList<>();
        for (EventMention m : told) {
            if (EarlierEvents.hasItsOtherSide(m)) {
                kept.add(m);
            } else if (trace != null && m.evidence() != null) {
                trace.rejected(m.evidence().sentence(), m.evidence().triggerToken(), m.pattern(),
                        EarlierEvents.privateAffair(m) ? "goodwill between private people, no news of states"
                                : "no other side found in the article");
            }
        }
        return kept;
    }

    // Verbs that put something forward as a charge: what they introduce is the claimant's, not a fact.
    private static final Set<String> CLAIMING = Set.of("claim", "allege", "charge", "insist", "contend", "maintain");
    private static final Set<String> HOSTILE = Set.of("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN");
    // Verbs that introduce what someone says, writes or calls something.
    private static final Set<String> SPEAKING = Set.of("say", "add", "tell", "write", "tweet", "comment", "call",
            "describe", "state", "post", "respond", "label", "brand", "term", "dub", "continue", "remark", "argue",
            "note", "insist", "declare", "reply", "retort", "charge", "complain", "lament");
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
            "treacherous", "stab", "grab", "smash", "witch", "lawless", "atrocity", "atrocious", "shocking", "condemnable",
            "reprehensible", "cover-up", "dastardly", "sabotage", "cruel", "inhumane", "brutal",
            "brutality", "shame", "disgusting", "contemptible", "lawbreaking", "irrational", "breach", "theatre",
            "theater", "charade", "non-starter", "witch-hunt", "overreach", "illegitimate", "baseless",
            "harassment", "persecution", "fraudulent", "rigged", "disregard", "contempt");
    private static final Set<String> CENSURE_NOUNS_ONLY = Set.of("stab", "grab", "smash", "lie", "insult", "bully",
            "witch", "breach", "disregard", "contempt");
    // Deliberate harms (and criminal charges) whose agent may go unnamed in the passive: the event stands on its
    // victim alone.
    private static final Set<String> AGENTLESS_HARMS = Set.of("stab", "shoot", "assassinate", "behead", "attack",
            "assault", "beat", "torture", "abduct", "kidnap", "execute", "ambush", "arrest", "detain", "jail",
            "imprison", "apprehend", "take", "remand", "charge", "indict", "convict", "sentence", "find", "acquit", "clear");
    /** The rule of an agent the coder supplies for a passive harm told without one. */
    static final String IMPLIED_AGENT = "implied-agent";
    /** Patterns of laws that grant rights at home: granted to the source's own people when no one is named. */
    private static final Set<String> HOME_GRANTS = Set.of("legalize", "approve.reform");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "JUD");
    /** Verbs by which one tells an act of one's own ("announced the end of his campaign"). */
    private static final Set<String> ANNOUNCING = Set.of("announce", "declare", "confirm");
    /** "at the request of", "at the behest of": an act done because someone asked. */
    private static final Set<String> REQUEST_NOUNS = Set.of("request", "behest");
    /** Lands named by their kind ("the state", "the country"), and the places of a verb that can name one. */
    private static final Set<String> LANDS = Set.of("state", "country", "nation", "city", "province", "region",
            "county", "island", "islands", "territory");
    private static final Set<String> LAND_CASES = Set.of("in", "for", "on", "across", "throughout", "over");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "why", "whether", "if", "when", "where",
            "who", "which");
    private static final Set<String> WEATHER = Set.of("flood", "storm", "weather", "hurricane", "tornado", "tsunami",
            "heat", "wind", "rain", "snow", "typhoon", "cyclone", "gale", "frost", "fire", "avalanche", "surf");
    /** Pleas, made to a court whether or not the text names it. */
    private static final Set<String> PLEAS = Set.of("plead.guilty", "plead.not");
    // Verdicts: their unnamed agent is a court ("were found guilty", "was convicted").
    private static final Set<String> VERDICTS = Set.of("convict", "sentence", "find");
    private static final Set<String> WISHES = Set.of("want", "wish", "like", "prefer", "expect", "need");

    // Nouns for a person's relatives: the person named after "of" is someone else.
    static final Set<String> KIN = Set.of("fiancée", "fiancee", "fiancé", "fiance", "wife", "husband", "widow",
            "widower", "son", "daughter", "mother", "father", "brother", "sister", "child", "children", "family",
            "relative", "cousin", "nephew", "niece", "partner", "girlfriend", "boyfriend");

    // Nouns that, with "the", "this" or "that", name an action the article has already told ("condemned the move").
    static final Set<String> ACTION_ANAPHORS = Set.of("move", "operation", "offensive", "incursion", "invasion",
            "attack", "attacks", "strike", "strikes", "assault", "decision", "step", "action", "plan", "proposal",
            "investigation", "inquiry", "probe", "ruling", "announcement", "vote", "verdict", "ban", "sanctions",
            "measure", "measures", "deal", "agreement", "policy", "order");
    /** Request patterns that are public demands, coded even when no one is addressed. */
    static final Set<String> PUBLIC_DEMANDS = Set.of("call.for", "must.say");
    private static final Set<String> TEMPORAL_NER = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * Nationality and country words the actor coder left uncoded ("rejected an Indian proposal", "Israeli army
     * bulldozers") are looked up in its knowledge base, so that they can stand for their country as an actor.
     */
    private static List<ActorMention> withNationalities(AnnotatedDocument doc, Sentence s, List<ActorMention> actors) {
        List<ActorMention> out = null;
        List<Token> toks = s.tokens();
        LocalDate day = doc.article() == null ? null : doc.article().publicationDate().orElse(null);
        for (int i = 0; i < toks.size(); i++) {
            String ner = toks.get(i).ner();
            if (!ner.equals("NATIONALITY") && !ner.equals("COUNTRY")) {
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && toks.get(j).ner().equals(ner)) {
                j++;
            }
            final int b = i;
            final int e = j;
            i = j - 1;
            if (actors.stream().anyMatch(a -> a.tokenBegin() < e && b < a.tokenEnd())) {
                continue;
            }
            String text = s.span(b, e);
            Optional<ActorEntry> entry = ActorCoder.defaults().lookup(text, day == null ? LocalDate.now() : day);
            if (entry.isEmpty() || entry.get().country() == null) {
                continue;
            }
            ActorEntry en = entry.get();
            if (out == null) {
                out = new ArrayList<>(actors);
            }
            out.add(new ActorMention(s.index(), b, e, toks.get(b).begin(), toks.get(e - 1).end(), text, en.name(),
                    en.country(), null, en.country(), en.id(), "events:uncoded-" + ner.toLowerCase(Locale.ROOT)));
        }
        return out == null ? actors : out;
    }

    // ------------------------------------------------------------------ per sentence

    private final class SentenceCoder {
        final AnnotatedDocument doc;
        final Syntax syn;
        final List<ActorMention> actors;
        final Trace trace;
        String why; // the reason build() last gave no event (for the trace)

        SentenceCoder(AnnotatedDocument doc, Syntax syn, List<ActorMention> actors, Trace trace) {
            this.doc = doc;
            this.syn = syn;
            this.actors = actors;
            this.trace = trace;
        }

        private void traceTried(int t, Pattern best) {
            List<Pattern> ps = patterns.forLemma(syn.lemma(t));
            if (trace == null || ps.isEmpty()) {
                return;
            }
            trace.tried(syn.sentence.index(), t, syn.lemma(t), ps.stream().map(Pattern::id).toList(),
                    ps.stream().filter(p -> matches(p, t)).map(Pattern::id).toList(), best == null ? null : best.id());
        }

        List<EventMention> code() {
            List<int[]> cands = new ArrayList<>();  // token, pattern index into chosen
            List<Pattern> chosen = new ArrayList<>();
            for (int t = 0; t < syn.size(); t++) {
                Token tok = syn.token(t);
                // Verbs, predicative adjectives ("willing to"), and nouns the tagger mistook for verbs ("would blockade")
                if (!(tok.isVerb() || tok.pos().startsWith("JJ") || syn.child(t, "aux") >= 0 && syn.child(t, "cop") < 0
                        || eventNoun(t))) {
                    continue;
                }
                // "called the stabbing an act of barbarity": a gerund with an article names an act, it does not tell one
                if (tok.pos().equals("VBG") && (syn.child(t, "det") >= 0 || t > 0 && syn.token(t - 1).pos().equals("DT"))
                        && !eventNoun(t)) {
                    continue;
                }
                // "Police press officer Monika Kosiec": a noun compound the tagger read as a verb and its object
                if (t + 1 < syn.size() && PRESS_COMPOUNDS.contains(syn.word(t).toLowerCase(Locale.ROOT) + " "
                        + syn.lemma(t + 1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Pattern p = bestMatch(t);
                traceTried(t, p);
                if (p != null) {
                    cands.add(new int[] {t, chosen.size()});
                    chosen.add(p);
                }
            }
            // Outer verbs first: a verb within the scope of a coded verb is part of that event.
            cands.sort(Comparator.comparingInt(c -> depth(c[0])));
            List<Integer> taken = new ArrayList<>();
            List<EventMention> out = new ArrayList<>();
            for (int[] c : cands) {
                int t = c[0];
                Pattern p = chosen.get(c[1]);
                var outer = taken.stream().filter(a -> inScope(a, t)).findFirst();
                if (outer.isPresent()) {
                    if (trace != null) {
                        trace.rejected(syn.sentence.index(), t, p.id(), "within the scope of the coded verb '"
                                + syn.token(outer.get()).word() + "'");
                    }
                    continue;
                }
                if (!p.noun()) {
                    taken.add(t); // a told noun that gives no event leaves the verbs below it free ("the attack launched by Iran")
                }
                if (p.blocks()) {
                    if (trace != null) {
                        trace.rejected(syn.sentence.index(), t, p.id(), "blocking pattern (not an event)");
                    }
                    continue;
                }
                why = "no event";
                EventMention m = p.noun() ? buildNoun(t, p) : build(t, p);
                if (m != null) {
                    if (p.noun()) {
                        taken.add(t);
                    }
                    out.add(m);
                    if (trace != null) {
                        trace.coded(m);
                    }
                } else if (trace != null) {
                    trace.rejected(syn.sentence.index(), t, p.id(), why);
                }
            }
            out = allegations(out);
            out.addAll(censures(out, taken));
            out.addAll(requestsActedOn());
            out.sort(Comparator.comparingInt(m -> m.evidence().triggerToken()));
            return out;
        }

        /**
         * "Tamim claimed Houthis have attacked journalists": a hostile act told only as someone's claim is first of all
         * an accusation by the claimant against its doer (ACCUSE allege, CAMEO 112). The act itself is kept when it
         * has a target; without one it is too vague to stand as an event of its own.
         */
        List<EventMention> allegations(List<EventMention> coded) {
            List<EventMention> out = new ArrayList<>();
            for (EventMention m : coded) {
                int claim = claimOver(m.evidence().triggerToken());
                List<ActorMention> claimant = claim < 0 || syn.child(claim, "nsubj") < 0 ? List.of()
                        : actorsFor(syn.child(claim, "nsubj"));
                boolean other = !claimant.isEmpty() && !m.source().isEmpty()
                        && claimant.stream().noneMatch(c -> m.source().stream().anyMatch(a -> overlaps(a, c)
                        || Objects.equals(a.name(), c.name())));
                if (!HOSTILE.contains(m.type()) || !other) {
                    out.add(m);
                    continue;
                }
                out.add(assemble("ACCUSE", "allege", "112", claimant, m.source(), "asserted", List.of(), null,
                        evidenceAt(claim, syn.token(claim).word()), "claim.that"));
                if (!m.target().isEmpty()) {
                    out.add(m);
                }
            }
            return out;
        }

        /**
         * "She dissolved Parliament at the request of Justin Trudeau", "at Trudeau's request": the one who asked made
         * a request of the one who acted (REQUEST), and the one who acted granted it (AGREE).
         */
        List<EventMention> requestsActedOn() {
            List<EventMention> out = new ArrayList<>();
            for (int n = 0; n < syn.size(); n++) {
                int v = syn.head(n);
                if (!REQUEST_NOUNS.contains(syn.lemma(n).toLowerCase(Locale.ROOT)) || v < 0 || !syn.rel(n).equals("obl")
                        || !Set.of("at", "on", "upon").contains(syn.caseOf(n)) || syn.child(v, "nsubj") < 0
                        || syn.negated(v)) {
                    continue;
                }
                List<ActorMention> asker = new ArrayList<>();
                for (int k : syn.children(n, "nmod")) {
                    if (k > n && syn.caseOf(k).equals("of") || syn.rel(k).equals("nmod:poss")) {
                        asker.addAll(actorsFor(k));
                    }
                }
                List<ActorMention> doer = actorsFor(syn.child(v, "nsubj"));
                if (asker.isEmpty() || doer.isEmpty() || asker.stream().anyMatch(a -> doer.stream()
                        .anyMatch(d -> overlaps(a, d) || samePerson(a, d)))) {
                    continue;
                }
                out.add(assemble("REQUEST", null, "020", asker, doer, "asserted", List.of(), null,
                        evidenceAt(n, syn.word(n)), "at.request"));
                out.add(assemble("AGREE", null, "030", doer, asker, "asserted", List.of(), null,
                        evidenceAt(v, syn.word(v) + " at the " + syn.word(n)), "at.request"));
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

        /**
         * "Corbyn called the move a 'smash and grab on our democracy'", "Cooper added, 'Boris Johnson is trying to
         * ... a deeply dangerous and irresponsible way to govern'": words of censure spoken by an actor are an
         * accusation (ACCUSE disapprove, CAMEO 111). It is aimed at the actor the words name or, failing one, at
         * the action they name ("the move"), whose doer is found later in the article. Only for a speaker whose
         * sentence tells no accusation already, and with a target: censure of no one is not an event.
         */
        List<EventMention> censures(List<EventMention> coded, List<Integer> taken) {
            if (coded.stream().anyMatch(m -> m.type().equals("ACCUSE") || m.type().equals("REJECT"))) {
                return List.of();
            }
            for (int v = 0; v < syn.size(); v++) {
                if (!syn.token(v).isVerb() || !SPEAKING.contains(syn.lemma(v)) || taken.contains(v)) {
                    continue;
                }
                final int verb = v;
                if (taken.stream().anyMatch(a -> inScope(a, verb))) {
                    continue;
                }
                int subj = syn.child(v, "nsubj");
                if (subj < 0) {
                    continue;
                }
                List<ActorMention> source = actorsFor(subj).stream().filter(a -> !"MED".equals(a.sector())).toList();
                if (source.isEmpty()) {
                    continue;
                }
                int censure = -1;
                for (int k = 0; k < syn.size() && censure < 0; k++) {
                    String l = syn.lemma(k).toLowerCase(Locale.ROOT);
                    // "a stab in the back", "smash and grab": the nouns only ("was stabbed" tells a stabbing)
                    if (k != subj && !syn.isAncestor(subj, k) && CENSURE.contains(l)
                            && (syn.token(k).isNoun() || !CENSURE_NOUNS_ONLY.contains(l))) {
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
                    boolean speaker = source.stream().anyMatch(x -> overlaps(x, a) || Objects.equals(x.name(), a.name()));
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
                candidates.stream().filter(a -> phrase >= 0 && modifies(a, phrase)).findFirst().ifPresent(target::add);
                int obj = syn.child(v, "obj");
                if (target.isEmpty() && obj >= 0) {
                    // "called the British government a disgrace", "called the Democrats' inquiry a witch hunt"
                    candidates.stream().filter(a -> headOf(a) == obj).findFirst().ifPresent(target::add);
                    candidates.stream().filter(a -> target.isEmpty() && modifies(a, obj)).findFirst().ifPresent(target::add);
                }
                // "Boris Johnson is trying to ... — this is a deeply dangerous way": the subject of the clause the
                // words are in, past pronouns that point back ("this", "it")
                for (int x = censure; target.isEmpty() && x >= 0; x = syn.head(x)) {
                    int sub = syn.child(x, "nsubj");
                    if (sub < 0 || x == censure && syn.token(x).isNoun() && syn.child(x, "cop") < 0) {
                        continue;
                    }
                    ActorMention a = actorAt(sub);
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
                EventMention.Evidence ev = evidenceAt(v, syn.token(v).word() + " ... " + syn.token(censure).word());
                return List.of(assemble("ACCUSE", "disapprove", "111", source, target, "asserted", List.of(), null, ev,
                        EarlierEvents.CENSURE_PATTERN));
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
                if (!nominal || r.startsWith("nmod") && Set.of("on", "against", "including", "like", "such as", "for", "from", "to")
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
                // A relative clause on the event's own object describes it ("a resolution that aims to ...").
                if (r.equals("acl:relcl") && !(syn.head(syn.head(x)) == anchor && (syn.rel(syn.head(x)).equals("obj")
                        || syn.rel(syn.head(x)).startsWith("obl")))) {
                    return false;
                }
                if (r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("appos")) {
                    return false;
                }
                // "A treaty signed by X commits ...": the misparsed participle hangs the main verb off itself
                if (r.equals("dep") && syn.head(x) == anchor && misparsedParticiple(anchor)) {
                    return false;
                }
                if (r.startsWith("advcl") && SEPARATE_CLAUSE_MARKS.contains(syn.mark(x))) {
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

        // -------------------------------------------------------------- pattern matching

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
                    // Equal specificity: the pattern that also names the object's modifier ("ceasefire agreement") wins.
                    int score = p.specificity() * 10 + (modifierNamed(p, t) ? 1 : 0);
                    if (score > bestScore) {
                        best = p;
                        bestScore = score;
                    }
                }
            }
            return best;
        }

        /** A common noun standing alone as an argument (not a predicate, not a noun mistaken for a verb). */
        boolean eventNoun(int t) {
            String pos = syn.token(t).pos();
            return (pos.equals("NN") || pos.equals("NNS")) && syn.child(t, "aux") < 0 && syn.child(t, "cop") < 0
                    && syn.child(t, "nsubj") < 0;
        }

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
            if (p.particle() != null && !p.particle().equals(prt) && !hasPrep(t, p.particle())) {
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
                                : p.complements().contains(syn.lemma(c)))) {
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
            for (var e : p.prepNouns().entrySet()) {
                boolean ok = false;
                for (int o : syn.children(t, "obl")) {
                    ok |= syn.caseOf(o).equals(e.getKey()) && nounIn(o, e.getValue());
                }
                if (!ok) {
                    return false;
                }
            }
            if (!p.modals().isEmpty()) {
                boolean ok = false;
                for (int c : syn.children(t, "ccomp")) {
                    ok |= syn.auxiliaries(c).stream().anyMatch(p.modals()::contains);
                }
                if (!ok) {
                    return false;
                }
            }
            if (!p.subjects().isEmpty()) {
                int sb = syn.child(clause(t), "nsubj");
                if (sb < 0 || !nounIn(sb, p.subjects())) {
                    return false;
                }
            }
            return !p.negated() || syn.negated(t);
        }

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
            // "called for G7 action to correct ...": the for-to clause is often parsed as a clause of the verb
            if (prep.equals("for")) {
                for (int c : syn.children(clause(t), "advcl")) {
                    if (syn.mark(c).equals("for")) {
                        return true;
                    }
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

        boolean modifierNamed(Pattern p, int t) {
            int o = object(t);
            if (o < 0 || p.objects().isEmpty()) {
                return false;
            }
            for (int k : syn.children(o)) {
                String r = syn.rel(k);
                if ((r.equals("compound") || r.equals("amod")) && (p.objects().contains(syn.lemma(k)) || p.objects().contains(syn.word(k)))) {
                    return true;
                }
            }
            return false;
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
            int named = relativeObject(t);
            if (named >= 0 && (o < 0 || RELATIVE_PRONOUNS.contains(syn.word(o).toLowerCase(Locale.ROOT)))) {
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
                boolean subjectIsHead = s >= 0 && RELATIVE_PRONOUNS.contains(syn.word(s).toLowerCase(Locale.ROOT));
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
            return syn.children(t, "obl").stream().anyMatch(o -> syn.caseOf(o).equals("by"));
        }

        /** Passive in meaning: a passive clause, or a passive participle on a noun. */
        boolean passiveLike(int t) {
            return syn.passive(t) || participle(t) || misparsedParticiple(t);
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

        boolean nounIn(int n, Set<String> nouns) {
            if (nouns.contains("@actor") && actorAt(n) != null) {
                return true;
            }
            // "700 kg of medicine", "part of an aid programme": the measured noun is what counts
            if (PARTITIVE.contains(syn.lemma(n))) {
                for (int k : syn.children(n, "nmod")) {
                    if (syn.caseOf(k).equals("of") && nounIn(k, nouns)) {
                        return true;
                    }
                }
            }
            if (nouns.contains(syn.lemma(n)) || nouns.contains(syn.word(n))) {
                return true;
            }
            for (int k : syn.children(n)) {
                String r = syn.rel(k);
                if ((r.equals("compound") || r.equals("amod")) && (nouns.contains(syn.lemma(k)) || nouns.contains(syn.word(k)))) {
                    return true;
                }
                // a two-word noun listed as "war_game": the compound and the head together
                if (r.equals("compound") && nouns.contains(syn.lemma(k) + "_" + syn.lemma(n))) {
                    return true;
                }
            }
            return false;
        }

        // -------------------------------------------------------------- building the event

        EventMention build(int t, Pattern p) {
            boolean passive = passiveLike(t);
            int own = syn.child(t, "obj");
            if (own >= 0 && REFLEXIVES.contains(syn.word(own))) {
                why = "reflexive object: no one acted on another";
                return null; // "equipped themselves": no one acted on another
            }
            List<Integer> sourceHeads = new ArrayList<>();
            if (passive) {
                for (int o : syn.children(t, "obl")) {
                    if (syn.caseOf(o).equals("by")) {
                        sourceHeads.add(o);
                    }
                }
                // "The ambassadors were summoned to Israel's foreign ministry": without an agent, the ministry
                // an envoy is called to is the one that called them.
                if (sourceHeads.isEmpty() && SUMMONING.contains(syn.lemma(t))) {
                    for (int o : syn.children(t, "obl")) {
                        if (syn.caseOf(o).equals("to") && SUMMONING_PLACES.contains(syn.lemma(o))) {
                            sourceHeads.add(o);
                        }
                    }
                }
            } else if (!undergone(p)) {
                int s = subject(t, 0);
                if (s >= 0) {
                    sourceHeads.add(s);
                }
            } else {
                // "faces a lawsuit from three states", "faces charges by federal prosecutors"
                for (int k : syn.children(syn.child(t, "obj") >= 0 ? syn.child(t, "obj") : t)) {
                    if (syn.rel(k).startsWith("nmod") && Set.of("from", "by").contains(syn.caseOf(k))) {
                        sourceHeads.add(k);
                    }
                }
                for (int o : syn.children(t, "obl")) {
                    if (Set.of("from", "by").contains(syn.caseOf(o))) {
                        sourceHeads.add(o);
                    }
                }
            }
            List<ActorMention> source = new ArrayList<>();
            for (int h : sourceHeads) {
                source.addAll(actorsFor(h));
            }
            // "Two suspects were arrested", "the mayor was stabbed": a deliberate harm told without its agent
            boolean agentless = source.isEmpty() && sourceHeads.isEmpty() && (passive
                    && AGENTLESS_HARMS.contains(syn.lemma(t)) || undergone(p));
            if (source.isEmpty() && !agentless) {
                log.debug("{}: no source for '{}' ({})", syn.sentence.index(), syn.token(t).word(), p.id());
                why = "no coded source actor";
                return null;
            }
            if (p.type().equals("COERCE") && !source.isEmpty() && source.stream().allMatch(a -> "HLH".equals(a.sector()))) {
                why = "health and rescue services do not coerce"; // "firefighters searched the charred apartments"
                return null;
            }
            List<ActorMention> target = new ArrayList<>();
            targetType = p.type();
            for (String place : p.targets()) {
                boolean strict = place.endsWith("!");
                String where = strict ? place.substring(0, place.length() - 1) : place;
                for (int h : targetHeads(t, where, passive)) {
                    // "!": the phrase must itself name an actor, not merely contain one ("regret to the Ukraine conflict")
                    List<ActorMention> named = strict ? (actorAt(h) == null ? List.of() : actorsFor(h)) : actorsFor(h);
                    for (ActorMention a : named) {
                        if (ownedBySource(a, source)) {
                            continue; // "pulled its forces out of Congo": the source's own units are not the target
                        }
                        if (source.stream().noneMatch(s -> overlaps(s, a) || samePerson(s, a)) && !target.contains(a)) {
                            target.add(a);
                        }
                    }
                }
                if (!target.isEmpty()) {
                    break;
                }
            }
            if (target.isEmpty() && p.ownTarget()) {
                target.addAll(ownOfficials(t, p, source));
            }
            if (target.isEmpty() && !source.isEmpty()) {
                ownLand(t, p, source).or(() -> countedPeople(t, p, source)).or(() -> ownPeople(t, p, source))
                        .ifPresent(target::add);
            }
            if (target.isEmpty() && PLEAS.contains(p.id()) && !source.isEmpty()) {
                // "pleaded not guilty": a plea is made to a court, named or not
                target.add(implied(t, "court", placeOf(t, source.get(0).country()), "JUD"));
            }
            // Patterns that are strict about their target ("needtgt", "to!") get no fallback.
            if (target.isEmpty() && !p.targets().isEmpty() && !p.targetRequired() && !agentless && !undergone(p)
                    && p.targets().stream().noneMatch(x -> x.endsWith("!"))) {
                // "called for the killers to be brought to justice": wrongdoers named near a verb are seldom its target
                nearestActors(t, source).stream().filter(a -> !"CRM".equals(a.sector())).forEach(target::add);
            }
            target.removeIf(a -> source.stream().anyMatch(x -> samePerson(x, a))); // no one acts on themself
            targetType = null;
            if (agentless) {
                if (target.isEmpty()) {
                    why = "no coded source actor, nor a coded victim to imply one from";
                    return null;
                }
                String where = placeOf(t, target.get(0).country());
                source.add(switch (p.type()) {
                    case "COERCE" -> implied(t, "police", where, "COP");
                    case "ACCUSE", "SANCTION" -> implied(t, VERDICTS.contains(syn.lemma(t)) ? "court" : "prosecutors", where, "JUD");
                    case "CONCEDE" -> implied(t, "court", where, "JUD"); // "was acquitted
                    default -> implied(t, "attacker", where, null);
                });
            }
            if (counterfactual(t)) {
                why = "counterfactual: it did not happen";
                return null; // "a bill that would have allowed China to extradite suspects"
            }
            if (p.type().equals("REQUEST") && question(t)) {
                why = "a question asked, not a request";
                return null;
            }
            if (p.type().equals("THREATEN") && weatherWarning(t)) {
                why = "a weather warning, not a threat";
                return null;
            }
            if (wishedOfOthers(t)) {
                why = "someone else's wish or expectation, not an act";
                return null; // "his staff want him to resign"
            }
            Modality mod = modality(t, p);
            String type = p.type();
            String mode = p.mode();
            String cameo = p.cameo();
            String certainty = mod.certainty;
            if (mod.future && !p.negated() && !"negated".equals(certainty)) {
                // "will resign": a stated resignation stays what it is, planned
                String[] intent = "0831".equals(cameo) ? null : intent(type, mode);
                if (intent != null) {
                    type = intent[0];
                    mode = intent[1];
                    cameo = intent[2];
                } else if (certainty.equals("asserted")) {
                    certainty = "planned";
                }
            }
            // A request needs someone it is made to; without one it is too often a bare statement ("called for calm").
            // "called for G7 action", "said foreign powers should leave": a public demand stands without an addressee.
            boolean bareDemand = PUBLIC_DEMANDS.contains(p.id());
            boolean needs = p.targetRequired() || type.equals("REQUEST") && !bareDemand
                    || ontology.type(type).needsTarget() && !p.targetOptional();
            if (target.isEmpty() && needs) {
                log.debug("{}: no target for '{}' ({})", syn.sentence.index(), syn.token(t).word(), p.id());
                why = "no coded target actor (the pattern needs one)";
                return null;
            }
            if (target.isEmpty() && certainty.equals("hypothetical")) {
                why = "a hypothetical act aimed at no one"; // "he can and may declare an emergency"
                return null;
            }
            if (describesSubject(t)) {
                why = "a description of the subject, told as background";
                return null; // "the states filing suit have standing"
            }
            return assemble(type, mode, cameo, source, target, certainty, mod.reportedBy, quantity(t), evidence(t, p),
                    p.id());
        }

        /**
         * "declared a state of emergency for the state", "imposed a curfew across the country": a land named only by
         * its kind is the source's own (the article has already named it), so the target is of the source's country.
         */
        private Optional<ActorMention> ownLand(int t, Pattern p, List<ActorMention> source) {
            for (String place : p.targets()) {
                if (place.endsWith("!") || !LAND_CASES.contains(place)) {
                    continue;
                }
                for (int h : targetHeads(t, place, false)) {
                    int det = syn.child(h, "det");
                    if (LANDS.contains(syn.lemma(h).toLowerCase(Locale.ROOT)) && actorAt(h) == null && det >= 0
                            && Set.of("the", "this").contains(syn.word(det).toLowerCase(Locale.ROOT))
                            && source.get(0).country() != null) {
                        return Optional.of(supplied(det, h + 1, syn.sentence.span(det, h + 1) + " (the source's own)",
                                source.get(0).country(), null, "own-land"));
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * "They arrested three for trespassing": people told only by their number, held by a police or an army, are
         * people of the country it acts in: the source's own.
         */
        private Optional<ActorMention> countedPeople(int t, Pattern p, List<ActorMention> source) {
            int o = syn.child(t, "obj");
            String country = source.get(0).country();
            if (!p.type().equals("COERCE") || o < 0 || actorAt(o) != null || country == null
                    || !(syn.token(o).pos().equals("CD") || syn.word(o).equalsIgnoreCase("another"))) {
                return Optional.empty();
            }
            return Optional.of(supplied(o, o + 1, syn.word(o) + " (people held, of the source's country)", country,
                    "CVL", "counted-people"));
        }

        /**
         * "The legislature voted to legalise same-sex marriage": a law that grants rights at home is granted to the
         * source's own people.
         */
        private Optional<ActorMention> ownPeople(int t, Pattern p, List<ActorMention> source) {
            String country = source.get(0).country();
            if (!HOME_GRANTS.contains(p.id()) || country == null || !STATE_SECTORS.contains(source.get(0).sector())) {
                return Optional.empty();
            }
            return Optional.of(supplied(t, t + 1, "the people of " + country + " (granted by '" + syn.word(t) + "')",
                    country, "CVL", "own-people"));
        }

        /** "the states filing suit have standing": an -ing phrase that says who a sentence's subject is. */
        private boolean describesSubject(int t) {
            int g = syn.head(t);
            return g >= 0 && syn.rel(t).equals("acl") && syn.token(t).pos().equals("VBG") && !afterComma(t)
                    && syn.rel(g).startsWith("nsubj");
        }

        /**
         * The unnamed agent of a passive harm ("two suspects were arrested", "the minister was stabbed"): the police,
         * or an attacker, of the country where it happened ("arrested in Lebanon"), else of the victim. Marked by its
         * rule, "implied-agent", and its name, so that no one takes it for a named actor.
         */
        ActorMention implied(int t, String who, String country, String sector) {
            return supplied(t, t + 1, "unnamed " + who + " (implied by '" + syn.word(t) + "')", country, sector,
                    IMPLIED_AGENT);
        }

        /** An actor the coder supplies where the text names none, over tokens [b, e) and marked by its rule. */
        ActorMention supplied(int b, int e, String name, String country, String sector, String rule) {
            return new ActorMention(syn.sentence.index(), b, e, syn.token(b).begin(), syn.token(e - 1).end(),
                    syn.sentence.span(b, e), name, country, sector, sector == null ? country : country + sector, null,
                    rule);
        }

        /** The country of the place a verb is said to happen in ("arrested in Lebanon"), else {@code otherwise}. */
        String placeOf(int t, String otherwise) {
            for (int o : syn.children(t, "obl")) {
                ActorMention a = actorAt(o);
                if (a != null && a.sector() == null && a.country() != null && PLACE_CASES.contains(syn.caseOf(o))) {
                    return a.country();
                }
            }
            return otherwise;
        }

        /**
         * An event told by a noun: "Iran's attack on Israel", "the Israeli strike near Isfahan", "missile launches by
         * North Korea", "Canada's expulsion of six Indian diplomats", "the summit between X and Y". The source is
         * the noun's possessive, nationality or compound actor, or its by-phrase; with "between" the first party.
         */
        EventMention buildNoun(int t, Pattern p) {
            // "worked to arrange a meeting between X and Y": a meeting proposed is not one held
            for (int x = t; syn.head(x) >= 0 && syn.token(x).isNoun(); x = syn.head(x)) {
                int g = syn.head(x);
                if (!syn.token(g).isNoun() && (PLAN.contains(syn.lemma(g)) || PROSPECTS.contains(syn.lemma(g)))) {
                    why = "a noun event only proposed or feared";
                    return null;
                }
            }
            if (longAgo()) {
                why = "a noun event dated years before the report: background";
                return null;
            }
            List<ActorMention> source = new ArrayList<>();
            List<ActorMention> target = new ArrayList<>();
            if (p.targets().contains("between")) {
                for (int n : syn.children(t, "nmod")) {
                    if (!syn.caseOf(n).equals("between")) {
                        continue;
                    }
                    List<ActorMention> parties = actorsFor(n);
                    if (parties.size() >= 2) {
                        source.add(parties.get(0));
                        for (ActorMention a : parties.subList(1, parties.size())) {
                            if (!Objects.equals(a.country(), parties.get(0).country())) {
                                target.add(a);
                            }
                        }
                    }
                }
                if (target.isEmpty()) {
                    why = "no two parties between which it took place";
                    return null;
                }
            } else {
                for (int k : syn.children(t)) {
                    String r = syn.rel(k);
                    boolean agent = r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")
                            || r.startsWith("nmod") && syn.caseOf(k).equals("by");
                    if (agent && actorAt(k) != null) {
                        for (ActorMention a : actorsFor(k)) {
                            // "a Kabul car bombing": a town named before the noun is where, not who
                            if (!source.contains(a) && !(!r.startsWith("nmod") && placeWord(a))) {
                                source.add(a);
                            }
                        }
                    }
                }
                // "O'Rourke announced the end of his campaign": an act one announces of oneself
                int g = syn.head(t);
                if (source.isEmpty() && g >= 0 && syn.rel(t).equals("obj") && ANNOUNCING.contains(syn.lemma(g))) {
                    int s = subject(g, 0);
                    if (s >= 0) {
                        source.addAll(actorsFor(s));
                    }
                }
                if (source.isEmpty()) {
                    why = "no coded source actor";
                    return null;
                }
                targetType = p.type();
                for (String place : p.targets()) {
                    for (int n : syn.children(t, "nmod")) {
                        if (!syn.caseOf(n).equals(place)) {
                            continue;
                        }
                        for (ActorMention a : actorsFor(n)) {
                            if (!ownedBySource(a, source) && source.stream().noneMatch(x -> overlaps(x, a))
                                    && !target.contains(a)) {
                                target.add(a);
                            }
                        }
                    }
                    if (!target.isEmpty()) {
                        break;
                    }
                }
                targetType = null;
            }
            boolean needs = p.targetRequired() || ontology.type(p.type()).needsTarget() && !p.targetOptional();
            if (target.isEmpty() && needs) {
                why = "no coded target actor (the pattern needs one)";
                return null;
            }
            Modality mod = modality(t, p);
            String certainty = mod.future && mod.certainty.equals("asserted") ? "planned" : mod.certainty;
            return assemble(p.type(), p.mode(), p.cameo(), source, target, certainty, mod.reportedBy, null,
                    evidence(t, p), p.id());
        }

        /** "In 2006, Abqaiq was the target of an attack": the sentence is dated a year or more before the report. */
        boolean longAgo() {
            LocalDate day = doc.article() == null ? null : doc.article().publicationDate().orElse(null);
            if (day == null) {
                return false;
            }
            for (var x : doc.timexesIn(syn.sentence.index())) {
                String v = x.value();
                if (v != null && v.matches("\\d{4}.*") && Integer.parseInt(v.substring(0, 4)) < day.getYear() - 1) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Yoon convened a meeting with top security officials": officials named by role alone, with no
         * country of their own, are the convener's own, coded with the source's country and the role's sector.
         */
        List<ActorMention> ownOfficials(int t, Pattern p, List<ActorMention> source) {
            String country = source.get(0).country();
            if (country == null || source.stream().anyMatch(s -> !country.equals(s.country()))) {
                return List.of();
            }
            LocalDate day = doc.article() == null ? null : doc.article().publicationDate().orElse(null);
            for (String place : p.targets()) {
                for (int h : targetHeads(t, place.replace("!", ""), syn.passive(t))) {
                    if (actorAt(h) != null || !syn.token(h).pos().startsWith("NN")) {
                        continue;
                    }
                    Optional<ActorEntry> role = ActorCoder.defaults().lookup(syn.lemma(h), day == null ? LocalDate.now() : day);
                    if (role.isEmpty() || !"role".equals(role.get().kind()) || role.get().sector() == null) {
                        continue;
                    }
                    int b = h;
                    for (int k : syn.children(h)) {
                        if (k < b && !syn.rel(k).equals("case") && !syn.rel(k).equals("det")) {
                            b = Math.min(b, k);
                        }
                    }
                    Token first = syn.token(b);
                    Token last = syn.token(h);
                    String sector = role.get().sector();
                    return List.of(new ActorMention(syn.sentence.index(), b, h + 1, first.begin(), last.end(),
                            syn.sentence.span(b, h + 1), source.get(0).name() + " " + syn.lemma(h), country, sector,
                            country + sector, null, "events:own-officials"));
                }
            }
            return List.of();
        }

        boolean ownedBySource(ActorMention a, List<ActorMention> source) {
            if (a.tokenBegin() >= syn.size() || source.stream().noneMatch(s -> Objects.equals(s.country(), a.country()))) {
                return false;
            }
            String first = syn.word(a.tokenBegin());
            return syn.token(a.tokenBegin()).pos().equals("PRP$") && Set.of("its", "their", "our", "his", "her").contains(first);
        }

        /** "The senator faces charges": the pattern's target is the verb's subject, its agent left unsaid. */
        private static boolean undergone(Pattern p) {
            return !p.targets().isEmpty() && p.targets().get(0).equals("subj");
        }

        /** Where a target may be, as head tokens whose actors are looked up. */
        List<Integer> targetHeads(int t, String where, boolean passive) {
            List<Integer> out = new ArrayList<>();
            switch (where) {
                case "subj" -> {
                    int s = syn.child(t, "nsubj:pass") >= 0 ? syn.child(t, "nsubj:pass") : subject(t, 0);
                    if (s >= 0) {
                        out.add(s);
                    }
                }
                case "obj" -> {
                    int o = passive ? syn.child(t, "nsubj:pass") : syn.child(t, "obj");
                    if (o < 0 || RELATIVE_PRONOUNS.contains(syn.word(o).toLowerCase(Locale.ROOT))) {
                        o = relativeObject(t) >= 0 ? relativeObject(t) : o;
                    }
                    if (o >= 0) {
                        out.add(o);
                    }
                }
                case "iobj" -> out.addAll(syn.children(t, "iobj"));
                case "cond" -> {
                    // "threatened to stop talks if the United States ...": the party the condition is put to
                    List<Integer> clauses = new ArrayList<>(List.of(t));
                    for (int c : syn.complements(t)) {
                        clauses.add(c);
                        clauses.addAll(syn.complements(c));
                        clauses.addAll(syn.children(c, "advcl"));
                    }
                    for (int c : clauses) {
                        for (int a : syn.children(c, "advcl")) {
                            if (Set.of("if", "unless").contains(syn.mark(a)) && syn.child(a, "nsubj") >= 0) {
                                out.add(syn.child(a, "nsubj"));
                            }
                        }
                    }
                }
                case "csubj" -> {
                    List<Integer> clauses = new ArrayList<>(syn.complements(t));
                    int obj = syn.child(t, "obj");
                    if (obj >= 0) {
                        // "reiterated its demand that Israel ease ..."
                        clauses.addAll(syn.children(obj, "acl"));
                        clauses.addAll(syn.children(obj, "ccomp"));
                    }
                    for (int c : clauses) {
                        int s = syn.child(c, "nsubj");
                        if (s < 0) {
                            s = syn.child(c, "nsubj:pass");
                            ActorMention a = s < 0 ? null : actorAt(s);
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
                        }
                        for (int ob : syn.children(c, "obl")) {
                            if (!syn.caseOf(ob).equals("by")) {
                                out.add(ob);
                            }
                        }
                    }
                }
                default -> {
                    for (int o : syn.children(clause(t), "obl")) {
                        if (syn.caseOf(o).equals(where)) {
                            out.add(o);
                        }
                    }
                    // "signed a treaty on partnership with X": the phrase may hang off the object's modifiers
                    int obj = object(t);
                    List<Integer> level = obj >= 0 ? List.of(obj) : List.of();
                    for (int d = 0; d < 3 && !level.isEmpty(); d++) {
                        List<Integer> next = new ArrayList<>();
                        for (int x : level) {
                            for (int n : syn.children(x, "nmod")) {
                                if (syn.caseOf(n).equals(where)) {
                                    out.add(n);
                                } else {
                                    next.add(n);
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
            for (int k : syn.children(clause(t))) {
                if (fallbackEdge(k)) {
                    level.add(k);
                }
            }
            if (clause(t) != t) {
                level.add(syn.head(t));
            }
            for (int depth = 0; depth < 5 && !level.isEmpty(); depth++) {
                List<ActorMention> found = new ArrayList<>();
                List<Integer> next = new ArrayList<>();
                for (int x : level) {
                    ActorMention a = actorAt(x);
                    if (a != null && source.stream().noneMatch(s -> overlaps(s, a))) {
                        for (ActorMention c : actorsFor(x)) {
                            if (!found.contains(c) && !ownedBySource(c, source) && source.stream().noneMatch(s -> overlaps(s, c))) {
                                found.add(c);
                            }
                        }
                    } else {
                        for (int k : syn.children(x)) {
                            if (fallbackEdge(k) && !syn.rel(k).startsWith("conj")) {
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

        boolean fallbackEdge(int k) {
            String r = syn.rel(k);
            if (r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("punct") || r.startsWith("parataxis")
                    || r.equals("dep") && misparsedParticiple(syn.head(k))
                    || r.equals("acl:relcl") || r.equals("appos") || r.equals("cc") || r.equals("mark") || r.equals("aux")) {
                return false;
            }
            // A clause with a subject of its own ("after protesters stormed its embassy") tells another event; its
            // actors are not this verb's unnamed target.
            if (r.startsWith("advcl") && (SEPARATE_CLAUSE_MARKS.contains(syn.mark(k))
                    || !syn.children(k, "nsubj").isEmpty())) {
                return false;
            }
            // "was claimed by the Houthis, but Saudi Arabia alleged Iranian involvement": likewise a coordinated clause
            if (r.equals("conj") && (!syn.children(k, "nsubj").isEmpty() || !syn.children(k, "nsubj:pass").isEmpty())) {
                return false;
            }
            String c = syn.caseOf(k);
            // "launched a missile from the Pyongyang area": where it came from is not who it was aimed at
            if (c.equals("according to") || (c.equals("by") && passiveLike(syn.head(k))) || c.equals("from") && ORIGIN_TYPES.contains(targetType) || skipCase(c)
                    || ASIDE_CASES.contains(c)) {
                return false;
            }
            return !(r.equals("ccomp") && SPEECH.contains(syn.lemma(syn.head(k))));
        }

        /** The subject of a verb, through control, coordination and clauses that share it; -1 when none. */
        /**
         * "would have allowed", "could have stopped": a past that did not happen (the verb, or a verb whose
         * complement it is).
         */
        boolean counterfactual(int t) {
            for (int x = t; x >= 0; x = syn.head(x)) {
                List<String> aux = syn.auxiliaries(x).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
                if (syn.token(x).pos().equals("VBN") && aux.contains("have")
                        && (aux.contains("would") || aux.contains("could") || aux.contains("might"))) {
                    return true;
                }
                if (!syn.rel(x).equals("xcomp")) {
                    return false;
                }
            }
            return false;
        }

        /** Things said or written: an -ing clause on one of them is its author's act. */
        static final Set<String> MESSAGES = Set.of("message", "statement", "letter", "tweet", "post", "note", "speech",
                "remarks", "communique", "communiqué", "video", "address", "op-ed", "article", "press release");

        /**
         * "posted a message on Twitter blaming Iran": an -ing clause on a message (the object of the verb that
         * put it out) is its author's act; the verb that put it out, or -1.
         */
        int saidIn(int v) {
            if (!syn.rel(v).equals("acl") || !syn.token(v).pos().equals("VBG")) {
                return -1;
            }
            int g = syn.head(v);
            if (g < 0 || !MESSAGES.contains(syn.lemma(g)) || actorAt(g) != null) {
                return -1;
            }
            int gg = syn.head(g);
            return gg >= 0 && (syn.rel(g).equals("obj") || syn.rel(g).startsWith("obl")) ? gg : -1;
        }

        int subject(int v, int guard) {
            if (guard > 8 || v < 0) {
                return -1;
            }
            if (attributive(v)) {
                return subject(clause(v), guard + 1);
            }
            int said = saidIn(v);
            if (said >= 0) {
                return subject(said, guard + 1);
            }
            int s = syn.child(v, "nsubj");
            if (s >= 0) {
                String w = syn.word(s).toLowerCase(Locale.ROOT);
                if (PRONOUNS.contains(w) && syn.token(s).pos().startsWith("PRP")) {
                    int a = pronounAntecedent(v, s);
                    // "He recently condemned ...": the actor coder's reading of a pronoun naming someone from before
                    return a < 0 && actorAt(s) != null ? s : a;
                }
                if (Set.of("which", "who", "that").contains(w) && syn.rel(v).equals("acl:relcl")) {
                    return syn.head(v);
                }
                // "voted 66 to 27 to legalize ...": the parser takes the tally for the subject of what was voted
                if (syn.token(s).pos().equals("CD") && syn.head(v) >= 0 && syn.lemma(syn.head(v)).equals("vote")) {
                    return subject(syn.head(v), guard + 1);
                }
                return s;
            }
            int g = syn.head(v);
            if (g < 0) {
                return -1;
            }
            String r = syn.rel(v);
            if (r.equals("xcomp")) {
                int o = syn.child(g, "obj");
                if (o >= 0 && OBJECT_CONTROL.contains(syn.lemma(g))) {
                    return o;
                }
                if (syn.passive(g)) {
                    int sp = syn.child(g, "nsubj:pass");
                    if (sp >= 0 && OBJECT_CONTROL.contains(syn.lemma(g))) {
                        return sp;
                    }
                }
                return subject(g, guard + 1);
            }
            if (r.startsWith("advcl") && (syn.mark(v).equals("as") || syn.caseOf(v).equals("as")) && syn.child(g, "obj") >= 0) {
                return syn.child(g, "obj"); // "cited an audit as prohibiting him": the audit prohibits
            }
            if (r.startsWith("conj") || (r.startsWith("advcl") && !SEPARATE_CLAUSE_MARKS.contains(syn.mark(v)))) {
                return subject(g, guard + 1);
            }
            boolean ing = syn.token(v).pos().equals("VBG");
            // "addressed reporters in New York, calling for ...": set off by a comma (or left loose by the parser),
            // the -ing clause tells what the subject did, whatever noun the parser hung it on
            if (ing && r.equals("dep")) {
                return subject(g, guard + 1);
            }
            int verb = ing && r.equals("acl") && afterComma(v) ? verbOfObject(g) : -1;
            if (verb >= 0) {
                return subject(verb, guard + 1);
            }
            if (ing && r.equals("acl") && afterComma(v)) {
                // "struck Surigao del Sur, Philippines, injuring 25": the clause's verb does it, not the place
                for (int x = syn.head(g); x >= 0; x = syn.head(x)) {
                    if (syn.token(x).isVerb()) {
                        return subject(x, guard + 1);
                    }
                }
                return -1;
            }
            if (r.equals("acl") && ing && !syn.mark(v).equals("to")) {
                return g; // "soldiers equipping themselves": the noun does it
            }
            if (r.equals("acl")) {
                for (int k : syn.children(g, "nmod:poss")) {
                    return k;
                }
                int gg = syn.head(g);
                if (gg >= 0 && (syn.rel(g).equals("obj") || syn.rel(g).startsWith("obl"))) {
                    return subject(gg, guard + 1);
                }
            }
            return -1;
        }

        /** "neither the European Union nor the United States recognised it": a subject that denies the verb. */
        boolean neitherNor(int v) {
            int s = syn.child(clause(v), "nsubj");
            return s >= 0 && syn.children(s).stream().anyMatch(k -> syn.word(k).equalsIgnoreCase("neither"));
        }

        /** "asked him how the research began": a question, not a request. */
        boolean question(int v) {
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

        /** "issued a flash flood warning": weather, not a threat. */
        boolean weatherWarning(int v) {
            List<Integer> warned = new ArrayList<>();
            if (object(v) >= 0) {
                warned.add(object(v));
            }
            // "warned of potential flash floods"
            syn.children(v, "obl").stream().filter(o -> Set.of("of", "about").contains(syn.caseOf(o))).forEach(warned::add);
            return warned.stream().anyMatch(o -> weather(o) || syn.children(o).stream().anyMatch(this::weather));
        }

        private boolean weather(int k) {
            return WEATHER.contains(syn.lemma(k).toLowerCase(Locale.ROOT));
        }

        /** "want him to resign", "expect Iran to retaliate": the complement of a wish held about someone else. */
        private boolean wishedOfOthers(int v) {
            int g = syn.head(v);
            return g >= 0 && syn.rel(v).equals("xcomp") && WISHES.contains(syn.lemma(g)) && syn.child(g, "obj") >= 0;
        }

        private boolean afterComma(int v) {
            return v > 0 && syn.word(v - 1).equals(",");
        }

        /** The verb whose object or oblique holds a noun ("reporters in New York, New York"), or -1. */
        private int verbOfObject(int noun) {
            int n = noun;
            for (int i = 0; i < 6 && n >= 0; i++, n = syn.head(n)) {
                String r = syn.baseRel(n);
                if (r.equals("obj") || r.equals("obl") || r.equals("iobj")) {
                    return syn.head(n);
                }
                if (!Set.of("nmod", "appos", "compound", "flat", "conj").contains(r)) {
                    return -1;
                }
            }
            return -1;
        }

        /** "X said it would ...": a pronoun subject of a reported clause is the speaker. */
        int pronounAntecedent(int v, int pronoun) {
            for (int x = v; x >= 0; x = syn.head(x)) {
                // '"We warn the Saudis ...", Saree said': who says the quote says "we" and "I"
                if (FIRST_PERSON.contains(syn.word(pronoun).toLowerCase(Locale.ROOT))) {
                    for (int k : syn.children(x, "parataxis")) {
                        int sp = syn.child(k, "nsubj");
                        if (SPEECH.contains(syn.lemma(k)) && sp >= 0 && !PRONOUNS.contains(syn.word(sp).toLowerCase(Locale.ROOT))) {
                            return sp;
                        }
                    }
                }
                int g = syn.head(x);
                if (g < 0) {
                    break;
                }
                if (syn.rel(x).equals("ccomp") || syn.rel(x).equals("xcomp")) {
                    int s = syn.child(g, "nsubj");
                    if (s >= 0 && s != pronoun && !PRONOUNS.contains(syn.word(s)) && !quotedSpeaker(pronoun, s)) {
                        return s;
                    }
                }
            }
            // Otherwise the nearest earlier actor in the sentence that heads a subject; "he" and "she" only a person,
            // whatever its place ("the government asked Judge Miller to wait, but he declined").
            boolean personal = Set.of("he", "she").contains(syn.word(pronoun).toLowerCase(Locale.ROOT));
            for (int i = pronoun - 1; i >= 0; i--) {
                if (syn.rel(i).startsWith("nsubj") && !PRONOUNS.contains(syn.word(i)) && !actorsFor(i).isEmpty()
                        && !quotedSpeaker(pronoun, i) && (!personal || isPerson(actorAt(i)))) {
                    return i;
                }
            }
            for (int i = pronoun - 1; personal && i >= 0; i--) {
                ActorMention a = actorAt(i);
                if (a != null && isPerson(a) && i == a.tokenEnd() - 1 && !quotedSpeaker(pronoun, i)) {
                    return i;
                }
            }
            return -1;
        }

        /** A mention of a person: named as one by the NER, or coded by a rule for persons. */
        private boolean isPerson(ActorMention a) {
            if (a == null || a.rule() == null) {
                return false;
            }
            boolean named = a.tokenEnd() - 1 < syn.size() && syn.token(a.tokenEnd() - 1).ner().equals("PERSON");
            return named || a.rule().contains("person") && !a.rule().equals("person's-body")
                    || Set.of("name-coreference", "pronoun-coreference", "apposition").contains(a.rule());
        }

        /**
         * 'Durbin said "... he has faced so many lawsuits"': in a quote, "he" or "she" is not the one who speaks it
         * (the speaker says "I").
         */
        private boolean quotedSpeaker(int pronoun, int subject) {
            if (FIRST_PERSON.contains(syn.word(pronoun).toLowerCase(Locale.ROOT))) {
                return false;
            }
            int g = syn.head(subject);
            return doc.quoted(syn.sentence.index(), pronoun) && g >= 0 && SPEAKING.contains(syn.lemma(g));
        }

        /** The event type being coded, for the place rule of {@link #skipCase}; null while finding sources. */
        String targetType;

        boolean skipCase(String c) {
            return targetType != null && (TOPIC_CASES.contains(c)
                    || PLACE_CASES.contains(c) && !PLACE_IS_TARGET.contains(targetType));
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
                for (int i = at.tokenBegin(); i < at.tokenEnd() && i < syn.size(); i++) {
                    for (int c : syn.children(i)) {
                        String r = syn.rel(c);
                        if (!(r.startsWith("conj") || r.equals("amod") || r.equals("compound"))) {
                            continue;
                        }
                        for (int cc : syn.withConjuncts(c)) {
                            ActorMention ac = actorAt(cc);
                            if (ac != null && !out.contains(ac) && (r.startsWith("conj") || syn.withConjuncts(c).size() > 1)) {
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
                                && TOPIC_CASES.contains(syn.caseOf(k))) {
                            continue; // "a resolution on Ukraine", "talks in Geneva": topics and places, not parties
                        }
                        if (eventNoun && depth == 0 && r.startsWith("nmod") && !r.equals("nmod:poss")
                                && !Set.of("by", "from").contains(syn.caseOf(k))) {
                            continue; // "the attack on the embassy": the victim is not who is criticised
                        }
                        if (r.startsWith("nmod") && !eventNoun && syn.caseOf(k).equals("between")) {
                            continue; // "a pact between the EU and Mercosur requires ...": the pact is not its parties
                        }
                        if (r.startsWith("nmod") && KIN.contains(syn.lemma(x))) {
                            continue; // "the fiancée of journalist Jamal Khashoggi" is not Khashoggi
                        }
                        // "the rebels backed by Iran": the actor of a clause on the noun is not the noun's own
                        if (r.equals("acl:relcl") || r.equals("acl") && byAgent(k) || r.startsWith("advcl") || r.startsWith("parataxis") || r.equals("punct")
                                || r.startsWith("ccomp") || r.startsWith("conj") || r.startsWith("nsubj")
                                || r.equals("obj") && !syn.token(x).isNoun()) {
                            continue;
                        }
                        ActorMention a = actorAt(k);
                        if (a != null && eventNoun && depth == 0 && placeWord(a) && (r.equals("compound") || r.equals("amod"))) {
                            continue; // "a Nairobi car bombing": where, not who
                        }
                        if (a != null && r.equals("appos") && a.sector() == null && PLACE_NER.contains(syn.token(x).ner())) {
                            continue; // "Surigao del Sur, Philippines": the country says where the place is
                        }
                        if (a != null && depth > 0 && (placeWord(a) || a.sector() == null && a.rule().startsWith("kb-place"))
                                && PLACE_CASES.contains(syn.caseOf(k))) {
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
                        } else {
                            next.add(k);
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

        // -------------------------------------------------------------- modality, attribution, quantity

        Modality modality(int t, Pattern p) {
            Modality m = new Modality();
            if (!p.negated() && (syn.negated(t) || neitherNor(t))) {
                m.certainty = "negated";
            }
            readAux(t, m);
            readAdverbs(t, m);
            List<String> reporters = new ArrayList<>();
            for (int x = clause(t); x >= 0; x = syn.head(x)) {
                accordingTo(x, reporters);
                int g = syn.head(x);
                if (g < 0) {
                    break;
                }
                String r = syn.rel(x);
                String gl = syn.lemma(g);
                if (r.equals("xcomp") || (r.equals("ccomp") && !SPEECH.contains(gl))) {
                    int gobj = syn.child(g, "obj");
                    boolean planNoun = gobj >= 0 && PLAN_NOUNS.contains(syn.word(gobj));
                    if ((PLAN.contains(gl) || planNoun) && !m.certainty.equals("negated")) {
                        m.certainty = "planned";
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
                } else if (r.equals("ccomp") || r.equals("parataxis") && SPEECH.contains(gl)) {
                    if (SPEECH.contains(gl)) {
                        int s = syn.child(g, "nsubj");
                        if (s >= 0) {
                            reporters.add(0, speaker(s));
                        }
                    }
                } else if (r.startsWith("advcl") && Set.of("if", "unless").contains(syn.mark(x))) {
                    m.certainty = "hypothetical";
                }
            }
            // A parenthetical speech verb ("..., officials said.") hangs off the main clause.
            for (int x = t; x >= 0; x = syn.head(x)) {
                for (int k : syn.children(x, "parataxis")) {
                    if (SPEECH.contains(syn.lemma(k)) && syn.child(k, "nsubj") >= 0) {
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

        void readAux(int v, Modality m) {
            for (String a : syn.auxiliaries(v)) {
                // "forces are to withdraw", "is to visit": be with a to-infinitive tells what is arranged, as "will"
                boolean beTo = BE.contains(a.toLowerCase(Locale.ROOT)) && "to".equalsIgnoreCase(syn.mark(v));
                if (FUTURE.contains(a) || beTo) {
                    m.future = true;
                } else if (MAYBE.contains(a) && !m.certainty.equals("negated")) {
                    m.certainty = "hypothetical";
                }
            }
        }

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

        void accordingTo(int v, List<String> reporters) {
            for (int k : syn.children(v)) {
                if ((syn.rel(k).startsWith("obl") || syn.rel(k).startsWith("nmod")) && syn.caseOf(k).equals("according to")) {
                    reporters.add(0, speaker(k));
                }
            }
        }

        String speaker(int h) {
            List<ActorMention> as = actorsFor(h);
            if (!as.isEmpty() && as.get(0).name() != null && actorAt(h) != null) {
                return as.get(0).name();
            }
            String ph = syn.phrase(h);
            return ph.replaceFirst("^(?i)(the|a|an) ", "");
        }

        EventMention.Quantity quantity(int t) {
            List<Integer> heads = new ArrayList<>();
            int o = object(t);
            if (o >= 0) {
                heads.add(o);
            }
            for (int c : syn.complements(t)) {
                int co = syn.child(c, "obj");
                if (co >= 0) {
                    heads.add(co);
                }
            }
            for (int h : heads) {
                for (int k : syn.children(h, "nummod")) {
                    Long v = number(k);
                    if (v != null) {
                        return new EventMention.Quantity(v, syn.token(h).word().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return null;
        }

        Long number(int k) {
            long value;
            String w = syn.word(k).replace(",", "");
            try {
                value = w.matches("\\d+(\\.\\d+)?") ? (long) Double.parseDouble(w) : wordNumber(w);
            } catch (NumberFormatException e) {
                return null;
            }
            if (value < 0) {
                return null;
            }
            for (int c : syn.children(k)) {
                String cw = syn.word(c).replace(",", "");
                if (syn.rel(c).equals("compound") && cw.matches("\\d+(\\.\\d+)?")) {
                    // "580 million": the multiplier heads the number
                    value = (long) (Double.parseDouble(cw) * Math.max(1, value));
                }
            }
            int nxt = k + 1;
            if (nxt < syn.size()) {
                long mult = switch (syn.word(nxt)) {
                    case "thousand" -> 1_000L;
                    case "million" -> 1_000_000L;
                    case "billion" -> 1_000_000_000L;
                    default -> 1L;
                };
                if (mult > 1 && syn.head(nxt) == k) {
                    value *= mult;
                }
            }
            return value;
        }

        EventMention.Evidence evidence(int t, Pattern p) {
            Set<Integer> words = new LinkedHashSet<>();
            words.add(t);
            for (int k : syn.children(t)) {
                String r = syn.rel(k);
                if (r.equals("compound:prt")) {
                    words.add(k);
                }
                if (r.equals("obj") && !p.objects().isEmpty()) {
                    words.add(k);
                }
                if ((r.equals("xcomp") || r.equals("ccomp")) && (!p.complements().isEmpty() || !p.modals().isEmpty())) {
                    words.add(k);
                }
                if (r.equals("advmod") && p.negated() && syn.negated(t) && Set.of("not", "n't", "never").contains(syn.word(k))) {
                    words.add(k);
                }
            }
            List<Integer> sorted = new ArrayList<>(words);
            sorted.sort(null);
            StringBuilder trig = new StringBuilder();
            for (int w : sorted) {
                if (!trig.isEmpty()) {
                    trig.append(' ');
                }
                trig.append(syn.token(w).word());
            }
            return evidenceAt(t, trig.toString());
        }

        /** The evidence of an event whose action is token {@code t}, told by {@code words}. */
        EventMention.Evidence evidenceAt(int t, String words) {
            Sentence s = syn.sentence;
            return new EventMention.Evidence(s.index(), s.begin(), s.end(), s.text(), words, t);
        }

        EventMention assemble(String type, String mode, String cameo, List<ActorMention> source,
                              List<ActorMention> target, String certainty, List<String> reportedBy,
                              EventMention.Quantity quantity, EventMention.Evidence evidence, String pattern) {
            if (type.equals("PROTEST") && target.isEmpty() && evidence != null && evidence.triggerToken() >= 0) {
                target = protestedGovernment(evidence.triggerToken(), source);
            }
            return EventCoder.this.assemble(doc, type, mode, cameo, source, target, certainty, reportedBy, quantity,
                    evidence, pattern);
        }

        /**
         * "Members of the House of Commons protested", "thousands marched in Hong Kong": a protest at home that names
         * no one it is aimed at is aimed at the government of its country (marked as implied, as an unnamed agent is).
         */
        List<ActorMention> protestedGovernment(int t, List<ActorMention> source) {
            Set<String> countries = new HashSet<>();
            for (ActorMention a : source) {
                if (a.country() == null || "GOV".equals(a.sector()) || IMPLIED_AGENT.equals(a.rule())) {
                    return List.of();
                }
                countries.add(a.country());
            }
            return countries.size() != 1 ? List.of()
                    : List.of(implied(t, "government", countries.iterator().next(), "GOV"));
        }
    }

    private static final class Modality {
        String certainty = "asserted";
        boolean future;
        List<String> reportedBy = List.of();
    }

    /**
     * The one place where an event mention is put together. Date, place and attribution come from stages that
     * are not wired in here yet: the date falls back on the publication date, the place is unknown, and the
     * certainty and sources are what this coder reads from the sentence itself.
     */
    EventMention assemble(AnnotatedDocument doc, String type, String mode, String cameo, List<ActorMention> source,
                          List<ActorMention> target, String certainty, List<String> reportedBy,
                          EventMention.Quantity quantity, EventMention.Evidence evidence, String pattern) {
        String published = doc.article() == null ? null : doc.article().publicationDate().map(Object::toString).orElse(null);
        EventMention.EventDate date = new EventMention.EventDate(published, "publication", null);
        return new EventMention(type, mode, cameo, ontology.goldstein(cameo), source, target, date, null, certainty,
                reportedBy, quantity, evidence, pattern);
    }

    /**
     * A stated future act of cooperation is a promise (AGREE); of material conflict, a threat (THREATEN).
     * Returns {type, mode, cameo}, or null when the type stays (the event is then "planned").
     */
    static String[] intent(String type, String mode) {
        return switch (type) {
            case "AID" -> new String[] {"AGREE", null, "033"};
            case "SUPPORT" -> new String[] {"AGREE", null, "032"};
            case "COOPERATE" -> new String[] {"AGREE", null, "031"};
            case "CONSULT" -> new String[] {"AGREE", null, "036"};
            case "CONCEDE" -> new String[] {"AGREE", null, "035"};
            case "RETREAT" -> "resign".equals(mode) ? null : new String[] {"AGREE", null, "035"};
            case "SANCTION" -> new String[] {"THREATEN", "relations", "1313"};
            case "COERCE" -> new String[] {"THREATEN", "restrict", "132"};
            case "ASSAULT" -> new String[] {"THREATEN", "violence", "138"};
            case "PROTEST" -> new String[] {"THREATEN", "restrict", "133"};
            default -> null;
        };
    }

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    /** "two" -> 2, "dozens" -> -1 (not a count): small number words only. */
    static long wordNumber(String w) {
        int i = NUMBER_WORDS.indexOf(w);
        if (i >= 0) {
            return i;
        }
        return switch (w) {
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "hundred" -> 100;
            case "thousand" -> 1000;
            case "dozen" -> 12;
            default -> -1;
        };
    }

    /** Two mentions of one person the actor coder linked ("She was 95, but ask anyone close to her"). */
    static boolean samePerson(ActorMention a, ActorMention b) {
        return a.name() != null && a.name().equals(b.name())
                && (a.rule().endsWith("coreference") || b.rule().endsWith("coreference"));
    }

    static boolean overlaps(ActorMention a, ActorMention b) {
        return a.sentence() == b.sentence() && a.tokenBegin() < b.tokenEnd() && b.tokenBegin() < a.tokenEnd();
    }
}
