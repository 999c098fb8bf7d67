package org.tidings.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Sentence;

/**
 * Builds the event a matched pattern tells, told by a verb ({@link #build}) or by a noun ({@link #buildNoun}):
 * its source and target, the actors supplied where the text names none, its certainty, quantity and evidence;
 * or no event, with the reason why (for the trace).
 */
final class EventBuilder {
    private static final Logger log = LoggerFactory.getLogger(EventBuilder.class);

    // Patterns of measures a government announces for its territory (they are planned, not threatened).
    private static final Set<String> PUBLIC_MEASURES = Set.of("lockdown", "curfew", "restrictions", "close.border",
            "border.controls", "emergency");

    // Prepositions that place a speech or act in the time of a meeting ("during a visit", "after talks", "on a
    // visit").
    private static final Set<String> AROUND_MEETINGS = Stream.concat(Lexicon.MEETING_TIMES.stream(), Stream.of("on"))
            .collect(Collectors.toUnmodifiableSet());

    // Types of measures a government takes, which its official may announce without naming who takes them.
    private static final Set<String> GOVERNING = Set.of("COERCE", "SANCTION", "CONCEDE");

    // Patterns of restrictions that bind the people of a place: lockdowns, curfews, restrictions.
    private static final Set<String> RESTRICTIONS_ON_PEOPLE = Set.of("lockdown", "curfew", "clamp", "restrictions",
            "lift");

