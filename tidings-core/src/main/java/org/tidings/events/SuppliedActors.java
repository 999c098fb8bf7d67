package org.tidings.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorEntry;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Token;

/**
 * Actors the coder supplies where the text names none: the unnamed agent of a passive harm, the government a
 * protest at home is aimed at, the source's own land, people or officials. Each is marked by its rule, so that
 * no one takes it for a named actor.
 */
final class SuppliedActors {
    /** The rule of an agent the coder supplies for a passive harm told without one. */
    static final String IMPLIED_AGENT = "implied-agent";
    // Sectors of people outside the state, whose demands, threats and complaints to no one named are made to their
    // government.
    private static final Set<String> OUTSIDE_STATE = Set.of("CVL", "HLH", "LAB", "AGR", "EDU", "NGO", "HRI", "OPP",
            "BUS", "REL");
    /** Harms whose condemnation is aimed at their authors, not at the state. */
    private static final Set<String> CRIMES = Set.of("attack", "shooting", "bombing", "killing", "murder", "massacre",
            "stabbing", "assassination", "blast", "explosion", "slaying", "crime");
    /** Patterns of acts at home (laws that grant rights, emergencies declared): on the source's own people. */
    private static final Set<String> HOME_ACTS = Set.of("legalize", "approve.reform", "emergency");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "JUD");
    // Rescues whose saved are not named as actors ("searched for the missing", "fought the blaze"): the people
    // where it happens are helped
    private static final Set<String> RESCUES = Set.of("fight.fire", "search", "search.for", "rescue.op",
            "pull.out", "dig.out");
    private static final Set<String> OTHER_PARTIES = Set.of("side", "party", "parties", "counterpart", "rival");
    /** Lands named by their kind ("the state", "the country"), and the places of a verb that can name one. */
    private static final Set<String> LANDS = Set.of("state", "country", "nation", "city", "province", "region",
            "county", "island", "islands", "territory");
    private static final Set<String> LAND_CASES = Set.of("in", "for", "on", "across", "throughout", "over");

    // Persons whom a number alone tells: "arrested six Protestants" holds people of the police's own country.
    private static final Set<String> COUNTED_PERSONS = Set.of("man", "woman", "people", "person", "individual",
            "youth", "teenager", "suspect", "protestant", "catholic", "muslim", "christian", "worker", "villager",
            "resident", "student", "activist", "member", "boy", "girl", "child", "juvenile", "adult");

    // Persons a state holds and may free ("released 300 political prisoners"), and the forces that hold them.
    private static final Set<String> HELD = Set.of("prisoner", "detainee", "inmate");
    private static final Set<String> FORCES = Set.of("COP", "MIL");

    // Public spaces a crowd takes to, told with their town ("the streets of Beirut").
    private static final Set<String> STREETS = Set.of("street", "streets", "square", "road", "roads");

    private final AnnotatedDocument doc;
    /** Where the report was filed from ("CAPE TOWN, South Africa (AP)"), or null. */
    private final String datelineCountry;
    private final Syntax syn;
    private final PhraseActors phrases;
    private final Targets targets;

    SuppliedActors(AnnotatedDocument doc, Syntax syn, PhraseActors phrases, Targets targets, String datelineCountry) {
        this.datelineCountry = datelineCountry;
        this.doc = doc;
        this.syn = syn;
        this.phrases = phrases;
        this.targets = targets;
    }

    /**
     * "declared a state of emergency for the state", "imposed a curfew across the country": a land named only by
     * its kind is the source's own (the article has already named it), so the target is of the source's country.
     */
    Optional<ActorMention> ownLand(int t, Pattern p, List<ActorMention> source) {
        for (String place : p.targets()) {
            if (place.endsWith("!") || !LAND_CASES.contains(place)) {
                continue;
            }
            for (int h : targets.targetHeads(t, place, false)) {
                int det = syn.child(h, "det");
                if (LANDS.contains(syn.lemma(h).toLowerCase(Locale.ROOT)) && phrases.actorAt(h) == null && det >= 0
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
    Optional<ActorMention> countedPeople(int t, Pattern p, List<ActorMention> source) {
        int o = syn.child(t, "obj");
        String country = source.get(0).country();
        boolean freed = p.type().equals("RETREAT") && o >= 0 && freedByState(o, source.get(0));
        if (!(p.type().equals("COERCE") || freed) || o < 0 || phrases.actorAt(o) != null || country == null
                || !(syn.token(o).pos().equals("CD") || syn.word(o).equalsIgnoreCase("another")
                || countedPersons(o) || freed)) {
            return Optional.empty();
        }
        int count = syn.child(o, "nummod");
        int b = count >= 0 && count < o ? count : o; // "six Protestants": the number tells these from others held
        return Optional.of(supplied(b, o + 1, syn.sentence.span(b, o + 1) + " (people held, of the source's country)",
                country, "CVL", "counted-people"));
    }

    /**
     * "released 300 political prisoners": political prisoners a state (or its forces) frees, told by their number
     * alone, are its own people.
     */
    private boolean freedByState(int noun, ActorMention freer) {
        String sector = freer.sector();
        boolean state = sector == null || STATE_SECTORS.contains(sector) || FORCES.contains(sector);
        return state && HELD.contains(syn.lemma(noun).toLowerCase(Locale.ROOT)) && syn.child(noun, "nummod") >= 0
                && syn.children(noun, "amod").stream().anyMatch(a -> syn.lemma(a).equalsIgnoreCase("political"));
    }

    /** "six Protestants", "two men", "more than 100 people": persons told by their number and nothing more. */
    private boolean countedPersons(int noun) {
        String w = syn.word(noun).toLowerCase(Locale.ROOT);
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w; // "Protestants" keeps its plural lemma
        boolean persons = COUNTED_PERSONS.contains(syn.lemma(noun).toLowerCase(Locale.ROOT))
                || COUNTED_PERSONS.contains(singular);
        return persons && Set.of("NNS", "NNPS").contains(syn.token(noun).pos()) && syn.child(noun, "nummod") >= 0;
    }

    /**
     * "The legislature voted to legalise same-sex marriage": a law that grants rights at home is granted to the
     * source's own people; "the governor declared a state of emergency" puts them under it.
     */
    Optional<ActorMention> ownPeople(int t, Pattern p, List<ActorMention> source) {
        String country = source.get(0).country();
        if (RESCUES.contains(p.id()) && country != null) {
            String where = placeOf(t, country);
            return Optional.of(unnamed(t, "people of " + where, "helped by", where, "CVL", "own-people"));
        }
        if (!HOME_ACTS.contains(p.id()) || country == null || !STATE_SECTORS.contains(source.get(0).sector())) {
            return Optional.empty();
        }
        return Optional.of(unnamed(t, "the people of " + country, "granted by", country, "CVL", "own-people"));
    }

    /**
     * The unnamed agent of a passive harm ("two suspects were arrested", "the minister was stabbed"): the police,
     * or an attacker, of the country where it happened ("arrested in Lebanon"), else of the victim. Marked by its
     * rule, "implied-agent", and its name, so that no one takes it for a named actor.
     */
    ActorMention implied(int t, String who, String country, String sector) {
        return unnamed(t, "unnamed " + who, "implied by", country, sector, IMPLIED_AGENT);
    }

    /**
     * An actor no words name, told by the verb {@code t}: its text is its description in brackets ("(unnamed
     * police)"), not the verb's word, its name says which verb implies it.
     */
    private ActorMention unnamed(int t, String who, String how, String country, String sector, String rule) {
        return new ActorMention(syn.sentence.index(), t, t + 1, syn.token(t).begin(), syn.token(t).end(),
                "(" + who + ")", who + " (" + how + " '" + syn.word(t) + "')", country, sector,
                sector == null ? country : country + sector, null, rule);
    }

    /** An actor the coder supplies where the text names none, over tokens [b, e) and marked by its rule. */
    ActorMention supplied(int b, int e, String name, String country, String sector, String rule) {
        return new ActorMention(syn.sentence.index(), b, e, syn.token(b).begin(), syn.token(e - 1).end(),
                syn.sentence.span(b, e), name, country, sector, sector == null ? country : country + sector, null,
                rule);
    }

    /**
     * The host of a visit told without its place ("Scharping, ending a two-day visit, said ..."): the country the
     * report was filed from, when the visitor is from elsewhere.
     */
    Optional<ActorMention> host(int t, List<ActorMention> visitors) {
        if (datelineCountry == null || visitors.stream().anyMatch(a -> a.country() == null
                || a.country().equals(datelineCountry))) {
            return Optional.empty();
        }
        return Optional.of(unnamed(t, "the host country, " + datelineCountry, "named by the dateline, visited in",
                datelineCountry, "GOV", "dateline-host"));
    }

    /**
     * Where an arrest or a trial told without its place happened: where the report was filed from ("CAPE TOWN, South
     * Africa (AP) _ ... a Tanzanian man was arrested"), else {@code otherwise}.
     */
    String placeOfArrest(int t, String otherwise) {
        return placeOf(t, datelineCountry != null ? datelineCountry : otherwise);
    }

    /** The country of the place a verb is said to happen in ("arrested in Lebanon"), else {@code otherwise}. */
    String placeOf(int t, String otherwise) {
        for (int o : syn.phrasesOf(t)) {
            ActorMention a = phrases.actorAt(o);
            if (a != null && a.sector() == null && a.country() != null
                    && Lexicon.PLACE_CASES.contains(syn.caseOf(o))) {
                return a.country();
            }
        }
        return otherwise;
    }

    /**
     * "demanded an immediate halt to the fighting in Sudan", "called for an end to the violence in Myanmar": the
     * country where what is demanded is to happen, named inside the thing demanded (not the source's own).
     */
    Optional<ActorMention> placeDemandedOf(int t, List<ActorMention> source) {
        List<Integer> level = new ArrayList<>(syn.children(t, "obj"));
        syn.children(t, "obl").stream().filter(o -> syn.caseOf(o).equals("for")).forEach(level::add);
        for (int d = 0; d < 3 && !level.isEmpty(); d++) {
            List<Integer> next = new ArrayList<>();
            for (int x : level) {
                for (int n : syn.children(x, "nmod")) {
                    ActorMention a = phrases.actorAt(n);
                    if (place(a) && syn.caseOf(n).equals("in")
                            && source.stream().noneMatch(s -> a.country().equals(s.country()))) {
                        return Optional.of(a);
                    }
                    next.add(n);
                }
            }
            level = next;
        }
        return Optional.empty();
    }

    /** A mention of a place: a country, or a city ("Tbilisi" stands for no government where things happen in it). */
    private static boolean place(ActorMention a) {
        return a != null && a.country() != null && (a.sector() == null || a.rule().startsWith("capital"));
    }

    /**
     * "Protests continued in Baghdad", "the Hong Kong protests": protests told as a thing, by no one named, are
     * held by people of the place they are in (marked by their rule, as an unnamed agent is).
     */
    Optional<ActorMention> protesters(int t) {
        List<Integer> places = new ArrayList<>();
        for (int k : syn.children(t)) {
            String r = syn.rel(k);
            if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")
                    || (r.startsWith("nmod") || r.startsWith("obl")) && Lexicon.PLACE_CASES.contains(syn.caseOf(k))) {
                places.add(k);
            }
            // "took to the streets of Beirut": the town whose streets they are
            if (r.startsWith("obl") && STREETS.contains(syn.lemma(k).toLowerCase(Locale.ROOT))) {
                syn.children(k, "nmod").stream().filter(n -> syn.caseOf(n).equals("of")).forEach(places::add);
            }
        }
        int g = syn.head(t);
        if (g >= 0 && syn.rel(t).startsWith("nsubj")) {
            for (int o : syn.children(g, "obl")) {
                if (Lexicon.PLACE_CASES.contains(syn.caseOf(o))) {
                    places.add(o);
                }
            }
        }
        for (int k : places) {
            ActorMention a = phrases.actorAt(k);
            if (place(a)) {
                return Optional.of(unnamed(t, "protesters in " + a.text(), "implied by", a.country(), "CVL",
                        "implied-protesters"));
            }
        }
        return Optional.empty();
    }

    /**
     * "Yoon convened a meeting with top security officials": officials named by role alone, with no
     * country of their own, are the convener's own, coded with the source's country and the role's sector. An
     * international body has no people of its own ("the UN urged governments to ...").
     */
    List<ActorMention> ownOfficials(int t, Pattern p, List<ActorMention> source) {
        String country = source.get(0).country();
        if (country == null || Lexicon.INTERNATIONAL.contains(country)
                || source.stream().anyMatch(s -> !country.equals(s.country()))) {
            return List.of();
        }
        LocalDate day = doc.article() == null ? null : doc.article().publicationDate().orElse(null);
        for (String place : p.targets()) {
            for (int h : targets.targetHeads(t, place.replace("!", ""), syn.passive(t))) {
                // "urged the two sides to talk": the parties to a quarrel are not the speaker's own
                if (phrases.actorAt(h) != null || !syn.token(h).pos().startsWith("NN")
                        || OTHER_PARTIES.contains(syn.lemma(h))) {
                    continue;
                }
                Optional<ActorEntry> role = ActorCoder.defaults().lookup(syn.lemma(h),
                        day == null ? LocalDate.now() : day);
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

    /**
     * "Members of the House of Commons protested", "thousands marched in Hong Kong": a protest at home that names
     * no one it is aimed at is aimed at the government of its country (marked as implied, as an unnamed agent is).
     */
    List<ActorMention> protestedGovernment(int t, List<ActorMention> source) {
        Set<String> countries = new HashSet<>();
        for (ActorMention a : source) {
            if (a.country() == null || "GOV".equals(a.sector()) || IMPLIED_AGENT.equals(a.rule())
                    || Lexicon.INTERNATIONAL.contains(a.country())) {
                return List.of(); // an international body has no government of its own to be aimed at
            }
            countries.add(a.country());
        }
        return countries.size() != 1 ? List.of()
                : List.of(implied(t, "government", countries.iterator().next(), "GOV"));
    }

    /**
     * "Doctors warned they would stop working", "farmers demanded a law", "doctors decried the lack of
     * preparedness": a demand, threat or complaint by people outside the state (citizens, unions, doctors, farmers,
     * parties out of power) that names no one is made to the government of their country. A state actor's appeal
     * to no one named ("the ministry urged calm") stays without a target.
     */
    List<ActorMention> addressedGovernment(int t, List<ActorMention> source) {
        if (source.isEmpty() || !source.stream().allMatch(a -> a.sector() != null && OUTSIDE_STATE.contains(a.sector())
                && !IMPLIED_AGENT.equals(a.rule()))) {
            return List.of();
        }
        // "residents decried the attack", "people expressed outrage at the shooting": blame for a crime is aimed at
        // whoever did it, not at the state
        List<Integer> objects = new ArrayList<>(syn.children(t, "obj"));
        objects.addAll(syn.phrasesOf(t));
        for (int k : objects) {
            if (CRIMES.contains(syn.lemma(k)) || CRIMES.contains(syn.word(k))) { // "the stabbing", tagged a verb
                return List.of();
            }
        }
        return protestedGovernment(t, source);
    }
}
