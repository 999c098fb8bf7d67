package org.tidings.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tidings.events.EventMention.Place;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Dependency;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;

/**
 * Finds where an event happened: a place named in a locative phrase of the event word or of its
 * arguments ("summoned the ambassador in Seoul", "shot at the Sergeyevsky training ground in Russia",
 * "during a visit to Pyongyang"), resolved with the {@link Gazetteer}.
 *
 * <p>Only locative prepositions count: a country that acts ("Russia attacked") or is acted upon is not
 * the place of the event. Names the gazetteer does not know are kept, without coordinates.
 */
public final class PlaceFinder {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "within",
            "across", "throughout", "along", "around", "off", "outside_of", "near_to", "close_to", "next_to",
            "on", "over", "aboard", "onboard", "beyond", "amid");
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> NOT_PLACE_NER = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER",
            "ORDINAL", "PERCENT", "MONEY", "PERSON", "TITLE");
    // Going somewhere: the destination is where the event takes place.
    private static final Set<String> VISIT = Set.of("visit", "trip", "travel", "arrive", "arrival", "fly", "tour",
            "journey", "come", "go", "return", "stopover");
    // Common nouns that name a place when a proper name or a place complement goes with them.
    private static final Set<String> PLACE_NOUNS = Set.of("base", "ground", "grounds", "airport", "airbase",
            "border", "region", "city", "town", "village", "province", "district", "port", "harbor", "harbour",
            "camp", "facility", "plant", "embassy", "consulate", "compound", "area", "coast", "sea", "island",
            "range", "zone", "strait", "front", "frontline", "capital", "oblast", "state", "county", "square",
            "palace", "headquarters", "site", "field", "station", "bridge", "peninsula", "river", "valley",
            "mountains", "desert", "hospital", "prison", "school", "refinery", "airfield", "checkpoint",
            "crossing", "territory", "territories", "neighborhood", "neighbourhood", "suburb", "outskirts");
    // Arguments that are events of their own: "condemned the coup in Niger" did not happen in Niger.
    private static final Set<String> HAPPENINGS = Set.of("coup", "attack", "war", "conflict", "election", "vote",
            "strike", "bombing", "killing", "violence", "crisis", "fighting", "protest", "invasion", "offensive",
            "shooting", "explosion", "deal", "agreement", "talks", "summit", "crackdown", "massacre", "raid",
            "arrest", "deployment", "operation", "incursion", "occupation", "annexation", "blockade", "riot",
            "unrest", "clash", "clashes", "fire", "earthquake", "flood", "disaster", "accident", "crash", "case",
            "trial", "referendum", "ceasefire", "truce", "treaty", "policy", "decision", "visit", "meeting");
    // Verbs whose object is the event itself: "held talks", "staged a protest", "carried out an attack".
    private static final Set<String> LIGHT = Set.of("hold", "stage", "carry", "conduct", "launch", "mount",
            "begin", "start", "have", "make", "take", "organize", "organise", "host", "convene", "attend", "sign");
    // Verbs whose complements tell what someone saw or learnt, not where the event was.
    private static final Set<String> ASPECTUAL = Set.of("start", "begin", "continue", "resume", "try", "attempt",
            "stop", "help", "manage", "keep");

    /** How many sentences open a story: its place is named there if anywhere. */
    private static final int STORY_OPENING = 3;
    /** Entities that name where a story happens: narrower than a country. */
    private static final Set<String> STORY_PLACE_NER = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");

    private final Gazetteer gazetteer;

    public PlaceFinder() {
        this(Gazetteer.builtin());
    }

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The location of the event named by the trigger token, when the sentence tells it.
     *
     * @throws IndexOutOfBoundsException when the sentence or token does not exist
     */
    public Optional<Place> locate(AnnotatedDocument doc, int sentence, int triggerToken) {
        Sentence s = doc.sentences().get(sentence);
        if (triggerToken < 0 || triggerToken >= s.tokens().size()) {
            throw new IndexOutOfBoundsException("token " + triggerToken + " not in sentence " + sentence
                    + " of " + s.tokens().size() + " tokens");
        }
        List<EntityMention> entities = doc.entitiesIn(sentence);
        List<Candidate> found = new ArrayList<>();
        List<Integer> eventNodes = eventNodes(s, triggerToken);
        for (int node : eventNodes) {
            collect(s, entities, node, true, found);
        }
        // The ambassador in Seoul, the troops in Kursk: where the event's participants are.
        for (int node : eventNodes) {
            for (Dependency d : s.enhanced()) {
                if (d.governor() == node && isArgument(d.relation())
                        && (!HAPPENINGS.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))
                        || LIGHT.contains(s.tokens().get(node).lemma().toLowerCase(Locale.ROOT)))) {
                    collect(s, entities, d.dependent(), false, found);
                    // "held talks with her counterpart in Nairobi"
                    for (Dependency w : s.enhanced()) {
                        if (w.governor() == d.dependent() && w.relation().equals("nmod:with")) {
                            collect(s, entities, w.dependent(), false, found);
                        }
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Candidate best = found.stream().max(Comparator.comparingInt(Candidate::rank)).orElseThrow();
        String country = best.entry() != null ? best.entry().country() : null;
        if (country == null) {
            // "the Sergeyevsky training ground in Russia": a wider place beside it gives the country.
            country = found.stream().filter(c -> c != best && c.entry() != null && c.entry().country() != null)
                    .max(Comparator.comparingInt(Candidate::rank)).map(c -> c.entry().country()).orElse(null);
        }
        return Optional.of(best.known()
                ? new Place(best.name(), country, best.entry().latitude(), best.entry().longitude())
                : new Place(best.name(), country, null, null));
    }

    /**
     * Where the story happens: the first city, province or region its opening sentences name that the gazetteer
     * knows ("the mayor of the Polish city of Gdansk was stabbed"), or empty. A country alone is no such place.
     */
    public Optional<Place> storyPlace(AnnotatedDocument doc) {
        for (int i = 0; i < Math.min(STORY_OPENING, doc.sentences().size()); i++) {
            for (EntityMention e : doc.entitiesIn(i)) {
                if (!STORY_PLACE_NER.contains(e.type())) {
                    continue;
                }
                Optional<Gazetteer.Entry> entry = gazetteer.lookup(e.text());
                // a country is too wide a place, unless it is a city too ("Hong Kong", "Singapore")
                if (entry.isPresent() && entry.get().country() != null
                        && (!entry.get().kind().equals("country") || e.type().equals("CITY"))) {
                    Gazetteer.Entry g = entry.get();
                    return Optional.of(new Place(e.text(), g.country(), g.latitude(), g.longitude()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArgument(String rel) {
        return rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj") || rel.equals("iobj")
                || rel.equals("obl:with") || rel.equals("nmod:with");
    }

    // The trigger and the words that carry its clause when the trigger is a modifier or a complement
    // of an aspectual verb ("started dispatching troops", "tried to cross").
    private static List<Integer> eventNodes(Sentence s, int trigger) {
        List<Integer> nodes = new ArrayList<>();
        nodes.add(trigger);
        for (Dependency d : s.basic()) {
            if (d.dependent() != trigger || d.governor() < 0) {
                continue;
            }
            Token gov = s.tokens().get(d.governor());
            if (s.tokens().get(trigger).isNoun() && d.relation().startsWith("nsubj") && gov.isVerb()) {
                nodes.add(d.governor()); // "fighting was reported around Bakhmut", "a fire broke out in X"
            }
            if (d.relation().equals("xcomp") && ASPECTUAL.contains(gov.lemma())) {
                nodes.add(d.governor());
            } else if (d.relation().equals("amod") || d.relation().equals("compound")) {
                nodes.add(d.governor());
                for (Dependency up : s.basic()) {
                    if (up.dependent() == d.governor() && up.governor() >= 0
                            && (up.relation().equals("obj") || up.relation().equals("nsubj"))) {
                        nodes.add(up.governor());
                    }
                }
            }
        }
        return nodes;
    }

    private void collect(Sentence s, List<EntityMention> entities, int head, boolean onEvent, List<Candidate> out) {
        Token headToken = s.tokens().get(head);
        boolean visit = VISIT.contains(headToken.lemma().toLowerCase(Locale.ROOT));
        for (Dependency d : s.enhanced()) {
            if (d.governor() != head) {
                continue;
            }
            String rel = d.relation();
            int colon = rel.indexOf(':');
            String base = colon < 0 ? rel : rel.substring(0, colon);
            String prep = colon < 0 ? "" : rel.substring(colon + 1).toLowerCase(Locale.ROOT);
            if (!base.equals("obl") && !base.equals("nmod") && !base.equals("obj") && !base.equals("advmod")) {
                continue;
            }
            if (base.equals("obj")) {
                // "sank off the coast of Zanzibar", parsed with "off" as a particle of the verb
                for (Dependency prt : s.basic()) {
                    if (prt.governor() == head && prt.relation().equals("compound:prt")
                            && LOCATIVE.contains(s.tokens().get(prt.dependent()).word().toLowerCase(Locale.ROOT))) {
                        prep = s.tokens().get(prt.dependent()).word().toLowerCase(Locale.ROOT);
                        base = "obl";
                    }
                }
            }
            boolean locative = (base.equals("obl") || base.equals("nmod")) && LOCATIVE.contains(prep);
            boolean destination = visit && (prep.equals("to") || base.equals("obj"));
            if (locative || destination) {
                int place = namedBy(s, d.dependent());
                Optional<Candidate> direct = candidate(s, entities, place, prep, onEvent);
                direct.ifPresent(out::add);
                if (direct.isEmpty()) {
                    // "on the sidelines of the summit in Jakarta": the place further down the phrase.
                    deeper(s, entities, place, onEvent, 2, out);
                }
                // "outside the embassy in Kiev", "near the palace in Mogadishu": the wider place named with it.
                for (Dependency inner : s.enhanced()) {
                    if (inner.governor() == place && (inner.relation().equals("nmod:in") || inner.relation().equals("nmod:at"))) {
                        // A container ranks below the place it contains, unless that was no name at all.
                        candidate(s, entities, inner.dependent(), "in", false)
                                .map(c -> new Candidate(c.name(), c.rank() - 20, c.entry(), c.known()))
                                .ifPresent(out::add);
                    }
                }
            } else if (onEvent && (base.equals("obl") || base.equals("nmod"))
                    && (prep.equals("during") || prep.equals("on")) && VISIT.contains(lemma(s, d.dependent()))) {
                // "during a visit to Pyongyang": the visit's destination.
                collect(s, entities, d.dependent(), true, out);
            }
        }
    }

    private void deeper(Sentence s, List<EntityMention> entities, int head, boolean onEvent, int depth,
                        List<Candidate> out) {
        if (depth == 0) {
            return;
        }
        for (Dependency d : s.enhanced()) {
            String r = d.relation();
            if (d.governor() == head && (r.equals("nmod:of") || r.equals("nmod:in") || r.equals("nmod:at"))) {
                Optional<Candidate> c = r.equals("nmod:of") ? Optional.empty()
                        : candidate(s, entities, d.dependent(), "in", onEvent);
                c.ifPresent(out::add);
                if (c.isEmpty()) {
                    deeper(s, entities, d.dependent(), onEvent, depth - 1, out);
                }
            }
        }
    }

    // "the town of Bunia", "the city of Kharkiv": the name, not the kind of place.
    private static int namedBy(Sentence s, int token) {
        Token t = s.tokens().get(token);
        if (t.isNoun() && !t.pos().startsWith("NNP") && PLACE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            for (Dependency d : s.enhanced()) {
                if (d.governor() == token && d.relation().equals("nmod:of")
                        && s.tokens().get(d.dependent()).pos().startsWith("NNP")) {
                    return d.dependent();
                }
            }
        }
        return token;
    }

    private Optional<Candidate> candidate(Sentence s, List<EntityMention> entities, int token, String prep,
                                          boolean onEvent) {
        Token t = s.tokens().get(token);
        if (NOT_PLACE_NER.contains(t.ner())) {
            return Optional.empty();
        }
        Optional<Candidate> ofName = ofName(s, token, onEvent);
        if (ofName.isPresent()) {
            return ofName;
        }
        EntityMention entity = entities.stream()
                .filter(e -> e.tokenBegin() <= token && token < e.tokenEnd() && PLACE_NER.contains(e.type()))
                .findFirst().orElse(null);
        String name;
        int rank;
        if (entity != null) {
            name = entity.text();
            rank = switch (entity.type()) {
                case "CITY" -> 40;
                case "STATE_OR_PROVINCE", "LOCATION" -> 30;
                default -> 20;
            };
            Token last = s.tokens().get(entity.tokenEnd() - 1);
            if (PLACE_NOUNS.contains(last.lemma().toLowerCase(Locale.ROOT)) && entity.tokenEnd() - entity.tokenBegin() > 1
                    && gazetteer.lookup(entity.text()).isEmpty()) {
                rank = 50; // "Independence Square", "Elysee Palace": a named site
            }
        } else if (t.pos().startsWith("NNP") && gazetteer.lookup(properSpan(s, token)).isPresent()) {
            // NER missed it, but it is a place we know ("Kyiv" tagged O).
            name = properSpan(s, token);
            rank = 25;
        } else if (t.isNoun() && PLACE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            String proper = properModifiers(s, token);
            if (proper == null) {
                if (!prep.equals("near") && !prep.equals("along") && !prep.equals("across")) {
                    return Optional.empty();
                }
                name = nounPhrase(s, token); // "near the North Korean border"
                rank = 5;
            } else {
                name = proper;
                rank = 50; // a named site is the most precise place there is
            }
        } else {
            return Optional.empty();
        }
        if (!onEvent) {
            rank -= 1;
        }
        Gazetteer.Entry entry = gazetteer.lookup(name).orElse(null);
        boolean country = entry != null ? entry.kind().equals("country")
                : entity != null && entity.type().equals("COUNTRY");
        if (country && (prep.equals("on") || prep.equals("over") || prep.equals("amid"))) {
            return Optional.empty(); // "sanctions on Belarus", "a dispute over Taiwan": a target, not a place
        }
        if (entry == null) {
            // "Ituri province", "Kharkiv city": the name without the kind of place.
            String bare = name.replaceFirst("(?i)\\s+(province|region|oblast|state|district|county|city|governorate|prefecture)$", "");
            if (!bare.equals(name)) {
                entry = gazetteer.lookup(bare).orElse(null);
            }
        }
        boolean known = entry != null;
        if (entry != null) {
            rank = switch (entry.kind()) {
                case "city", "capital" -> Math.max(rank, 40);
                case "region" -> Math.max(rank, 30);
                default -> Math.min(rank, 20);
            };
        }
        // "the base ... in Sergeyevka": a contained place tells the country when the site has none.
        if (entry == null) {
            for (Dependency d : s.enhanced()) {
                // "Koszalin, Poland", "the base in Sergeyevka", "Ukraine's Donetsk region"
                if (d.governor() == token && (d.relation().equals("nmod:in") || d.relation().equals("nmod:poss")
                        || d.relation().equals("appos") || d.relation().startsWith("conj"))) {
                    Optional<Gazetteer.Entry> within = gazetteer.lookup(properSpan(s, d.dependent()))
                            .or(() -> gazetteer.lookup(s.tokens().get(d.dependent()).word()));
                    if (within.isPresent() && within.get().country() != null) {
                        entry = new Gazetteer.Entry(name, "site", within.get().country(), 0, 0);
                        known = false;
                    }
                }
            }
        }
        return Optional.of(new Candidate(name, rank, entry, known));
    }

    // "the Sea of Japan", "the Strait of Hormuz": a known name in two parts, whichever part the parser chose.
    private Optional<Candidate> ofName(Sentence s, int token, boolean onEvent) {
        List<Token> ts = s.tokens();
        int of = -1;
        if (token + 2 < ts.size() && ts.get(token + 1).word().equals("of")) {
            of = token + 1;
        } else if (token >= 2 && ts.get(token - 1).word().equals("of")) {
            of = token - 1;
        }
        if (of < 0) {
            return Optional.empty();
        }
        int from = of - 1;
        while (from > 0 && ts.get(from - 1).pos().startsWith("NNP")) {
            from--;
        }
        int to = of + 1;
        while (to + 1 < ts.size() && ts.get(to + 1).pos().startsWith("NNP")) {
            to++;
        }
        String name = s.span(from, to + 1);
        Optional<Gazetteer.Entry> entry = gazetteer.lookup(name);
        return entry.map(e -> new Candidate(name, (e.kind().equals("city") || e.kind().equals("capital") ? 40 : 30)
                - (onEvent ? 0 : 1), e, true));
    }

    private static String lemma(Sentence s, int token) {
        return s.tokens().get(token).lemma().toLowerCase(Locale.ROOT);
    }

    // The proper noun with its compound name parts: "New York", "Sergeyevsky".
    private static String properSpan(Sentence s, int token) {
        int from = token;
        int to = token + 1;
        List<Token> ts = s.tokens();
        while (from > 0 && (ts.get(from - 1).pos().startsWith("NNP") || ts.get(from - 1).pos().equals("HYPH"))) {
            from--;
        }
        while (to < ts.size() && ts.get(to).pos().startsWith("NNP")) {
            to++;
        }
        return s.span(from, to);
    }

    // "Sergeyevsky training ground": the noun with its modifiers, when one of them is a proper noun.
    private static String properModifiers(Sentence s, int token) {
        int from = token;
        boolean proper = false;
        for (Dependency d : s.basic()) {
            if (d.governor() == token && d.dependent() < token
                    && (d.relation().equals("compound") || d.relation().equals("amod"))) {
                Token m = s.tokens().get(d.dependent());
                if (m.pos().startsWith("NNP") && !m.ner().equals("NATIONALITY") && !m.ner().equals("COUNTRY")) {
                    proper = true;
                }
                if (m.pos().startsWith("NN") || m.pos().startsWith("JJ") || m.pos().startsWith("VBG")) {
                    from = Math.min(from, d.dependent());
                }
            }
        }
        if (!proper) {
            return null;
        }
        while (from < token && !s.tokens().get(from).pos().startsWith("NNP")) {
            from++;
        }
        return s.span(from, token + 1);
    }

    private static String nounPhrase(Sentence s, int token) {
        int from = token;
        for (Dependency d : s.basic()) {
            if (d.governor() == token && d.dependent() < token && (d.relation().equals("compound")
                    || d.relation().equals("amod") || d.relation().equals("det"))) {
                from = Math.min(from, d.dependent());
            }
        }
        // Take in the modifiers of the modifiers ("North" of "North Korean").
        while (from > 0 && s.tokens().get(from - 1).ner().equals("NATIONALITY")) {
            from--;
        }
        return s.span(from, token + 1);
    }

    private record Candidate(String name, int rank, Gazetteer.Entry entry, boolean known) {
    }
}
