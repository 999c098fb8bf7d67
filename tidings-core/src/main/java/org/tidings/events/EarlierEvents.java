package org.tidings.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;

/**
 * What an event told later in an article says about one told earlier, read once every sentence is coded: the
 * answer to a request, the reaction to "the move", the claim of "the attacks", and whether an event found the other
 * side it needs.
 */
final class EarlierEvents {

    private static final Set<String> REACTIONS = Set.of("ACCUSE", "REJECT");
    // Praise of an action told earlier ("hailed the ruling", "welcomed the decision") is aimed at whoever took it.
    private static final Set<String> PRAISE = Set.of("praise");
    /** Pattern ids the passes below look for. */
    static final String CENSURE_PATTERN = "censure";
    static final String CLAIMED_ATTACK = "claim.resp";
    // Acts of words addressed to someone: without an addressee found anywhere in the article they are too often no
    // event at all ("the spokesman expressed disappointment", "officials met on Monday"). Measured on our Wikinews
    // gold: such events were right about one time in three.
    private static final Set<String> ADDRESSED = Set.of("ACCUSE", "REJECT", "REQUEST", "CONSULT");
    // A lawsuit is news though the text leaves the defendant unnamed ("sued to be allowed to vote").
    private static final Set<String> LAWSUITS = Set.of("sue.bare", "lawsuit", "challenge.court", "oppose.lawsuit");
    // Condemnations of a harm: news even while its authors are unknown ("condemned the embassy bombings").
    // Rules by which the actor coder gives a group only the country the text is about.
    private static final Set<String> GUESSED = Set.of("sentence-country", "article-country");
    static final Set<String> CONDEMNED_HARMS = Set.of("condemn.attack", "describe.harm");
    // Verbs of harm whose passive subject is the one harmed ("facilities were hit by drone strikes").
    private static final Set<String> HARMED = Set.of("hit", "strike", "attack", "bomb", "shell", "target", "raid",
            "damage", "destroy", "storm", "assault", "ambush", "kill", "wound", "injure");
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "strike", "strikes", "bombing",
            "bombings", "raid", "raids", "assault", "operation", "blast", "blasts", "explosion", "explosions");
    /** Acts of words and goodwill: between private people they are no news of states ("collaborated with Bob Dylan"). */
    private static final Set<String> COOPERATIVE = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "REQUEST",
            "AID");

    /** Sectors of bodies whose inquiries are news without a suspect named: state, police, courts, emergency services. */
    private static final Set<String> PUBLIC_BODIES = Set.of("GOV", "COP", "JUD", "LEG", "MIL", "SPY", "HLH");
    /** Agreement reached together: it needs two sides. */
    private static final Set<String> MUTUAL = Set.of("agree.on", "agree.that");
    /** Patterns whose object is a request, so that the event answers one. */
    static final Set<String> ANSWERS = Set.of("decline.request", "decline.bare", "refuse.to", "second");
    /** Patterns of denial: with no target of their own, they answer an accusation ("Iran denied any involvement"). */
    private static final Set<String> DENIALS = Set.of("deny.clause", "dismiss.claims", "dismiss.claims.as");

    // Nouns that, with "the", "this" or "that", name an action the article has already told ("condemned the move").
    static final Set<String> ACTION_ANAPHORS = Set.of("move", "operation", "offensive", "incursion", "invasion",
            "attack", "attacks", "strike", "strikes", "assault", "decision", "step", "action", "plan", "proposal",
            "investigation", "inquiry", "probe", "ruling", "announcement", "vote", "verdict", "ban", "sanctions",
            "measure", "measures", "deal", "agreement", "policy", "order");
    // Those of them that name an attack: its doer is the one an earlier attack was told of ("decried the attack").
    private static final Set<String> VIOLENT_ACTIONS = Set.of("attack", "attacks", "strike", "strikes", "assault",
            "offensive", "incursion", "invasion");

    private EarlierEvents() {
    }

    /**
     * "The operation was condemned by the European Union": a criticism or rejection whose object is an action told
     * earlier ("the move", "this offensive") and that has no target of its own is aimed at whoever took that
     * action: the source of the latest earlier event by another country, else (in one country's own politics) by
     * someone else of the same country. A censure with no target even then is dropped.
     */
    static List<EventMention> reactions(AnnotatedDocument doc, List<EventMention> mentions) {
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EventMention m = mentions.get(i);
            String action = m.target().isEmpty() && (REACTIONS.contains(m.type()) || PRAISE.contains(m.pattern()))
                    ? earlierAction(doc, m.evidence()) : null;
            if (action != null) {
                // "decried the attack": an attack told before, not whatever was told last
                boolean violent = VIOLENT_ACTIONS.contains(action);
                Set<String> own = new HashSet<>();
                Set<String> names = new HashSet<>();
                m.source().forEach(a -> {
                    own.add(a.country());
                    names.add(a.name());
                });
                EventMention byOther = null;
                EventMention byCompatriot = null;
                for (int j = i - 1; j >= 0 && byOther == null; j--) {
                    EventMention e = mentions.get(j);
                    if (e.source().isEmpty()
                            || e.source().stream().anyMatch(a -> SuppliedActors.IMPLIED_AGENT.equals(a.rule()))
                            || violent && !e.type().equals("ASSAULT")) {
                        continue;
                    }
                    if (e.source().stream().noneMatch(a -> own.contains(a.country()))) {
                        byOther = e;
                    } else if (byCompatriot == null && e.source().stream().noneMatch(a -> names.contains(a.name()))) {
                        // "Corbyn called the move a smash and grab": in a country's own politics, the other side
                        byCompatriot = e;
                    }
                }
                EventMention doer = byOther != null ? byOther : byCompatriot;
                if (doer != null) {
                    m = m.withTarget(doer.source());
                }
            }
            if (m.target().isEmpty() && CENSURE_PATTERN.equals(m.pattern())) {
                continue; // censure of no one found is not an event
            }
            out.add(m);
        }
        return out;
    }

    /** The noun by which an event's object names an action told earlier ("the move"), or null. */
    private static String earlierAction(AnnotatedDocument doc, EventMention.Evidence ev) {
        if (ev == null || ev.sentence() < 0 || ev.sentence() >= doc.sentences().size()) {
            return null;
        }
        Syntax syn = new Syntax(doc.sentences().get(ev.sentence()));
        int verb = ev.triggerToken();
        if (verb < 0 || verb >= syn.size()) {
            return null;
        }
        return earlierAction(syn, verb);
    }

    /** Whether a verb's object is an action told earlier: "condemned the move", "called the decision a blunder". */
    static boolean objectIsEarlierAction(Syntax syn, int verb) {
        return earlierAction(syn, verb) != null;
    }

    private static String earlierAction(Syntax syn, int verb) {
        List<Integer> args = new ArrayList<>(syn.children(verb));
        for (int x : syn.children(verb, "xcomp")) {
            args.addAll(syn.children(x, "nsubj")); // "called the move a smash and grab"
        }
        for (int k : args) {
            String r = syn.rel(k);
            if ((r.equals("obj") || r.startsWith("nsubj")) && ACTION_ANAPHORS.contains(syn.lemma(k))) {
                for (int d : syn.children(k)) {
                    if (syn.rel(d).equals("det") && Set.of("the", "this", "that").contains(syn.word(d))) {
                        return syn.lemma(k);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether an event has the other side its type needs: a target, or a second country among its sources ("Sudan
     * and Chad held talks"). A public demand ("called for G7 action") needs none.
     */
    static boolean hasItsOtherSide(EventMention m) {
        if (privateAffair(m)) {
            return false;
        }
        if (m.target().isEmpty() && MUTUAL.contains(m.pattern()) && m.source().size() < 2) {
            return false; // "members of the committee do not all agree on ...": no one to agree with
        }
        return !m.target().isEmpty() || !ADDRESSED.contains(m.type())
                || EventBuilder.PUBLIC_DEMANDS.contains(m.pattern()) || LAWSUITS.contains(m.pattern()) || publicInquiry(m)
                || CONDEMNED_HARMS.contains(m.pattern()) || MutualActs.doneByTwoSides(m)
                || m.source().stream().map(ActorMention::country).filter(Objects::nonNull).distinct().count() > 1;
    }

    /** "The NTSB will investigate the crash", "the fire service is investigating": an inquiry needs no suspect. */
    private static boolean publicInquiry(EventMention m) {
        return "investigate".equals(m.mode())
                && m.source().stream().anyMatch(a -> a.sector() != null && PUBLIC_BODIES.contains(a.sector()));
    }

    /**
     * Whether an event is a private affair: a cooperative act whose every party is a private person or the public
     * (no sector, or civilians), as in obituaries and interviews. Harms and arrests between such people stay events.
     */
    static boolean privateAffair(EventMention m) {
        if (!COOPERATIVE.contains(m.type())) {
            return false;
        }
        return m.source().stream().allMatch(EarlierEvents::privatePerson)
                && m.target().stream().allMatch(EarlierEvents::privatePerson);
    }

    private static boolean privatePerson(ActorMention a) {
        return (a.sector() == null || "CVL".equals(a.sector())) && a.identity() == null
                && !Lexicon.INTERNATIONAL.contains(a.country()) // "the World Food Programme delivered food to ..."
                && !(a.rule() != null && (a.rule().startsWith("country") || a.rule().startsWith("kb-")));
    }

    /**
     * "Saudi Aramco's facilities were hit by drone strikes ... The Houthis claimed responsibility for the attacks":
     * an attack with no target of its own, told of "the attack(s)", is aimed at whoever an attack told in the few
     * sentences before harmed: the passive subject of a verb of harm, or the one "an attack on" names.
     */
    /**
     * "Iran condemned the bombing of U.S. embassies in Kenya and Tanzania and expressed sympathy for the families of
     * the victims": condolences to victims the text does not place are for the people of the countries named where
     * the harm was told (this sentence, else the nearest before it), not for the mourner's own people, whose country
     * the actor coder only guessed from the article.
     */
    static List<EventMention> mournedAbroad(List<EventMention> mentions, List<ActorMention> actors) {
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            EventMention.Evidence ev = m.evidence();
            if (!"condolence".equals(m.pattern()) || ev == null || m.target().isEmpty()) {
                out.add(m);
                continue;
            }
            Set<String> own = new HashSet<>();
            m.source().forEach(a -> own.add(a.country()));
            if (m.target().stream().allMatch(a -> GUESSED.contains(a.rule()) && own.contains(a.country()))) {
                List<ActorMention> abroad = countriesNamedNear(actors, ev.sentence(), own);
                if (!abroad.isEmpty()) {
                    m = m.withTarget(abroad);
                }
            }
            out.add(m);
        }
        return out;
    }

    /** One mention of each other state named as such in a sentence, or in the nearest of the three before it. */
    private static List<ActorMention> countriesNamedNear(List<ActorMention> actors, int sentence, Set<String> own) {
        for (int s = sentence; s >= 0 && s >= sentence - 3; s--) {
            List<ActorMention> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ActorMention a : actors) {
                if (a.sentence() == s && a.sector() == null && a.country() != null && !own.contains(a.country())
                        && !Lexicon.INTERNATIONAL.contains(a.country()) && seen.add(a.country())) {
                    out.add(a);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    static List<EventMention> victimsOfAttacks(AnnotatedDocument doc, List<EventMention> mentions,
                                                      List<ActorMention> actors) {
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            EventMention.Evidence ev = m.evidence();
            if (m.type().equals("ASSAULT") && m.target().isEmpty() && ev != null && toldOfAnAttack(doc, ev)) {
                Set<String> own = new HashSet<>();
                m.source().forEach(a -> own.add(a.country()));
                for (int k = ev.sentence(); k >= Math.max(0, ev.sentence() - 3); k--) {
                    List<ActorMention> harmed = harmedIn(doc, k, actors).stream()
                            .filter(a -> !own.contains(a.country())).toList();
                    if (!harmed.isEmpty()) {
                        m = m.withTarget(harmed);
                        break;
                    }
                }
            }
            if (m.target().isEmpty() && CLAIMED_ATTACK.equals(m.pattern())) {
                continue; // a claim of an attack on no one found says too little
            }
            out.add(m);
        }
        return out;
    }

    /** Whether the event's words name an attack already told: "carried out the attack", "responsibility for the attacks". */
    private static boolean toldOfAnAttack(AnnotatedDocument doc, EventMention.Evidence ev) {
        Syntax syn = new Syntax(doc.sentences().get(ev.sentence()));
        int v = ev.triggerToken();
        if (v < 0 || v >= syn.size()) {
            return false;
        }
        List<Integer> args = new ArrayList<>(syn.children(v, "obj"));
        for (int o : List.copyOf(args)) {
            args.addAll(syn.children(o, "nmod")); // "responsibility for the attacks"
        }
        args.addAll(syn.children(v, "obl"));
        for (int a : args) {
            if (ATTACK_NOUNS.contains(syn.word(a).toLowerCase(Locale.ROOT)) && syn.children(a, "det").stream()
                    .anyMatch(d -> Set.of("the", "this", "these", "that", "those").contains(syn.word(d).toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** The coded actors harmed in a sentence: passive subjects of verbs of harm, and what "an attack on" names. */
    private static List<ActorMention> harmedIn(AnnotatedDocument doc, int sentence, List<ActorMention> actors) {
        Syntax syn = new Syntax(doc.sentences().get(sentence));
        List<ActorMention> here = actors.stream().filter(a -> a.sentence() == sentence).toList();
        List<ActorMention> out = new ArrayList<>();
        for (int t = 0; t < syn.size(); t++) {
            List<Integer> victims = new ArrayList<>();
            if (HARMED.contains(syn.lemma(t)) && syn.passive(t)) {
                victims.addAll(syn.children(t, "nsubj:pass"));
            }
            if (ATTACK_NOUNS.contains(syn.word(t).toLowerCase(Locale.ROOT))) {
                for (int n : syn.children(t, "nmod")) {
                    if (Set.of("on", "against").contains(syn.caseOf(n))) {
                        victims.add(n);
                    }
                }
            }
            for (int v : victims) {
                for (ActorMention a : here) {
                    boolean inside = false;
                    for (int k = a.tokenBegin(); k < a.tokenEnd() && !inside; k++) {
                        inside = k == v || syn.isAncestor(v, k);
                    }
                    if (inside && a.country() != null && !out.contains(a)) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "The embassy declined the request": a refusal of a request with no target of its own answers the last
     * request made earlier in the article to the refuser's country; its maker is the target. "The call was
     * seconded by Merkel": the seconder backs the maker of the last request (made by another country). "Saudi
     * Arabia blamed Iran for the attacks. Iran denied any involvement": a denial answers the last accusation made by
     * another country against the denier's.
     */
    static List<EventMention> answersToRequests(List<EventMention> mentions) {
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EventMention m = mentions.get(i);
            boolean denial = DENIALS.contains(m.pattern());
            if (m.target().isEmpty() && (ANSWERS.contains(m.pattern()) || denial)) {
                Set<String> own = new HashSet<>();
                Set<String> sides = new HashSet<>();
                m.source().forEach(a -> {
                    own.add(a.country());
                    sides.add(a.country() + "/" + a.sector());
                });
                for (int j = i - 1; j >= 0; j--) {
                    EventMention r = mentions.get(j);
                    boolean toThem = r.target().stream().anyMatch(a -> a.country() != null && own.contains(a.country()));
                    boolean foreign = r.source().stream().noneMatch(a -> own.contains(a.country()));
                    // "the committee subpoenaed the documents ... Barr and Ross refused to hand them over": at home,
                    // a request made to the refuser's side by another side
                    boolean home = !m.type().equals("SUPPORT")
                            && r.target().stream().anyMatch(a -> sides.contains(a.country() + "/" + a.sector()))
                            && r.source().stream().noneMatch(a -> sides.contains(a.country() + "/" + a.sector()));
                    if (denial) {
                        if (r.type().equals("ACCUSE") && toThem && foreign && r.source().stream()
                                .noneMatch(a -> SuppliedActors.IMPLIED_AGENT.equals(a.rule()))) {
                            m = m.withTarget(r.source());
                            break;
                        }
                    } else if (r.type().equals("REQUEST") && (toThem || m.type().equals("SUPPORT"))
                            && (foreign || home)) {
                        m = m.withTarget(r.source());
                        break;
                    }
                }
            }
            out.add(m);
        }
        return out;
    }
}