    private static final Set<String> REFLEXIVES = Set.of("themselves", "itself", "himself", "herself", "ourselves",
            "myself", "yourself", "yourselves");
    // Verbs of calling an envoy in, and the offices they are called to ("summoned to the foreign ministry").
    private static final Set<String> SUMMONING = Set.of("summon", "call");
    private static final Set<String> SUMMONING_PLACES = Set.of("ministry", "office", "department");
    // Verbs whose object is an event not (yet) held: "arranged a meeting", "feared an attack".
    private static final Set<String> PROSPECTS = Set.of("arrange", "propose", "cancel", "postpone", "call", "request",
            "suggest", "fear", "avoid", "prevent", "discuss", "demand", "urge", "threaten", "warn", "organize",
            "organise", "deny", "rule", "head", "forestall", "preempt", "pre-empt", "ban", "forbid", "prohibit",
            "thwart");
    private static final Set<String> STOPPING = Set.of("stop", "halt", "cease", "suspend", "end", "quit",
            "discontinue");
    // Modals of what might come of something ("strikes could do harm"), and with the future, of what is foreseen.
    private static final Set<String> CONJECTURES = Set.of("could", "might", "may", "would");
    private static final Set<String> FORESEEING = Stream.concat(CONJECTURES.stream(), Stream.of("will", "shall", "'ll"))
            .collect(Collectors.toUnmodifiableSet());
    /** What a harm is done with, named in a passive's by-phrase where an agent would be: "hit by gunfire". */
    private static final Set<String> MEANS = Set.of("gunfire", "fire", "shelling", "bullet", "shell", "rocket",
            "missile", "bomb", "explosion", "blast", "shrapnel", "mortar", "grenade", "artillery", "airstrike",
            "strike", "drone", "car", "truck", "vehicle", "knife", "stone", "rock", "debris", "flood", "storm",
            "earthquake", "wave", "landslide");
    /** Armed acts a harm is suffered in: "killed in an Israeli airstrike". */
    private static final Set<String> STRIKES = Set.of("airstrike", "strike", "attack", "raid", "bombing", "shelling",
            "bombardment", "ambush", "assault", "offensive", "operation", "crackdown");
    /** How a strike's side is named on it: "an Israeli airstrike", "a US drone strike", "Russia's bombing". */
    private static final Set<String> STRIKE_SIDES = Set.of("amod", "compound", "nmod:poss", "dep");
    /** Verbs of going somewhere: the place gone to is a state only when it is a country or a capital. */
    private static final Set<String> JOURNEYS = Set.of("travel", "fly", "journey", "arrive");
    // Acts counted by their doers, not by what they act on.
    private static final Set<String> DONE_BY_MANY = Set.of("PROTEST", "AID");
    // Acts two named parties do with each other ("X and Y conferred"): with no partner named, they are mutual.
    private static final Set<String> MUTUAL_TYPES = Set.of("CONSULT", "COOPERATE");
    // A crowd told by its size or as people: who protests where it is ("Thousands rallied in Tbilisi").
    private static final Set<String> CROWDS = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen",
            "dozens", "ten", "tens", "people", "crowd", "crowds", "throng", "throngs", "million", "millions");
    // Deliberate harms (and criminal charges) whose agent may go unnamed in the passive: the event stands on its
    // victim alone.
    private static final Set<String> AGENTLESS_HARMS = Set.of("stab", "shoot", "assassinate", "behead", "attack",
            "assault", "beat", "torture", "abduct", "kidnap", "execute", "ambush", "arrest", "detain", "jail",
            "imprison", "apprehend", "take", "remand", "charge", "indict", "convict", "sentence", "find", "acquit",
            "clear");
    // Deaths and wounds told by the attack that caused them ("killed in a suicide car bombing").
    private static final Set<String> CASUALTIES = Set.of("kill", "wound", "injure", "murder", "slay");
    private static final Set<String> ATTACKS = Set.of("bombing", "attack", "shooting", "airstrike", "strike",
            "shelling", "ambush", "raid", "bomb", "gunfire", "rocket", "missile", "grenade", "massacre");
    // Verbs that make a visit: the subject of "paid a visit" or "ended a visit" made it.
    private static final Set<String> VISIT_MAKING = Set.of("pay", "make", "begin", "start", "end", "conclude",
            "complete", "wrap", "undertake", "cut", "continue", "finish");
    /** Verbs by which one tells an act of one's own ("announced the end of his campaign"). */
    private static final Set<String> ANNOUNCING = Set.of("announce", "declare", "confirm");
    private static final Set<String> WEATHER = Set.of("flood", "storm", "weather", "hurricane", "tornado", "tsunami",
            "heat", "wind", "rain", "snow", "typhoon", "cyclone", "gale", "frost", "fire", "avalanche", "surf",
            "landslide", "mudslide", "earthquake", "quake", "aftershock", "drought", "blizzard", "eruption");
    // What a request asks for when it asks for captives: asked of those who hold them.
    private static final Set<String> RELEASES = Set.of("release", "freedom", "return");
    // Types whose target may be the doer of the wrong they are about ("sanctions over abuses by the police").
    private static final Set<String> BLAMING = Set.of("ACCUSE", "SANCTION");
    // Nouns for people held for an act: "suspects in the bombing" tells what they are held for.
    private static final Set<String> SUSPECTS = Set.of("suspect", "accused", "defendant", "culprit", "perpetrator",
            "detainee", "fugitive");
    // Types whose object may be an act judged, aimed at whoever did it.
    private static final Set<String> JUDGING = Set.of("ACCUSE", "SUPPORT");
    /** Pleas, made to a court whether or not the text names it. */
    private static final Set<String> PLEAS = Set.of("plead.guilty", "plead.not");
    /** Suits brought, which need someone they are brought against. */
    private static final Set<String> SUITS = Set.of("lawsuit", "sue.bare");
    // What a court finds an act or a law to be ("unconstitutional"), or to do ("violates the Constitution").
    private static final Set<String> UNLAWFUL = Set.of("unlawful", "illegal", "unconstitutional", "invalid", "void");
    private static final Set<String> BREACHES = Set.of("violate", "breach", "infringe", "contravene");
    /** The pattern of "accused X of ...": what X is accused of names others, not the accused. */
    private static final String ACCUSING = "accuse";
    // Verdicts: their unnamed agent is a court ("were found guilty", "was convicted").
    private static final Set<String> VERDICTS = Set.of("convict", "sentence", "find");
    /** Request patterns that are public demands, coded even when no one is addressed. */
    static final Set<String> PUBLIC_DEMANDS = Set.of("call.for", "must.say");
    /** Singular nouns for those who can be asked to act ("the world must act", "everyone should stay home"). */
    private static final Set<String> DOER_NOUNS = Set.of("world", "community", "everyone", "everybody", "nobody",
            "government", "administration", "country", "nation", "state", "side", "party", "public", "leadership",
            "west", "international", "team", "company", "family");

    private final EventCoder coder;
    private final Ontology ontology;
    private final AnnotatedDocument doc;
    private final Syntax syn;
    private final PhraseActors phrases;
    private final FrameMatcher frames;
    private final Subjects subjects;
    private final Targets targets;
    private final SuppliedActors supplied;
    private final ModalityReader modality;
    private final Quantities quantities;
    String why; // the reason build() last gave no event (for the trace)

    EventBuilder(EventCoder coder, AnnotatedDocument doc, Syntax syn, PhraseActors phrases, FrameMatcher frames,
                 Subjects subjects, Targets targets, SuppliedActors supplied, ModalityReader modality,
                 Quantities quantities) {
        this.coder = coder;
        this.ontology = coder.ontology;
        this.doc = doc;
        this.syn = syn;
        this.phrases = phrases;
        this.frames = frames;
        this.subjects = subjects;
        this.targets = targets;
        this.supplied = supplied;
        this.modality = modality;
        this.quantities = quantities;
    }

    /** Whether a word is one of the parties of "between X and Y". */
    private boolean between(int w) {
        int first = syn.rel(w).equals("conj") && syn.head(w) >= 0 ? syn.head(w) : w;
        return syn.caseOf(first).equals("between");
    }

    /** The event a verb tells with pattern {@code p}, or null (with {@link #why}). */
    EventMention build(int t, Pattern p) {
        boolean passive = frames.passiveLike(t);
        int own = syn.child(t, "obj");
        // "equipped themselves": no one acted on another - unless the pattern asks for it ("blew himself up")
        if (own >= 0 && REFLEXIVES.contains(syn.word(own)) && !undergone(p)
                && !p.objects().contains(syn.word(own))) {
            why = "reflexive object: no one acted on another";
            return null;
        }
        List<Integer> sourceHeads = new ArrayList<>();
        if (passive) {
            for (int o : syn.children(t, "obl")) {
                // "hit by gunfire and a staff member went missing": a means is no agent, nor what is joined to it
                if (syn.caseOf(o).equals("by") && !MEANS.contains(syn.lemma(o))) {
                    sourceHeads.add(o);
                }
            }
            // "were rounded up and held by Iraqi troops": passive verbs joined share their agent
            if (sourceHeads.isEmpty()) {
                List<Integer> joined = new ArrayList<>(syn.children(t, "conj"));
                if (syn.rel(t).equals("conj") && syn.head(t) >= 0) {
                    joined.add(syn.head(t));
                }
                for (int j : joined) {
                    if (frames.passiveLike(j) || syn.token(j).pos().equals("VBN")) {
                        syn.children(j, "obl").stream().filter(o -> syn.caseOf(o).equals("by")
                                && !MEANS.contains(syn.lemma(o))).forEach(sourceHeads::add);
                    }
                }
            }
            // "were killed in an Israeli airstrike", "hit by a US drone strike": the side the strike is named by
            if (sourceHeads.isEmpty()) {
                for (int o : syn.children(t, "obl")) {
                    String c = syn.caseOf(o);
                    boolean strike = STRIKES.contains(syn.lemma(o)) || STRIKES.contains(syn.word(o));
                    if (c.equals("in") && strike || c.equals("by") && MEANS.contains(syn.lemma(o))) {
                        for (int m : syn.children(o)) {
                            ActorMention a = phrases.actorAt(m);
                            if (STRIKE_SIDES.contains(syn.rel(m)) && a != null
                                    && !phrases.placeWord(a)) {
                                sourceHeads.add(m);
                            }
                        }
                    }
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
            int s = subjects.subject(t, 0);
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
            if (sourceHeads.isEmpty()) {
                // "surrendered himself to Texas police": given up to those who take him (uncoded, they are implied)
                syn.children(t, "obl").stream().filter(o -> syn.caseOf(o).equals("to") && phrases.actorAt(o) != null)
                        .forEach(sourceHeads::add);
            }
        }
        List<ActorMention> source = new ArrayList<>();
        for (int h : sourceHeads) {
            for (ActorMention a : phrases.actorsFor(h)) {
                // "a movement calling for Israel's withdrawal": who is named in the act itself does not do it
                if (!(syn.isAncestor(h, t) && syn.isAncestor(t, a.tokenEnd() - 1)) && !source.contains(a)) {
                    source.add(a);
                }
            }
        }
        // "Two suspects were arrested", "the mayor was stabbed": a deliberate harm told without its agent
        boolean agentless = source.isEmpty() && sourceHeads.isEmpty() && (passive
                && (AGENTLESS_HARMS.contains(syn.lemma(t)) || killedInAttack(t)) || undergone(p));
        if (source.isEmpty() && sourceHeads.isEmpty() && passive && GOVERNING.contains(p.type()) && !agentless) {
            // "The restrictions will be extended, the prime minister said": a government's measure told without its
            // agent is the act of the government whose official announces it (an arrest, by whoever announces it,
            // is made by the police, implied below)
            source.addAll(governmentSpeaker(t));
        }
        if (source.isEmpty() && p.type().equals("PROTEST") && sourceHeads.size() == 1
                && CROWDS.contains(syn.lemma(sourceHeads.get(0)).toLowerCase(Locale.ROOT))) {
            int crowd = sourceHeads.get(0);
            supplied.protesters(t).map(a -> supplied.supplied(crowd, crowd + 1, a.name(), a.country(), a.sector(),
                    a.rule())).ifPresent(source::add); // "Thousands rallied in Tbilisi": the crowd's word for them
        }
        if (source.isEmpty() && !agentless) {
            log.debug("{}: no source for '{}' ({})", syn.sentence.index(), syn.token(t).word(), p.id());
            why = "no coded source actor";
            return null;
        }
        if (p.type().equals("COERCE") && !source.isEmpty()
                && source.stream().allMatch(a -> "HLH".equals(a.sector()))) {
            why = "health and rescue services do not coerce"; // "firefighters searched the charred apartments"
            return null;
        }
        if (Set.of("ASSAULT", "MOBILIZE").contains(p.type()) && !source.isEmpty()
                && source.stream().allMatch(a -> "BUS".equals(a.sector()))) {
            why = "a company's launch or test, no force"; // "SpaceX tested its Falcon Heavy rocket"
            return null;
        }
        if ("resign".equals(p.mode()) && !source.isEmpty() && source.stream().allMatch(a -> "BUS".equals(a.sector()))) {
            why = "a post in a company, no news of states"; // "Mr. McAlpine resigned to pursue a consulting career"
            return null;
        }
        List<ActorMention> target = new ArrayList<>();
        phrases.targetType = p.type();
        // "discussed the Iraq crisis with the one ally ...", "the airline was accused of flying arms to Syria": a
        // partner or an accused we cannot code, no one else named near the verb standing in
        boolean partnerUncoded = false;
        for (String place : p.targets()) {
            boolean strict = place.endsWith("!");
            String where = strict ? place.substring(0, place.length() - 1) : place;
            List<Integer> heads = targets.targetHeads(t, where, passive);
            boolean partnerPlace = where.equals("with") || where.equals("obj") && ACCUSING.equals(p.id());
            partnerUncoded |= partnerPlace && !heads.isEmpty()
                    && heads.stream().allMatch(h -> phrases.actorsFor(h).isEmpty());
            for (int h : heads) {
                // "!": the phrase must itself name an actor, not merely contain one ("regret to the Ukraine conflict")
                List<ActorMention> named = strict ? (phrases.actorAt(h) == null ? possessor(h) : phrases.actorsFor(h))
                        : phrases.actorsFor(h);
                if (named.isEmpty() && !strict && BLAMING.contains(p.type())) {
                    named = targets.culprits(h); // "an investigation into war crimes committed by Russian forces"
                }
                if (named.isEmpty() && !strict && JUDGING.contains(p.type()) && where.equals("obj")) {
                    named = doer(h); // "appreciates the steps the United States has taken"
                }
                for (ActorMention a : named) {
                    if (targets.ownedBySource(a, source)) {
                        continue; // "pulled its forces out of Congo": the source's own units are not the target
                    }
                    if (source.stream().noneMatch(s -> PhraseActors.overlaps(s, a) || PhraseActors.samePerson(s, a))
                            && !target.contains(a)) {
                        target.add(a);
                    }
                }
            }
            if (!target.isEmpty()) {
                break;
            }
        }
        if ("visit".equals(p.mode()) && JOURNEYS.contains(syn.lemma(t)) && target.stream().allMatch(a ->
                a.sector() == null && (a.rule().startsWith("kb-place") || a.rule().startsWith("capital")
                        && source.stream().allMatch(s -> Objects.equals(s.country(), a.country()))))) {
            // "travelled to New York for the General Assembly": a trip to a city visits no state; nor does a trip home
            target.clear();
        }
        if (target.isEmpty() && p.ownTarget()) {
            target.addAll(supplied.ownOfficials(t, p, source));
        }
        if (target.isEmpty() && !source.isEmpty()) {
            supplied.ownLand(t, p, source).or(() -> supplied.countedPeople(t, p, source))
                    .or(() -> supplied.ownPeople(t, p, source)).ifPresent(target::add);
        }
        if (target.isEmpty() && !source.isEmpty() && "JUD".equals(source.get(0).sector())
                && source.get(0).country() != null && rulesAnActUnlawful(t, p)) {
            // "the court found the prorogation unlawful": the state's act is struck at its government
            target.add(supplied.implied(t, "government", source.get(0).country(), "GOV"));
        }
        if (target.isEmpty() && PLEAS.contains(p.id()) && !source.isEmpty()) {
            // "pleaded not guilty": a plea is made to a court, named or not
            target.add(supplied.implied(t, "court", supplied.placeOf(t, source.get(0).country()), "JUD"));
        }
        // Patterns that are strict about their target ("needtgt", "to!") get no fallback.
        // Nor does a condemned harm: those named near it are its victims or others, not its unknown authors.
        if (target.isEmpty() && !p.targets().isEmpty() && !p.targetRequired() && !agentless && !undergone(p)
                && !partnerUncoded
                && p.targets().stream().noneMatch(x -> x.endsWith("!"))
                && !EarlierEvents.CONDEMNED_HARMS.contains(p.id())
                && !(source.size() > 1 && MUTUAL_TYPES.contains(p.type()))) {
            // "called for the killers to be brought to justice": wrongdoers named near a verb are seldom its target;
            // "the United States and the Soviet Union conferred on a blockade under a UN umbrella": parties who
            // meet each other are each other's partners, not whoever the topic names
            targets.nearestActors(t, source).stream().filter(a -> !"CRM".equals(a.sector())).forEach(target::add);
        }
        List<ActorMention> captors = captors(t, p);
        if (!captors.isEmpty()) {
            target.clear(); // "demanded the release of sailors seized by Iranian forces": asked of those who hold them
            target.addAll(captors);
        }
        target.removeIf(a -> source.stream().anyMatch(x -> PhraseActors.samePerson(x, a))); // no one acts on themself
        // "Kenya's president cancelled a summit between Kenya and Tanzania": the doer's own country, one of the
        // parties "between" whom something is, is not the target
        Set<String> doers = source.stream().map(ActorMention::country).collect(Collectors.toSet());
        if (target.stream().anyMatch(a -> a.country() != null && !doers.contains(a.country()))) {
            target.removeIf(a -> a.sector() == null && doers.contains(a.country()) && between(a.tokenEnd() - 1));
        }
        phrases.targetType = null;
        if (agentless) {
            if (target.isEmpty()) {
                why = "no coded source actor, nor a coded victim to imply one from";
                return null;
            }
            String where = supplied.placeOf(t, target.get(0).country());
            String held = supplied.placeOfArrest(t, target.get(0).country());
            source.add(switch (p.type()) {
                case "COERCE" -> supplied.implied(t, "police", held, "COP");
                case "ACCUSE", "SANCTION" ->
                        supplied.implied(t, VERDICTS.contains(syn.lemma(t)) ? "court" : "prosecutors", held, "JUD");
                case "CONCEDE" -> supplied.implied(t, "court", held, "JUD"); // "was acquitted
                default -> supplied.implied(t, "attacker", where, null);
            });
        }
        if (target.isEmpty() && frames.gerundNoun(t) && syn.head(t) >= 0) {
            // "one of its soldiers was killed and another wounded in shelling by Syrian forces": the shelling's
            // target is who the verb it explains was done to
            int g = syn.head(t);
            int victims = syn.child(g, "nsubj:pass");
            if (victims < 0 && syn.rel(g).equals("conj") && syn.head(g) >= 0) {
                victims = syn.child(syn.head(g), "nsubj:pass");
            }
            if (victims >= 0) {
                phrases.actorsFor(victims).stream().filter(a -> !source.contains(a)).forEach(target::add);
            }
        }
        if (target.isEmpty() && !source.isEmpty() && RESTRICTIONS_ON_PEOPLE.contains(p.id())) {
            // "imposed a lockdown in Tianjin", "declared a curfew": the restriction binds the people of the place;
            // "Catalonia eased the restrictions on bars": its easing frees them
            String where = supplied.placeOf(t, source.get(0).country());
            if (where != null) {
                target.add(supplied.implied(t, "residents", where, "CVL"));
            }
        }
        if (p.id().equals("fight.with") && !target.isEmpty() && civilian(source) && civilian(target)) {
            why = "a clash of words between office holders, not a fight"; // "Esper had clashed with Trump over ..."
            return null;
        }
        if (modality.counterfactual(t)) {
            why = "counterfactual: it did not happen";
            return null; // "a bill that would have allowed China to extradite suspects"
        }
        if (p.type().equals("REQUEST") && modality.question(t)) {
            why = "a question asked, not a request";
            return null;
        }
        if (p.type().equals("THREATEN") && weatherWarning(t)) {
            why = "a weather warning, not a threat";
            return null;
        }
        if (modality.imagined(t)) {
            why = "the content of a hope or fear, or a topic of talk, not an act";
            return null; // "no feeling of hope that Iraq would withdraw", "heard Amir talk about killing Rabin"
        }
        if (modality.purpose(t)) {
            why = "what something is meant to do, not an act";
            return null; // "an initiative designed to rally Arab opinion"
        }
        if (!Set.of("REQUEST", "THREATEN").contains(p.type()) && modality.imperative(t)) {
            why = "a call to act, not an act";
            return null; // "All Iraqis, fight them"
        }
        if (modality.forecast(t)) {
            why = "a forecast, or a condition still to be met, not an act";
            return null; // "expects that Iraqi soldiers will surrender"
        }
        if (modality.wishedOfOthers(t)) {
            why = "someone else's wish or expectation, not an act";
            return null; // "his staff want him to resign"
        }
        ModalityReader.Modality mod = modality.read(t, p);
        String type = p.type();
        String mode = p.mode();
        String cameo = p.cameo();
        String certainty = mod.certainty;
        // "will be extended", "will close its borders": an announced public measure stays a planned measure, no
        // threat; one aimed at another country ("may extend its quarantine to Aqaba") threatens it
        boolean publicMeasure = PUBLIC_MEASURES.contains(p.id()) && target.stream().noneMatch(a -> a.country() != null
                && source.stream().anyMatch(s -> s.country() != null && !s.country().equals(a.country())));
        String[] intent = "0831".equals(cameo) || publicMeasure ? null : intent(type, mode);
        // "is ready to talk", "plans to send aid": an intent to cooperate is a promise; a plan to harm is no threat
        boolean promised = mod.intending && intent != null && (intent[0].equals("AGREE")
                || mod.ready && intent[0].equals("THREATEN"));
        if ((mod.future || promised) && !p.negated() && !"negated".equals(certainty)) {
            // "will resign": a stated resignation stays what it is, planned
            if (intent != null) {
                type = intent[0];
                mode = intent[1];
                cameo = intent[2];
            } else if (certainty.equals("asserted") || certainty.equals("reported")) {
                certainty = "planned"; // "said he will declare a state of emergency": still to come, whoever says it
            }
        } else if (mod.maybe && "hypothetical".equals(certainty) && intent != null && intent[0].equals("THREATEN")
                && saidByOwnSide(t, source)) {
            // "Bush said the United States may extend its quarantine to Aqaba": a harm one's own side says it may
            // do is a threat, and the threat itself is made
            type = intent[0];
            mode = intent[1];
            cameo = intent[2];
            certainty = mod.reportedBy.isEmpty() ? "asserted" : "reported";
        } else if (mod.future && "negated".equals(certainty) && !"0831".equals(cameo)) {
            // "Israel will not supply weapons to Ukraine": a stated refusal to cooperate is itself an act
            String[] refusal = refusal(type, mode);
            if (refusal != null) {
                type = refusal[0];
                mode = refusal[1];
                cameo = refusal[2];
                certainty = "asserted";
            }
        }
        // "stopped providing Ritter's team with escorts": help brought to an end is help withdrawn
        if (type.equals("AID") && syn.rel(t).startsWith("xcomp") && syn.head(t) >= 0
                && STOPPING.contains(syn.lemma(syn.head(t)))) {
            type = "SANCTION";
            mode = "discontinue";
            cameo = "162";
        }
        if (target.isEmpty() && type.equals("REQUEST")) {
            // "demanded an immediate halt to the fighting in Sudan": a demand about what goes on in a country is
            // made to it
            supplied.placeDemandedOf(t, source).ifPresent(target::add);
        }
        // A request needs someone it is made to; without one it is too often a bare statement ("called for calm").
        // "called for G7 action", "said foreign powers should leave": a public demand stands without an addressee.
        boolean bareDemand = PUBLIC_DEMANDS.contains(p.id())
                && !(target.isEmpty() && p.id().equals("must.say") && thingMust(t));
        if (target.isEmpty() && SUITS.contains(p.id())) {
            // "the Miami relatives filed a federal lawsuit": people outside the state sue their government; a
            // suit against no one named is none ("the plaintiff did not have standing to bring the case")
            target.addAll(supplied.addressedGovernment(t, source));
        }
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
        // a protest or a rescue is counted by those who do it ("1,500 marched", "400 firefighters fought the blaze")
        EventMention.Quantity howMany = DONE_BY_MANY.contains(p.type()) ? quantities.crowd(t) : quantities.quantity(t);
        return assemble(type, mode, cameo, source, target, certainty, mod.reportedBy, howMany, evidence(t, p), p.id());
    }

    /** Whether a court's verb finds an act or a law unlawful (not a person guilty). */
    private boolean rulesAnActUnlawful(int t, Pattern p) {
        return p.id().equals("find.unlawful") && syn.complements(t).stream()
                .anyMatch(c -> UNLAWFUL.contains(syn.lemma(c)) || BREACHES.contains(syn.lemma(c)) && doneByAThing(c));
    }

    /** "ruled the draft violates the Constitution", not "ruled he violated his parole". */
    private boolean doneByAThing(int verb) {
        int s = syn.child(verb, "nsubj");
        return s >= 0 && namesAThing(s);
    }

    /** Whether a subject names a thing: no coded actor, no pronoun, no person. */
    private boolean namesAThing(int s) {
        return phrases.actorAt(s) == null && !syn.token(s).pos().startsWith("PRP")
                && !"PERSON".equals(syn.token(s).ner());
    }

    /** Those who hold the people whose release a request asks for ("sailors seized by Iranian forces"). */
    private List<ActorMention> captors(int t, Pattern p) {
        List<ActorMention> out = new ArrayList<>();
        if (!p.type().equals("REQUEST")) {
            return out;
        }
        List<Integer> asked = new ArrayList<>(); // "demanded the release of", "called for the release of"
        asked.add(frames.object(t));
        syn.children(t, "obl").stream().filter(o -> syn.caseOf(o).equals("for")).forEach(asked::add);
        for (int o : asked) {
            if (o < 0 || !RELEASES.contains(syn.lemma(o))) {
                continue;
            }
            for (int k : syn.children(o, "nmod")) {
                if (syn.caseOf(k).equals("of")) {
                    syn.withConjuncts(k).forEach(c -> out.addAll(targets.culprits(c)));
                }
            }
        }
        return out;
    }

    /** "praised the steps the United States has taken": whose act a phrase names, by the clause on it. */
    private List<ActorMention> doer(int h) {
        for (int c : syn.children(h, "acl:relcl")) {
            int subj = syn.child(c, "nsubj");
            // the clause must tell the act itself, with the noun as its object: not "a bill that critics say ..."
            int obj = syn.child(c, "obj");
            boolean act = !Lexicon.SPEECH.contains(syn.lemma(c)) && syn.complements(c).isEmpty()
                    && (obj < 0 || syn.token(obj).pos().startsWith("W")); // "the reforms (that) Iran has made"
            if (act && subj >= 0 && phrases.actorAt(subj) != null) {
                return phrases.actorsFor(subj);
            }
        }
        return List.of();
    }

    /** "voiced its disapproval of Italy's decision": whose act a phrase names, by its possessive. */
    private List<ActorMention> possessor(int h) {
        int poss = syn.child(h, "nmod:poss");
        return poss >= 0 && phrases.actorAt(poss) != null ? phrases.actorsFor(poss) : List.of();
    }

    /**
     * "said the restructuring should help it meet the standards", "the building's use should send a signal": what
     * a thing ought to do is a view, not a demand made of anyone. (A passive subject stays a demand: "said the
     * sanctions should be lifted" asks an unnamed someone to lift them.)
     */
    private boolean thingMust(int verb) {
        for (int c : syn.children(verb, "ccomp")) {
            int subj = syn.child(c, "nsubj");
            // plural nouns and the words for the world and its parties name doers ("foreign powers should leave")
            if (subj >= 0 && syn.token(subj).pos().equals("NN") && namesAThing(subj)
                    && !"ORGANIZATION".equals(syn.token(subj).ner())
                    && !DOER_NOUNS.contains(syn.lemma(subj))) {
                return true;
            }
        }
        return false;
    }

    /** "the states filing suit have standing": an -ing phrase that says who a sentence's subject is. */
    boolean describesSubject(int t) {
        int g = syn.head(t);
        return g >= 0 && syn.rel(t).equals("acl") && syn.token(t).pos().equals("VBG") && !subjects.afterComma(t)
                && syn.rel(g).startsWith("nsubj");
    }

    /**
     * An event told by a noun: "Iran's attack on Israel", "the Israeli strike near Isfahan", "missile launches by
     * North Korea", "Canada's expulsion of six Indian diplomats", "the summit between X and Y". The source is
     * the noun's possessive, nationality or compound actor, or its by-phrase; with "between" the first party.
     */
    EventMention buildNoun(int t, Pattern p) {
        // "worked to arrange a meeting between X and Y": a meeting proposed is not one held
        for (int x = t; syn.head(x) >= 0 && syn.token(x).isNoun(); x = syn.head(x)) {
            if (Lexicon.ANSWERS.contains(syn.lemma(x))) {
                break; // "ruled out X in response to a lawsuit": what is answered was done
            }
            int g = syn.head(x);
            // "wants to renew the peace talks": the verb that would hold it, itself only wished for
            boolean wished = syn.rel(g).equals("xcomp") && syn.head(g) >= 0
                    && Lexicon.PLAN.contains(syn.lemma(syn.head(g)));
            if (!syn.token(g).isNoun() && (Lexicon.PLAN.contains(syn.lemma(g)) || PROSPECTS.contains(syn.lemma(g))
                    || wished)) {
                why = "a noun event only proposed or feared";
                return null;
            }
        }
        // "US air strikes against Iraq could do serious harm": what an act would bring, the act not yet done
        if (syn.rel(t).startsWith("nsubj") && syn.head(t) >= 0 && syn.auxiliaries(syn.head(t)).stream()
                .anyMatch(a -> CONJECTURES.contains(a.toLowerCase(Locale.ROOT)))) {
            why = "a noun event only imagined: what it could bring";
            return null;
        }
        // "will respond to an Iraqi attack on Jordan": an act named indefinitely, under a verb still to come
        int governor = syn.head(t);
        if (governor >= 0 && !syn.token(governor).isNoun() && syn.children(t, "det").stream()
                .anyMatch(d -> Set.of("a", "an", "any").contains(syn.word(d).toLowerCase(Locale.ROOT)))
                && syn.auxiliaries(governor).stream().anyMatch(a -> FORESEEING.contains(a.toLowerCase(Locale.ROOT)))) {
            why = "a noun event only foreseen";
            return null;
        }
        if (syn.rel(t).startsWith("nmod") && syn.head(t) >= 0 && SUSPECTS.contains(syn.lemma(syn.head(t)))) {
            why = "the act someone is suspected of, not told as news"; // "two suspects in the Kenya bombing"
            return null;
        }
        if (longAgo()) {
            why = "a noun event dated years before the report: background";
            return null;
        }
        List<ActorMention> source = new ArrayList<>();
        List<ActorMention> target = new ArrayList<>();
        boolean visitorPresent = false; // the visitor named by the verb that makes the visit, or by "on a visit"
        if (p.targets().contains("between")) {
            for (int n : syn.children(t, "nmod")) {
                if (!syn.caseOf(n).equals("between")) {
                    continue;
                }
                List<ActorMention> parties = phrases.actorsFor(n);
                if (parties.size() >= 2) {
                    splitSides(parties, source, target);
                }
            }
            int g = syn.head(t);
            if (target.isEmpty() && g >= 0 && syn.rel(t).startsWith("obl")
                    && Set.of("for", "to").contains(syn.caseOf(t))) {
                // "U.S. and Russian negotiators return to Geneva for talks": the sides that come for the talks
                List<ActorMention> sides = subjectActors(g).stream()
                        .sorted(Comparator.comparingInt(ActorMention::tokenBegin)).toList();
                if (sides.size() >= 2 && sides.stream().map(ActorMention::country).distinct().count() >= 2) {
                    source.clear();
                    splitSides(sides, source, target);
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
                if (agent && phrases.actorAt(k) != null) {
                    for (ActorMention a : phrases.actorsFor(k)) {
                        // "a Kabul car bombing": a town named before the noun is where, not who
                        if (!source.contains(a) && !(!r.startsWith("nmod") && phrases.placeWord(a))) {
                            source.add(a);
                        }
                    }
                }
            }
            // "a phone call made by President Trump to Zelensky", "an attack carried out by the Taliban": the agent
            // of a participle on the noun
            List<Integer> participles = syn.children(t, "acl").stream()
                    .filter(k -> Set.of("VBN", "VBD").contains(syn.token(k).pos())).toList();
            for (int k : participles) {
                for (int o : syn.children(k, "obl")) {
                    if (source.isEmpty() && syn.caseOf(o).equals("by")) {
                        source.addAll(phrases.actorsFor(o));
                    }
                }
            }
            // "O'Rourke announced the end of his campaign": an act one announces of oneself
            int g = syn.head(t);
            if (source.isEmpty() && g >= 0 && syn.rel(t).equals("obj") && ANNOUNCING.contains(syn.lemma(g))) {
                source.addAll(subjectActors(g));
            }
            // "Spahn noted during a visit to IDT Biologika", "said after talks with Putin": the one who speaks or acts
            // around a meeting named by a time phrase is the one who held it
            if (source.isEmpty() && g >= 0 && p.type().equals("CONSULT") && syn.rel(t).startsWith("obl")
                    && AROUND_MEETINGS.contains(syn.caseOf(t).toLowerCase(Locale.ROOT))) {
                int s = syn.child(g, "nsubj"); // a subject of its own, that names the actor itself
                if (s >= 0 && phrases.actorAt(s) != null) {
                    source.addAll(phrases.actorsFor(s));
                }
            }
            List<ActorMention> visitors = source.isEmpty() && Lexicon.VISITS.contains(syn.lemma(t)) ? visitor(t)
                    : List.of();
            // "A major goal of Kuchma's four-day state visit was ...": a visitor named by the possessive
            visitorPresent = !visitors.isEmpty() || !source.isEmpty() && Lexicon.VISITS.contains(syn.lemma(t))
                    && syn.child(t, "nmod:poss") >= 0;
            source.addAll(visitors);
            if (source.isEmpty() && p.type().equals("PROTEST")) {
                supplied.protesters(t).ifPresent(source::add); // "protests continued in Baghdad"
            }
            if (source.isEmpty()) {
                why = "no coded source actor";
                return null;
            }
            phrases.targetType = p.type();
            for (String place : p.targets()) {
                List<Integer> attached = new ArrayList<>(syn.children(t, "nmod")); // its phrases, and its participles'
                participles.forEach(k -> attached.addAll(syn.children(k, "obl")));
                for (int n : attached) {
                    if (!syn.caseOf(n).equals(place)) {
                        continue;
                    }
                    for (ActorMention a : phrases.actorsFor(n)) {
                        if (!targets.ownedBySource(a, source)
                                && source.stream().noneMatch(x -> PhraseActors.overlaps(x, a)) && !target.contains(a)) {
                            target.add(a);
                        }
                    }
                }
                if (!target.isEmpty()) {
                    break;
                }
            }
            phrases.targetType = null;
        }
        boolean needs = p.targetRequired() || ontology.type(p.type()).needsTarget() && !p.targetOptional();
        // "Scharping, ending a two-day visit, said" in a WARSAW story: a visit made where the reporter is
        if (target.isEmpty() && needs && visitorPresent && !frames.hasTargetPhrase(p, t)) {
            supplied.host(t, source).ifPresent(target::add);
        }
        if (target.isEmpty() && needs) {
            why = "no coded target actor (the pattern needs one)";
            return null;
        }
        ModalityReader.Modality mod = modality.read(t, p);
        String certainty = mod.future && mod.certainty.equals("asserted") ? "planned" : mod.certainty;
        return assemble(p.type(), p.mode(), p.cameo(), source, target, certainty, mod.reportedBy, null,
                evidence(t, p), p.id());
    }

    /**
     * "three civilians were killed in a suicide car bombing": a death told by a new attack that caused it is a harm
     * done by someone, though unnamed ("killed in a flood", "killed in a crash" are not). "Killed in the attack"
     * tells the victims of an attack told before, whose doers are known there.
     */
    private boolean killedInAttack(int t) {
        return CASUALTIES.contains(syn.lemma(t)) && syn.children(t, "obl").stream()
                .anyMatch(o -> Set.of("in", "by").contains(syn.caseOf(o)) && ATTACKS.contains(syn.lemma(o))
                        && syn.children(o, "det").stream()
                        .anyMatch(d -> Set.of("a", "an").contains(syn.word(d))));
    }

    /**
     * Who makes a visit told without a possessive: the subject of the verb that makes, begins or ends it ("paid a
     * visit", "ending a two-day visit"), or the person it is hung on ("Scharping, on a visit to Warsaw, said").
     */
    private List<ActorMention> visitor(int t) {
        int g = syn.head(t);
        if (g < 0) {
            return List.of();
        }
        String r = syn.rel(t);
        boolean on = syn.caseOf(t).equals("on");
        if (r.equals("obj") && VISIT_MAKING.contains(syn.lemma(g))
                || on && r.startsWith("obl") && syn.token(g).isVerb()) {
            return subjectActors(g);
        }
        if (on && r.equals("nmod") && phrases.actorAt(g) != null && !phrases.placeWord(phrases.actorAt(g))) {
            return phrases.actorsFor(g);
        }
        return List.of();
    }

    /** Parties of a meeting: the first is the source, those of other countries its target. */
    private static void splitSides(List<ActorMention> parties, List<ActorMention> source, List<ActorMention> target) {
        ActorMention first = parties.get(0);
        source.add(first);
        parties.stream().skip(1).filter(a -> !Objects.equals(a.country(), first.country())).forEach(target::add);
    }

    /** The actors a verb's subject names (through control and coordination), or none. */
    private List<ActorMention> subjectActors(int verb) {
        int s = subjects.subject(verb, 0);
        return s < 0 ? List.of() : phrases.actorsFor(s);
    }

    /** The government actors among those who say the clause of {@code t} ("..., the prime minister said"). */
    private List<ActorMention> governmentSpeaker(int t) {
        for (int x = frames.clause(t); x >= 0; x = syn.head(x)) {
            List<Integer> speakers = new ArrayList<>();
            int g = syn.head(x);
            if (g >= 0 && (syn.rel(x).equals("ccomp") || syn.rel(x).equals("parataxis"))
                    && Lexicon.SPEECH.contains(syn.lemma(g))) {
                speakers.add(syn.child(g, "nsubj"));
            }
            for (int k : syn.children(x, "parataxis")) {
                if (Lexicon.SPEECH.contains(syn.lemma(k))) {
                    speakers.add(syn.child(k, "nsubj"));
                }
            }
            for (int sp : speakers) {
                List<ActorMention> gov = sp < 0 ? List.of()
                        : phrases.actorsFor(sp).stream().filter(a -> "GOV".equals(a.sector())).toList();
                if (!gov.isEmpty()) {
                    return gov;
                }
            }
        }
        return List.of();
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

    /** Whether the act is told by someone of the source's own country ("Bush said the United States may ..."). */
    private boolean saidByOwnSide(int t, List<ActorMention> source) {
        for (int x = frames.clause(t); x >= 0 && syn.head(x) >= 0; x = syn.head(x)) {
            int g = syn.head(x);
            if (syn.rel(x).equals("ccomp") && Lexicon.SPEECH.contains(syn.lemma(g))) {
                int speaker = syn.child(g, "nsubj");
                return speaker >= 0 && phrases.actorsFor(speaker).stream().anyMatch(a -> a.country() != null
                        && source.stream().anyMatch(s -> a.country().equals(s.country())));
            }
        }
        return false;
    }

    /** Whether every actor is a person or body of civil office: no armed force, police, rebels or crowd. */
    private static boolean civilian(List<ActorMention> actors) {
        return !actors.isEmpty() && actors.stream().allMatch(a -> a.sector() != null
                && Set.of("GOV", "LEG", "JUD", "ELI", "PTY").contains(a.sector()));
    }

    /** "The senator faces charges": the pattern's target is the verb's subject, its agent left unsaid. */
    static boolean undergone(Pattern p) {
        return !p.targets().isEmpty() && p.targets().get(0).equals("subj");
    }

    /** "issued a flash flood warning": weather, not a threat. */
    boolean weatherWarning(int v) {
        List<Integer> warned = new ArrayList<>();
        if (frames.object(v) >= 0) {
            warned.add(frames.object(v));
        }
        // "warned of potential flash floods"
        syn.children(v, "obl").stream().filter(o -> Set.of("of", "about").contains(syn.caseOf(o))).forEach(warned::add);
        // "warning residents that oncoming rains will cause dangerous landslides"
        for (int c : syn.children(v)) {
            if (syn.rel(c).equals("ccomp") || syn.rel(c).equals("dep") && syn.token(c).isVerb()) {
                warned.addAll(syn.children(c, "nsubj"));
                warned.addAll(syn.children(c, "obj"));
            }
        }
        return warned.stream().anyMatch(o -> weather(o) || syn.children(o).stream().anyMatch(this::weather));
    }

    private boolean weather(int k) {
        return WEATHER.contains(syn.lemma(k).toLowerCase(Locale.ROOT));
    }

    /** The evidence of an event told by {@code t}: the verb with the words its pattern names. */
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
            if (r.equals("advmod") && p.negated() && syn.negated(t)
                    && Set.of("not", "n't", "never").contains(syn.word(k))) {
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

    /**
     * Every event of the sentence is put together here (a protest, demand, threat or complaint aimed at no one
     * named gets its government).
     */
    EventMention assemble(String type, String mode, String cameo, List<ActorMention> source,
                          List<ActorMention> target, String certainty, List<String> reportedBy,
                          EventMention.Quantity quantity, EventMention.Evidence evidence, String pattern) {
        if (type.equals("PROTEST") && target.isEmpty() && evidence != null && evidence.triggerToken() >= 0) {
            target = supplied.protestedGovernment(evidence.triggerToken(), source);
        } else if (Set.of("REQUEST", "THREATEN", "ACCUSE").contains(type) && target.isEmpty() && evidence != null
                && evidence.triggerToken() >= 0 && !"investigate".equals(mode)) {
            // scientists who examine a reef, or fans who probe the stars, look into no government
            target = supplied.addressedGovernment(evidence.triggerToken(), source);
        }
        return coder.assemble(doc, type, mode, cameo, source, target, certainty, reportedBy, quantity,
                evidence, pattern);
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

    /**
     * A stated future refusal of cooperation ("will not supply weapons", "would not meet him") is a rejection:
     * {type, mode, cameo}, or null when the type stays (the event is then negated).
     */
    static String[] refusal(String type, String mode) {
        return switch (type) {
            case "AID" -> new String[] {"REJECT", "assist", "122"};
            case "COOPERATE" -> new String[] {"REJECT", "assist", "121"};
            case "SUPPORT" -> new String[] {"REJECT", null, "120"};
            case "CONSULT" -> new String[] {"REJECT", "meet", "125"};
            case "CONCEDE", "RETREAT" -> "resign".equals(mode) ? null : new String[] {"REJECT", "change", "124"};
            default -> null;
        };
    }
}
