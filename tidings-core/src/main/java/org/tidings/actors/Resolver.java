package org.tidings.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Dateline;
import org.tidings.nlp.Dependency;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;

/**
 * Finds and codes the actor mentions of one document.
 *
 * <p>Each sentence is cut into "atoms" (known names, demonyms, capitals, role nouns, and the NER's persons
 * and organisations the knowledge base does not know), the atoms are grouped into noun-phrase chunks, and
 * each chunk is read by a small set of rules: a person with titles, a role noun with its country modifiers,
 * an organisation, a bare country or capital. Coordinated modifiers share the head's role, appositions share
 * their coding, and a document-wide memory resolves surnames ("Zinoviev") and definite roles ("the
 * ambassador") to earlier mentions.
 */
final class Resolver {

    private enum Type { NAME, DEMONYM, CAPITAL, ROLE, PERSON, ORG }

    private record Atom(int b, int e, Type type, List<KnowledgeBase.NameRef> refs, KnowledgeBase.Role role) {
        ActorEntry entry() {
            return refs == null || refs.isEmpty() ? null : refs.get(0).entry();
        }

        boolean isKbPerson() {
            return type == Type.NAME && entry() != null && "person".equals(entry().kind());
        }

        boolean isCountryish() {
            return type == Type.DEMONYM || type == Type.CAPITAL
                    || type == Type.NAME && entry() != null && !"person".equals(entry().kind());
        }
    }

    /** A coding decided for a span; country null while unresolved. */
    private static final class Coded {
        int b;
        int e;
        String country;
        String sector;
        String name;
        String identity;
        String rule;
        String office;
        String person;
        boolean pending;
        boolean ethnic;
        boolean partyLike;
        boolean namedBody;
        boolean foreign;
        /** An earlier mention of the same unresolved person ("Nancy Pelosi ... Pelosi"): coded as it is, at the end. */
        Coded same;

        Coded(int b, int e) {
            this.b = b;
            this.e = e;
        }

        void copyFrom(Coded o, String why) {
            country = o.country;
            sector = o.sector;
            name = o.person != null ? o.person : o.name;
            identity = o.identity;
            office = office == null ? o.office : office;
            rule = why;
            pending = false;
        }
    }

    /** What the document has said so far: who was called what. */
    private static final class Memory {
        final Map<String, Coded> personsByName = new HashMap<>();
        final Map<String, Coded> roles = new HashMap<>();
        /** Persons named but not yet coded, by full name and surname: coded later by the article's country. */
        final Map<String, Coded> unresolved = new HashMap<>();
        Coded lastCountry;
        Coded lastPerson; // the last person named, coded or not
        /** The persons named so far, the latest last: where "he" or "she" looks past someone of the other sex. */
        final List<Coded> persons = new ArrayList<>();
        /** "he" or "she", by person, as pronouns have already called them. */
        final Map<String, String> pronounOf = new HashMap<>();
        Coded subjectBefore; // the person who was the subject of the sentence before, if any
        int subjectSentence = -1;
        Coded lastPrivate; // the last person named with no office the knowledge base or the text gives
        Coded lastGroup; // the last group named, coded or not (see group())
        Coded lastBody; // the last body named as the subject of its sentence (see body())
        /** In a story about American politics with no word of the Caucasus, "Georgia" is the state. */
        boolean georgiaIsAState;
        /** The names of storms named before ("Hurricane Dorian"): "Dorian" alone later is the storm too. */
        final Set<String> hazards = new HashSet<>();
    }

    private static final java.util.regex.Pattern US_STORY = java.util.regex.Pattern.compile(
            "\\b(United States|U\\.S\\.|US|American|Democratic|Republican|Congress|Senate|Atlanta)\\b");
    private static final java.util.regex.Pattern GEORGIA_STORY = java.util.regex.Pattern.compile(
            "\\b(Tbilisi|Georgian|Caucasus|Abkhazia|Ossetia|Kremlin|Batumi)\\b");
    private static final ActorEntry GEORGIA_STATE = new ActorEntry(null, "place", "Georgia", "USA", null, null, null,
            null, "tidings");
    private static final Set<String> NP_POS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS",
            "CD", "HYPH", "VBN");
    private static final java.util.regex.Pattern INTERNATIONAL = java.util.regex.Pattern.compile(
            "\\b(World|International|Global|Africa|African|Europe|European|Asia|Asian|Latin American|Pan-\\w+|Inter-\\w+)\\b");
    private static final java.util.regex.Pattern PARTY = java.util.regex.Pattern.compile(
            "\\b(Party|Union|Front|Movement|Alliance|Congress|League|Coalition|Bloc)\\b");
    /** Sectors whose unnamed members act at home: "rebels", "police", "protesters" take the sentence's only country. */
    private static final Set<String> LOCAL_SECTORS = Set.of("REB", "OPP", "COP", "CVL", "EDU", "HLH", "LAB", "AGR",
            "REL", "CRM", "JUD", "LEG", "PTY");
    /** Role nouns a report uses for one already named by another ("its ambassador ... the envoy"). */
    private static final Map<String, String> SAME_ROLE = Map.of("envoy", "ambassador", "diplomat", "ambassador",
            "premier", "prime minister", "lawmaker", "mp", "legislator", "lawmaker", "monarch", "king");
    // "Federal authorities", "state officials": a level of government at home, not a foreign one.
    private static final Set<String> DOMESTIC_LEVELS = Set.of("federal", "state", "local", "provincial",
            "municipal", "regional", "county", "city");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "MIL", "SPY");
    /** Capitalised heads of places named after a people: "the Persian Gulf", "the Indian Ocean". */
    private static final Set<String> GEOGRAPHIC_NAMES = Set.of("Gulf", "Sea", "Ocean", "Strait", "Straits",
            "Peninsula", "Channel", "Bay", "Plateau", "Desert", "Basin");
    /** Peoples without a state: listed under the country most of them live in, coded by the one they are named in. */
    private static final Set<String> STATELESS_PEOPLES = Set.of("kurd", "kurdish");
    /** Codes of bodies that belong to no country: a member's nationality is told apart. */
    private static final Set<String> STATELESS = Set.of("NGO", "MNC");
    /** Head nouns by which a report names again a body it named in full ("the Justice Department ... the department"). */
    private static final Set<String> BODY_HEADS = Set.of("bureau", "agency", "ministry", "department", "court",
            "committee", "commission", "council", "company", "corporation", "tribunal", "party", "union");
    /** Sentences (after the dateline) that open an article. */
    private static final int LEAD_SENTENCES = 3;
    /** Sectors whose bodies a report calls "they" even in the singular: "police ... They released him". */
    private static final Set<String> GROUP_SECTORS = Set.of("COP", "MIL", "REB", "OPP", "CRM");
    /** Sectors an unknown organisation's name can tell by a role noun in it ("... Police", "... Committee"). */
    private static final Set<String> BODY_SECTORS = Set.of("GOV", "LEG", "MIL", "COP", "JUD", "SPY");
    /** Roles that serve a state abroad or face another one: named bare, they need not be the article's country. */
    private static final Set<String> ABROAD = Set.of("ambassador", "envoy", "diplomat", "consul", "consulate",
            "embassy", "chargé d'affaires", "charge d'affaires", "delegation", "delegate", "negotiator", "mediator",
            "emissary", "special envoy", "special representative", "counterpart", "side", "mission", "high commissioner",
            "representative", "attaché", "attache");
    /** Rules that code a person by what the text says of them, not by a guess. */
    private static final Set<String> DESCRIBED = Set.of("title-person", "nationality-person", "apposition");
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> STARTERS = Set.of("DT", "PDT", "PRP$");
    // "its ambassador in Mali": an envoy posted in a country is not of it.
    private static final Set<String> POSTED = Set.of("ambassador", "envoy", "diplomat", "consul", "attache",
            "attaché", "embassy", "consulate", "commissioner", "chargé", "charge");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "into", "inside", "outside",
            "across", "around", "throughout", "within", "to", "toward", "towards", "via", "through", "over", "on",
            "off", "along", "beyond", "past", "between", "among", "under");
    private static final Set<String> AGENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent",
            "nsubj:xsubj", "obj", "iobj", "obl:by", "nmod:by", "csubj");
    private static final Set<String> SPEECH = Set.of("comment", "statement", "response", "reaction", "word",
            "news", "reply", "answer", "confirmation", "denial", "protest", "warning", "say", "announce", "hear",
            "criticism", "condemnation", "message", "signal", "demand", "request", "call", "pressure", "support",
            "offer", "proposal", "threat", "aid", "help", "envoy", "delegation", "official", "order", "orders");
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "announce", "warn", "claim", "deny",
            "accuse", "insist", "respond", "reply", "confirm", "state", "urge", "demand", "condemn", "protest",
            "reject", "welcome", "criticise", "criticize", "threaten", "vow", "pledge", "agree", "refuse");
    /** Equipment: coded by its owner's country when named with it, but never given a country by a phrase after it. */
    private static final Set<String> EQUIPMENT = Set.of("tank", "drone", "missile", "rocket", "aircraft", "jet",
            "warplane", "warship", "submarine", "helicopter", "bomber", "destroyer", "frigate", "corvette", "artillery",
            "airstrike", "strike", "ship", "plane", "vessel");
    /** Institutions that are places after "in", "at", "near", "to": "near a hospital", "in prison". */
    private static final Set<String> BUILDINGS = Set.of("hospital", "clinic", "school", "university", "college",
            "embassy", "consulate", "church", "mosque", "synagogue", "temple", "prison", "jail", "court", "courthouse",
            "house", "palace", "headquarters", "base", "station", "office", "camp", "compound", "building", "parliament",
            "ministry", "academy", "port", "airport", "market");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "into", "within",
            "around", "behind", "beside", "opposite");
    /** Buildings that are also bodies one can appeal or write to. */
    private static final Set<String> INSTITUTIONS = Set.of("court", "ministry", "parliament", "embassy", "consulate",
            "university", "office", "headquarters", "academy");
    /** People who live where they are not from. */
    private static final Set<String> RESIDENTS = Set.of("refugee", "migrant", "immigrant", "asylum", "seeker",
            "tourist", "foreigner", "expatriate", "expat", "emigre", "evacuee", "worker", "national", "student", "diaspora");
    /** Verbs whose object is a place, not a government: "captured Damascus", "visited Beijing". */
    private static final Set<String> PLACE_VERBS = Set.of("capture", "seize", "enter", "reach", "leave", "visit",
            "bomb", "shell", "strike", "hit", "attack", "besiege", "encircle", "surround", "storm", "flee", "liberate",
            "occupy", "control", "tour", "take", "retake", "recapture", "target", "raid", "invade", "fly",
            "land", "arrive", "evacuate", "destroy", "damage", "overrun", "defend", "approach", "cross", "rock", "patrol",
            "secure", "blockade", "flood", "govern", "rebuild");
    /** Verbs of giving: "sold weapons to Taipei" gives to a government. */
    private static final Set<String> TRANSFER = Set.of("sell", "send", "give", "deliver", "supply", "transfer",
            "hand", "provide", "offer", "lend", "pledge", "ship", "export", "extradite", "return", "appeal", "write",
            "report", "complain", "protest", "apologize", "apologise", "talk", "speak", "announce", "explain",
            "extend", "grant", "donate");
    /** What one state gives another: "loans to Cairo" go to its government, not its streets. */
    private static final Set<String> GIFTS = Set.of("aid", "loan", "assistance", "credit", "grant", "weapon", "arm",
            "funding", "donation", "shipment", "delivery", "subsidy");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their");
    /** How the knowledge base words an office held outside the day's term ("former President"). */
    private static final List<String> OUT_OF_TERM = List.of("former ", "future ");
    /** Roles that "his" or "her" does not make the person's own: "his counterpart", "her authority". */
    private static final Set<String> NOT_OWN = Set.of("counterpart", "authority", "side", "leadership", "leader");
    /** Words that name storms, not people: "Typhoon Phanfone", "Hurricane Dorian". */
    private static final Set<String> HAZARDS = Set.of("typhoon", "hurricane", "cyclone", "storm", "tropical",
            "super", "tornado");
    /** Words after a hazard's name that make it something else ("Hurricane Center", "hurricane season"). */
    private static final Set<String> NOT_STORM_NAMES = Set.of("center", "centre", "season", "warning", "watch");

    private final KnowledgeBase kb;

    Resolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<ActorMention> code(AnnotatedDocument doc) {
        LocalDate date = doc.article() == null ? null : doc.article().publicationDate().orElse(null);
        Memory memory = new Memory();
        memory.georgiaIsAState = US_STORY.matcher(doc.text()).find() && !GEORGIA_STORY.matcher(doc.text()).find();
        List<List<Coded>> perSentence = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            perSentence.add(sentence(doc, s, doc.entitiesIn(s.index()), date, memory));
        }
        articleCountry(doc, perSentence);
        samePersons(perSentence);
        acronyms(doc, perSentence);
        List<ActorMention> out = new ArrayList<>();
        for (int i = 0; i < perSentence.size(); i++) {
            Sentence s = doc.sentences().get(i);
            for (Coded c : perSentence.get(i)) {
                if (c.pending || c.country == null) {
                    continue;
                }
                int begin = s.tokens().get(c.b).begin();
                int end = s.tokens().get(c.e - 1).end();
                String code = c.sector == null ? c.country : c.country + c.sector;
                out.add(new ActorMention(s.index(), c.b, c.e, begin, end, doc.text().substring(begin, end),
                        c.name, c.country, c.sector, code, c.identity, c.rule));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ atoms

    private List<Atom> atoms(Sentence s, List<EntityMention> entities, Memory memory) {
        List<Token> t = s.tokens();
        String[] wordKeys = new String[t.size()];
        String[] lemmaKeys = new String[t.size()];
        for (int i = 0; i < t.size(); i++) {
            wordKeys[i] = KnowledgeBase.key(t.get(i).word());
            lemmaKeys[i] = KnowledgeBase.key(t.get(i).lemma() == null ? t.get(i).word() : t.get(i).lemma());
        }
        List<Atom> atoms = new ArrayList<>();
        int max = kb.maxNameTokens();
        int i = 0;
        while (i < t.size()) {
            if (wordKeys[i].isEmpty() || t.get(i).pos().equals("POS")) {
                i++;
                continue;
            }
            int bestName = 0;
            List<KnowledgeBase.NameRef> bestRefs = null;
            int bestRole = 0;
            KnowledgeBase.Role role = null;
            StringBuilder wk = new StringBuilder();
            StringBuilder lk = new StringBuilder();
            for (int j = i; j < Math.min(t.size(), i + max); j++) {
                wk.append(wordKeys[j]);
                lk.append(lemmaKeys[j]);
                if (wordKeys[j].isEmpty() && j > i && !t.get(j).word().equals("-") && !t.get(j).word().equals(".")
                        && !t.get(j).word().equals("&")) {
                    break;
                }
                if (wordKeys[j].isEmpty() || t.get(j).pos().equals("POS")) {
                    continue;
                }
                String w = wk.toString();
                List<KnowledgeBase.NameRef> refs = kb.names(w);
                if (!refs.isEmpty()) {
                    String text = s.span(i, j + 1);
                    List<KnowledgeBase.NameRef> ok = refs.stream()
                            .filter(r -> KnowledgeBase.caseMatches(r.caseRule(), text)).toList();
                    if (!ok.isEmpty()) {
                        bestName = j + 1 - i;
                        bestRefs = ok;
                    }
                }
                KnowledgeBase.Role r = kb.role(lk.toString());
                if (r == null) {
                    r = kb.role(w);
                }
                if (r == null && j == i) {
                    r = bodyToldAgain(t, i, memory);
                }
                // "the accused", tagged as a verb after its article, is a role noun all the same
                boolean afterArticle = j == i && i > 0 && STARTERS.contains(t.get(i - 1).pos())
                        && t.get(i).pos().equals("VBN") && (i + 1 >= t.size() || !t.get(i + 1).isNoun());
                if (r != null && (t.get(j).isNoun() || t.get(j).pos().startsWith("JJ") || j > i || afterArticle)
                        && !(j == i && abstractUse(t, i))) {
                    bestRole = j + 1 - i;
                    role = r;
                }
            }
            if (bestName > 0 && bestName >= bestRole && i > 0 && t.get(i - 1).word().equals("Little")) {
                i += bestName; // "Little Havana", "Little Italy": a neighbourhood named after a place abroad
            } else if (bestName > 0 && bestName >= bestRole) {
                if (memory.georgiaIsAState && bestName == 1 && t.get(i).word().equals("Georgia")) {
                    bestRefs = bestRefs.stream().map(Resolver::georgiaTheState).toList();
                }
                atoms.add(new Atom(i, i + bestName, typeOf(bestRefs), sortRefs(bestRefs), null));
                i += bestName;
            } else if (bestRole > 0) {
                atoms.add(new Atom(i, i + bestRole, Type.ROLE, null, role));
                i += bestRole;
            } else {
                i++;
            }
        }
        // Persons and organisations the knowledge base does not know.
        List<Atom> extra = new ArrayList<>();
        List<Token> words = s.tokens();
        for (int k = 0; k + 1 < words.size(); k++) {
            // "Hurricane Dorian" when the NER took it for no name at all: "Dorian" later is the storm still
            if (HAZARDS.contains(words.get(k).word().toLowerCase(Locale.ROOT))
                    && (k == 0 || !words.get(k - 1).pos().startsWith("NNP"))) { // not the "National Hurricane Center"
                int n = k + 1;
                while (n + 1 < words.size() && words.get(n + 1).pos().startsWith("NNP")) {
                    n++;
                }
                String name = words.get(n).word().toLowerCase(Locale.ROOT);
                if (words.get(n).pos().startsWith("NNP") && !HAZARDS.contains(name) && !INSTITUTIONS.contains(name)
                        && !NOT_STORM_NAMES.contains(name)) {
                    memory.hazards.add(words.get(n).word());
                }
            }
        }
        for (EntityMention e : entities) {
            Type type = switch (e.type()) {
                case "PERSON" -> Type.PERSON;
                case "ORGANIZATION" -> Type.ORG;
                default -> null;
            };
            if (e.tokenEnd() - e.tokenBegin() == 1 && toldInFull(memory, wordKeys[e.tokenBegin()])) {
                type = Type.PERSON; // "Fields" after "James Alex Fields", whatever the NER took it for
            }
            boolean hazard = HAZARDS.contains(s.tokens().get(e.tokenBegin()).word().toLowerCase(Locale.ROOT))
                    || e.tokenBegin() > 0 && HAZARDS.contains(s.tokens().get(e.tokenBegin() - 1).word().toLowerCase(Locale.ROOT));
            String last = s.tokens().get(e.tokenEnd() - 1).word();
            if (hazard) {
                memory.hazards.add(last);
            }
            if (type == null || isPronoun(s, e) || hazard || memory.hazards.contains(last)) {
                continue; // "Typhoon Haiyan" is weather, not a person
            }
            boolean covered = atoms.stream().anyMatch(a -> a.b <= e.tokenBegin() && a.e >= e.tokenEnd()
                    && a.type != Type.ROLE);
            // "the House": an organisation named by a role noun alone is that role
            boolean roleAlone = type == Type.ORG && atoms.stream().anyMatch(a -> a.type == Type.ROLE
                    && a.b == e.tokenBegin() && a.e == e.tokenEnd());
            if (covered || roleAlone) {
                continue;
            }
            if (type == Type.PERSON) {
                // A person's name is one unit: a country or title word inside it ("Jordan") is not one.
                atoms.removeIf(a -> a.b >= e.tokenBegin() && a.e <= e.tokenEnd() && !a.isKbPerson());
                Atom known = atoms.stream().filter(a -> a.isKbPerson() && a.b < e.tokenEnd() && a.e > e.tokenBegin())
                        .findFirst().orElse(null);
                if (known != null) {
                    if (known.e >= e.tokenEnd()) {
                        continue;
                    }
                    // The NER saw a longer name ("Qassem Soleimani" around an alias "Qassem"): another person.
                    atoms.remove(known);
                    atoms.removeIf(a -> a.b >= e.tokenBegin() && a.e <= e.tokenEnd() && a.type != Type.ROLE);
                }
            }
            extra.add(new Atom(e.tokenBegin(), e.tokenEnd(), type, null, null));
        }
        // "Fields, a self-described Neo-Nazi": a surname told before is that person though the NER missed it
        for (int k = 0; k < t.size(); k++) {
            final int at = k;
            String key = wordKeys[k];
            if (!t.get(k).pos().startsWith("NNP") || !Character.isUpperCase(t.get(k).word().charAt(0)) || key.isEmpty()
                    || !toldInFull(memory, key)
                    || atoms.stream().anyMatch(a -> a.b <= at && at < a.e) || extra.stream().anyMatch(a -> a.b <= at && at < a.e)) {
                continue;
            }
            extra.add(new Atom(k, k + 1, Type.PERSON, null, null));
        }
        atoms.addAll(extra);
        atoms.sort(Comparator.comparingInt(Atom::b).thenComparingInt(a -> -(a.e - a.b)));
        return atoms;
    }

    /** "the bureau", "the agency": the head noun of a body named before, when nothing else makes it a role. */
    private static KnowledgeBase.Role bodyToldAgain(List<Token> t, int i, Memory memory) {
        String w = t.get(i).word();
        Coded body = memory.roles.get(KnowledgeBase.key(w));
        boolean definite = i > 0 && Set.of("the", "this").contains(t.get(i - 1).word().toLowerCase(Locale.ROOT));
        if (body == null || !BODY_HEADS.contains(w) || !definite || !t.get(i).pos().equals("NN")
                || i + 1 < t.size() && t.get(i + 1).isNoun()) {
            return null;
        }
        return new KnowledgeBase.Role(w, body.sector, false, 0);
    }

    private static boolean isPronoun(Sentence s, EntityMention e) {
        for (int k = e.tokenBegin(); k < e.tokenEnd(); k++) {
            Token tok = s.tokens().get(k);
            if (!tok.pos().startsWith("PRP") && !tok.pos().startsWith("W") && Character.isUpperCase(tok.word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "The primary debate in Georgia", "a senator from Georgia": the American state, not the country. */
    private static KnowledgeBase.NameRef georgiaTheState(KnowledgeBase.NameRef ref) {
        if (!"GEO".equals(ref.entry().country())) {
            return ref;
        }
        return new KnowledgeBase.NameRef(GEORGIA_STATE, ref.form(), ref.rank(), ref.caseRule());
    }

    private static Type typeOf(List<KnowledgeBase.NameRef> refs) {
        if (refs.stream().anyMatch(r -> r.form() == KnowledgeBase.Form.NAME)) {
            return Type.NAME;
        }
        if (refs.stream().anyMatch(r -> r.form() == KnowledgeBase.Form.CAPITAL)) {
            return Type.CAPITAL;
        }
        return Type.DEMONYM;
    }

    private static List<KnowledgeBase.NameRef> sortRefs(List<KnowledgeBase.NameRef> refs) {
        List<KnowledgeBase.NameRef> sorted = new ArrayList<>(refs);
        sorted.sort(Comparator.comparingInt(r -> r.form().ordinal()));
        return sorted;
    }

    // ------------------------------------------------------------------ chunks

    private record Chunk(int b, int e, List<Atom> atoms) {
    }

    private List<Chunk> chunks(Sentence s, List<Atom> atoms) {
        List<Token> t = s.tokens();
        Atom[] atomAt = new Atom[t.size()];
        for (Atom a : atoms) {
            for (int k = a.b; k < a.e; k++) {
                if (atomAt[k] == null || atomAt[k].type == Type.ROLE) {
                    atomAt[k] = a;
                }
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        int datelineEnd = Dateline.tokensOf(s);
        for (int k = 0; k <= t.size(); k++) {
            if (k == datelineEnd && start >= 0) {
                close(chunks, start, k, atoms); // "CARSON CITY, Nev. — Gov. Steve Sisolak": the dateline ends a phrase
                start = -1;
            }
            boolean in;
            boolean starter = false;
            if (k == t.size()) {
                in = false;
            } else {
                Token tok = t.get(k);
                starter = STARTERS.contains(tok.pos());
                boolean insideAtom = atomAt[k] != null && k > atomAt[k].b;
                in = insideAtom || atomAt[k] != null || NP_POS.contains(tok.pos()) || starter;
                // A participle inside a noun phrase ("the ruling party", "the newly elected president") follows a
                // determiner, an adjective or a possessive and precedes a noun; after a noun it is a verb.
                if ((tok.pos().equals("VBN") || tok.pos().equals("VBG")) && atomAt[k] == null) {
                    boolean before = k > 0 && Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "POS", "RB", "HYPH")
                            .contains(t.get(k - 1).pos()) && atomAt[k - 1] == null
                            || k > 0 && t.get(k - 1).pos().equals("POS");
                    boolean after = k + 1 < t.size() && t.get(k + 1).isNoun() && !TEMPORAL.contains(t.get(k + 1).ner());
                    in = before && after;
                }
                // "The German government today": a time word is not part of the noun phrase.
                if (atomAt[k] == null && TEMPORAL.contains(tok.ner())) {
                    in = false;
                }
                if (starter && start >= 0 && !insideAtom) {
                    close(chunks, start, k, atoms);
                    start = -1;
                }
                // "told the Associated Press four victims were ...": a count after a name starts another phrase
                if (start >= 0 && !insideAtom && tok.pos().equals("CD") && t.get(k - 1).pos().equals("NNP")
                        && k + 1 < t.size() && t.get(k + 1).pos().equals("NNS")) {
                    close(chunks, start, k, atoms);
                    start = -1;
                }
                // "'s" ends a possessor; the possessed noun starts a new chunk unless it is still a name.
                // So does a role's ("the House's decision"): the thing it owns is not the actor.
                boolean roleOwns = k > 1 && atomAt[k - 2] != null && atomAt[k - 2].type == Type.ROLE
                        && (tok.pos().equals("NN") || tok.pos().equals("NNS") || tok.pos().startsWith("JJ"));
                if (start >= 0 && k > 0 && t.get(k - 1).pos().equals("POS") && atomAt[k] == null
                        && (!NP_POS.contains(tok.pos()) || roleOwns)) {
                    close(chunks, start, k, atoms);
                    start = -1;
                }
            }
            if (in && start < 0) {
                start = k;
            } else if (!in && start >= 0) {
                close(chunks, start, k, atoms);
                start = -1;
            }
        }
        return chunks;
    }

    private static void close(List<Chunk> chunks, int b, int e, List<Atom> atoms) {
        List<Atom> inside = atoms.stream().filter(a -> a.b >= b && a.e <= e).toList();
        chunks.add(new Chunk(b, e, inside));
    }

    // ------------------------------------------------------------------ reading a sentence

    private List<Coded> sentence(AnnotatedDocument doc, Sentence s, List<EntityMention> entities, LocalDate date, Memory memory) {
        List<Atom> atoms = atoms(s, entities, memory);
        List<Chunk> chunks = chunks(s, atoms);
        List<Coded> out = new ArrayList<>();
        for (int ci = 0; ci < chunks.size(); ci++) {
            readChunk(s, chunks, ci, date, memory, out);
        }
        // "a Washington-based advocate": where someone is based describes them; the place is no party
        out.removeIf(c -> c.e + 1 < s.tokens().size() && s.tokens().get(c.e).word().equals("-")
                && Set.of("based", "headquartered").contains(s.tokens().get(c.e + 1).word().toLowerCase(Locale.ROOT)));
        appositions(s, out);
        nationalityApposition(s, atoms, date, out);
        personOfBody(s, out);
        residence(s, out);
        soleCountry(s, out);
        localPolice(s, out);
        pronouns(doc, s, out, memory);
        out.sort(Comparator.comparingInt(c -> c.b));
        for (Coded c : out) {
            remember(s, c, memory);
        }
        out.stream().filter(c -> c.person != null).max(Comparator.comparingInt(c -> c.b))
                .ifPresent(c -> memory.lastPerson = c);
        out.stream().filter(c -> c.person != null && !"pronoun-coreference".equals(c.rule))
                .forEach(memory.persons::add);
        out.stream().filter(c -> c.person != null && subject(s, c)).min(Comparator.comparingInt(c -> c.b))
                .ifPresent(c -> {
                    memory.subjectBefore = c;
                    memory.subjectSentence = s.index();
                });
        out.stream().filter(c -> group(s, c) && !"pronoun-coreference".equals(c.rule)).max(Comparator.comparingInt(c -> c.b))
                .ifPresent(c -> memory.lastGroup = c);
        out.stream().filter(c -> body(s, c) && !"pronoun-coreference".equals(c.rule)).max(Comparator.comparingInt(c -> c.b))
                .ifPresent(c -> memory.lastBody = c);
        out.stream().filter(c -> c.person != null && c.office == null && (c.rule == null || !c.rule.startsWith("kb-person"))
                && !"pronoun-coreference".equals(c.rule)).max(Comparator.comparingInt(c -> c.b))
                .ifPresent(c -> memory.lastPrivate = c);
        return out;
    }

    private void readChunk(Sentence s, List<Chunk> chunks, int ci, LocalDate date, Memory memory, List<Coded> out) {
        Chunk ch = chunks.get(ci);
        List<Token> t = s.tokens();
        if (ch.atoms.isEmpty()) {
            return;
        }
        int end = ch.e;
        while (end > ch.b && (t.get(end - 1).pos().equals("POS") || t.get(end - 1).pos().equals("HYPH"))) {
            end--;
        }
        // (a) a person, with the titles and modifiers before the name
        Atom person = null;
        for (Atom a : ch.atoms) {
            if (a.isKbPerson() || a.type == Type.PERSON) {
                person = a;
            }
        }
        if (person != null) {
            readPerson(s, ch, person, date, memory, out);
            bodyOfPerson(s, ch, person, end, out);
            return;
        }
        // (b) a role noun at the head of the chunk, or followed only by a name ("the corvette Cheonan")
        Atom head = null;
        for (Atom a : ch.atoms) {
            if (a.type == Type.ROLE && (a.e == end || onlyNamesBetween(s, ch, a.e, end))) {
                head = a;
            }
        }
        Atom org = null;
        for (Atom a : ch.atoms) {
            if (a.type == Type.ORG && a.e == end) {
                org = a;
            }
        }
        if (head != null && (org == null || org.b >= head.b)) {
            readRole(s, chunks, ci, head, date, memory, out);
            return;
        }
        if (org != null) {
            readOrg(s, ch, org, date, memory, out);
            return;
        }
        // (c) names: organisations, countries, capitals, demonyms
        List<Atom> demonyms = ch.atoms.stream().filter(a -> a.type == Type.DEMONYM).toList();
        if (demonyms.size() >= 2 && demonyms.get(demonyms.size() - 1).e == end && plural(t.get(end - 1))) {
            // "Bosnian Serbs": a people of a country; "Cuban-Americans": citizens of the country named last
            Atom first = demonyms.get(0);
            Atom last = demonyms.get(demonyms.size() - 1);
            String nation = last.entry().country();
            boolean diaspora = nation != null && HYPHENATED_NATIONS.contains(nation)
                    && !nation.equals(first.entry().country());
            Coded c = new Coded(first.b, end);
            ActorEntry e = diaspora ? last.entry() : first.entry();
            c.country = e.country();
            c.sector = "CVL";
            c.name = s.span(first.b, end);
            c.rule = "people-of-country";
            c.ethnic = ethnic(s, ch, first);
            out.add(c);
            return;
        }
        Atom lastAtom = ch.atoms.get(ch.atoms.size() - 1);
        if (lastAtom.type == Type.NAME && lastAtom.e == end && !"country".equals(lastAtom.entry().kind())
                && !"place".equals(lastAtom.entry().kind()) && ch.atoms.size() > 1) {
            // "Russian state news agency TASS", "Germany's Bundestag": the organisation with its modifiers
            Coded c = named(s, lastAtom, ch, date);
            c.b = ch.atoms.get(0).b;
            if (c.b > ch.b && STARTERS.contains(t.get(ch.b).pos())) {
                c.b = ch.b;
            }
            c.rule = c.rule + "-with-modifiers";
            out.add(c);
            return;
        }
        for (Atom a : ch.atoms) {
            switch (a.type) {
                case NAME -> {
                    if (inPlaceName(t, a.b, a.e)) {
                        continue;
                    }
                    Coded c = named(s, a, ch, date);
                    String[] role = "country".equals(a.entry().kind()) && a.e == end ? coordinatedRole(s, chunks, ci) : null;
                    if (role != null) {
                        c.sector = role[0];
                        c.office = role[1];
                        c.rule = "coordination";
                    }
                    out.add(c);
                }
                case CAPITAL -> out.add(capital(s, a, ch));
                case DEMONYM -> {
                    Coded c = demonym(s, chunks, ci, a, end, memory);
                    if (c != null) {
                        out.add(c);
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * Whether a country's name or people's word is part of a sea's or a land's name ("the Persian Gulf", "the Sea of
     * Japan", "the Korean Peninsula"): a place, no actor.
     */
    static boolean inPlaceName(List<Token> t, int b, int e) {
        return e < t.size() && GEOGRAPHIC_NAMES.contains(t.get(e).word())
                || b >= 2 && t.get(b - 1).word().equals("of") && GEOGRAPHIC_NAMES.contains(t.get(b - 2).word());
    }

    private static boolean plural(Token tok) {
        return tok.pos().equals("NNS") || tok.pos().equals("NNPS")
                || tok.pos().equals("NNP") && tok.word().endsWith("s");
    }

    /** "ethnic Albanians", "the Albanian population": a people living in another country. */
    private static boolean ethnic(Sentence s, Chunk ch, Atom demonym) {
        List<Token> t = s.tokens();
        if (demonym.b > ch.b && t.get(demonym.b - 1).word().equalsIgnoreCase("ethnic")
                || STATELESS_PEOPLES.contains(t.get(demonym.b).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        int end = endOf(s, ch);
        String head = t.get(end - 1).word().toLowerCase(Locale.ROOT);
        return end > demonym.e && (head.equals("population") || head.equals("minority") || head.equals("minorities"));
    }

    /** The role of a chunk after "and"/"or"/",": "Hungarian and Romanian officials" -> {GOV, official}. */
    private String[] coordinatedRole(Sentence s, List<Chunk> chunks, int ci) {
        List<Token> t = s.tokens();
        Chunk ch = chunks.get(ci);
        if (ch.e >= t.size()) {
            return null;
        }
        String w = t.get(ch.e).word().toLowerCase(Locale.ROOT);
        if (!(w.equals("and") || w.equals("or") || w.equals(",") || w.equals("&"))) {
            return null;
        }
        for (int cj = ci + 1; cj < chunks.size() && cj <= ci + 4; cj++) {
            Chunk next = chunks.get(cj);
            if (cj == ci + 1 && next.b > ch.e + 1) {
                return null;
            }
            Atom role = next.atoms.stream().filter(x -> x.type == Type.ROLE).reduce((x, y) -> y).orElse(null);
            boolean modified = next.atoms.stream().anyMatch(x -> x.type == Type.DEMONYM
                    || x.type == Type.NAME && "country".equals(x.entry().kind()));
            if (role != null && role.e == endOf(s, next)) {
                return modified ? new String[]{sectorOf(next), role.role.term()} : null;
            }
            if (next.e >= t.size()) {
                return null;
            }
            String sep = t.get(next.e).word().toLowerCase(Locale.ROOT);
            if (!(sep.equals("and") || sep.equals("or") || sep.equals(","))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "the Trump administration", "the Obama campaign": a person's name before an institution's role noun names the
     * institution, of the person's country and the role's sector.
     */
    private static void bodyOfPerson(Sentence s, Chunk ch, Atom person, int end, List<Coded> out) {
        Atom role = null;
        for (Atom a : ch.atoms) {
            if (a.type == Type.ROLE && a.b >= person.e && a.e == end && a.role.sector() != null) {
                role = a;
            }
        }
        if (role == null || out.isEmpty()) {
            return;
        }
        Coded c = out.get(out.size() - 1);
        if (c.pending || c.country == null || c.b > person.b || c.e != person.e) {
            return;
        }
        c.e = end;
        c.sector = role.role.sector();
        c.name = s.span(c.b, end);
        c.office = role.role.term();
        c.person = null;
        c.identity = null;
        c.rule = "person's-body";
    }

    private void readPerson(Sentence s, Chunk ch, Atom person, LocalDate date, Memory memory, List<Coded> out) {
        int b = ch.b;
        // Names before a possessive belong to someone else: "Russia's Vladimir Putin" is one mention though.
        Coded c = new Coded(b, person.e);
        String roleSector = null;
        String office = null;
        String country = null;
        String countryRule = null;
        String orgSector = null;
        boolean titledByBody = false;
        for (Atom a : ch.atoms) {
            if (a.b >= person.b) {
                break;
            }
            if (a.type == Type.ROLE) {
                roleSector = combine(roleSector, a.role);
                office = a.role.term();
            } else if (a.isCountryish() && country == null) {
                country = countryOf(a, date);
                countryRule = a.type.name().toLowerCase(Locale.ROOT);
                ActorEntry e = entryOf(a, date);
                orgSector = e.sector();
                titledByBody = "org".equals(e.kind()) && a.e < person.b
                        && Character.isUpperCase(t(s, person.b - 1).charAt(0));
            } else if (a.isKbPerson() && country == null && a.e < person.b && t(s, a.e).equals("'s")) {
                // "Yeltsin's spokesman Sergei Yastrzhembsky": the aide of a known leader serves the leader's country
                ActorEntry e = KnowledgeBase.choose(a.refs, date).orElseThrow();
                country = e.country();
                countryRule = "possessor";
            }
        }
        if (office != null && BODY_ROLES.contains(office) && orgSector != null) {
            roleSector = orgSector; // "White House Chief of Staff Mick Mulvaney": the staff of the body named
        }
        if (roleSector == null && titledByBody) {
            roleSector = orgSector; // "FBI Director Louis Freeh": a title the body gives serves it
        }
        if (former(s, b, person.b)) {
            roleSector = "ELI";
        }
        String text = s.span(person.b, person.e);
        c.person = text;
        c.office = office;
        ActorEntry listed = person.isKbPerson() ? KnowledgeBase.choose(person.refs, date).orElseThrow() : null;
        // "Palestinian Foreign Minister Riyad al-Maliki" is not Iraq's Nouri al-Maliki: a titled name whose own
        // country differs from the known person's is someone else sharing the surname
        if (listed != null && !(country != null && office != null && !country.equals(listed.country()))) {
            ActorEntry e = listed;
            c.country = e.country();
            c.sector = e.sector();
            c.name = e.name();
            c.person = e.name();
            c.identity = e.id();
            c.rule = e.sector() != null && e.sector().equals("ELI") && e.office() != null && e.office().startsWith("former")
                    ? "kb-person-former" : "kb-person";
            if ("ELI".equals(roleSector)) {
                c.sector = "ELI";
                c.rule = "kb-person-titled-former";
            } else if (roleSector != null && (c.rule.equals("kb-person-former") || outOfTerm(e))) {
                // "President Bush" outside his term: the text gives the office; take the nearest term's coding.
                // "opposition leader Raila Odinga", years after his term as prime minister: the title of the day;
                // "Foreign Minister Jakaya Kikwete", years before his presidency: the office he holds then
                ActorEntry term = KnowledgeBase.nearestTerm(person.refs, date);
                c.country = term.country();
                c.sector = "GOV".equals(roleSector) || "CVL".equals(roleSector) ? term.sector() : roleSector;
                c.rule = "kb-person-titled";
            }
            Coded titled = memory.personsByName.get(KnowledgeBase.key(e.name()));
            if (office == null && titled != null && "kb-person-titled".equals(titled.rule)) {
                // "Foreign Minister Jakaya Kikwete ... urged Albright": the office the article gave them still holds
                c.country = titled.country;
                c.sector = titled.sector;
                c.office = titled.office;
                c.rule = "name-coreference";
                out.add(c);
                return;
            }
            if (office == null) {
                c.office = e.office() == null ? null : e.office().toLowerCase(Locale.ROOT);
            }
            out.add(c);
            return;
        }
        if (office != null) {
            Optional<ActorEntry> similar = kb.similarPerson(text, date);
            if (similar.isPresent()) {
                ActorEntry e = similar.get();
                c.country = e.country();
                c.sector = "ELI".equals(roleSector) ? "ELI" : e.sector();
                c.name = e.name();
                c.person = e.name();
                c.identity = e.id();
                c.rule = "kb-person-spelling";
                out.add(c);
                return;
            }
        }
        Coded known = memory.personsByName.get(KnowledgeBase.key(text));
        if (known == null) {
            known = memory.personsByName.get(KnowledgeBase.key(t(s, person.e - 1)));
            // "Elian Gonzalez ... Lazaro Gonzalez": a surname shared under a name the other never had is another
            // person ("Pedro Pierluisi Urrutia ... Pierluisi Urrutia" is the same)
            if (known != null && person.e - person.b > 1 && !hasName(known, t(s, person.b))) {
                known = null;
            }
        }
        if (known == null && person.e - person.b == 1) {
            known = misspelt(memory.personsByName, KnowledgeBase.key(text)); // "Yahya Sarea ... Saree said"
        }
        if (country != null) {
            c.country = country;
            c.sector = roleSector;
            c.name = text;
            c.rule = roleSector != null ? "title-person" : "nationality-person";
            out.add(c);
        } else if (known != null) {
            c.copyFrom(known, "name-coreference");
            c.name = known.person;
            out.add(c);
        } else {
            c.pending = true;
            c.sector = roleSector;
            c.name = text;
            Coded earlier = memory.unresolved.get(KnowledgeBase.key(text));
            if (earlier == null) {
                earlier = memory.unresolved.get(KnowledgeBase.key(t(s, person.e - 1)));
            }
            c.same = earlier;
            out.add(c);
        }
    }

    /** A person's coding for a day outside all their terms of office (before the first, or after the last). */
    private static boolean outOfTerm(ActorEntry e) {
        return "ELI".equals(e.sector()) && e.office() != null && !officeHeld(e.office()).equals(e.office());
    }

    /** The office itself, whether held now or before or after: "former vice president" is "vice president". */
    private static String officeHeld(String office) {
        for (String when : OUT_OF_TERM) {
            if (office.startsWith(when)) {
                return office.substring(when.length());
            }
        }
        return office;
    }

    /** A surname told before, spelt one letter differently ("Sarea", "Saree"); null when none or several. */
    private static Coded misspelt(Map<String, Coded> persons, String key) {
        if (key.length() < 4) {
            return null;
        }
        Coded found = null;
        for (Map.Entry<String, Coded> e : persons.entrySet()) {
            String k = e.getKey();
            if (k.indexOf(' ') < 0 && k.length() >= 4 && k.charAt(0) == key.charAt(0) && oneEditApart(k, key)) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    private static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static boolean onlyNamesBetween(Sentence s, Chunk ch, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (Atom a : ch.atoms) {
            if (a.b >= from && a.b < to) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            String pos = s.tokens().get(k).pos();
            if (!(pos.equals("NNP") || pos.equals("NNPS"))) {
                return false;
            }
        }
        return true;
    }

    /** "former president", "ex-minister": the office is past, the person an elite. */
    private static boolean former(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("former") || w.equals("ex") || w.startsWith("ex-") || w.equals("late")) {
                return true;
            }
        }
        return false;
    }

    private static String t(Sentence s, int i) {
        return s.tokens().get(i).word();
    }

    private void readRole(Sentence s, List<Chunk> chunks, int ci, Atom head, LocalDate date, Memory memory, List<Coded> out) {
        Chunk ch = chunks.get(ci);
        List<Token> t = s.tokens();
        String headWord = lemma(t.get(endOf(s, ch) - 1));
        String before = ch.b > 0 ? t.get(ch.b - 1).word().toLowerCase(Locale.ROOT) : "";
        if (BUILDINGS.contains(headWord) && (LOCATIVE.contains(before)
                || before.equals("to") && !INSTITUTIONS.contains(headWord))) {
            // "near a hospital", "to Government House", "in prison": a place, not an actor
            for (Atom a : ch.atoms) {
                if (a.type == Type.CAPITAL) {
                    out.add(capital(s, a, ch));
                } else if (a.type == Type.NAME) {
                    out.add(named(s, a, ch, date));
                }
            }
            return;
        }
        Coded c = new Coded(ch.b, Math.max(head.e, endOf(s, ch)));
        c.foreign = s.span(ch.b, ch.e).toLowerCase(Locale.ROOT).matches(".*\\b(foreign|foreigners?|international|overseas)\\b.*");
        String sector = null;
        Atom countryAtom = null;
        for (Atom a : ch.atoms) {
            if (a.type == Type.ROLE) {
                sector = combine(sector, a.role);
            } else if (a.isCountryish() && countryAtom == null) {
                countryAtom = a;
            }
        }
        if (former(s, ch.b, head.b)) {
            sector = "ELI";
        }
        c.sector = sector;
        c.office = head.role.term();
        if (countryAtom != null) {
            ActorEntry e = entryOf(countryAtom, date);
            c.country = e.country();
            c.name = describe(e, countryAtom, c.office);
            c.identity = "person".equals(e.kind()) ? null : (countryAtom.type == Type.NAME && !"country".equals(e.kind()) ? e.id() : null);
            // An organisation's own sector counts when the role is generic ("UN officials").
            if (!"country".equals(e.kind()) && e.sector() != null && isGeneric(head.role)) {
                c.sector = e.sector();
            }
            if (!"country".equals(e.kind()) && c.office != null && BODY_ROLES.contains(c.office)) {
                // "the European Union's chief executive": an international body's executive governs it
                c.sector = e.sector() != null ? e.sector() : "IGO".equals(e.country()) ? "GOV" : c.sector;
            }
            c.rule = "role+" + countryAtom.type.name().toLowerCase(Locale.ROOT);
            c.ethnic = countryAtom.type == Type.DEMONYM && ethnic(s, ch, countryAtom);
            out.add(c);
            return;
        }
        if ("JUD".equals(sector) && s.span(ch.b, head.b).toLowerCase(Locale.ROOT).matches(".*\\binternational\\b.*")) {
            // "an international arbitration tribunal": a court the states set up together, not one of them
            c.country = "IGO";
            c.name = s.span(ch.b, c.e);
            c.rule = "international-court";
            out.add(c);
            return;
        }
        // "the president of Armenia", "opposition groups in Zimbabwe"
        if (ch.e < t.size() && ci + 1 < chunks.size()) {
            Token prep = t.get(ch.e);
            Chunk next = chunks.get(ci + 1);
            String p = prep.word().toLowerCase(Locale.ROOT);
            String det = t.get(ch.b).word().toLowerCase(Locale.ROOT);
            // Refugees and migrants in a country are not of it; "both governments in Jakarta" are not one.
            boolean residence = p.equals("in") && (RESIDENTS.contains(lemma(t.get(head.e - 1))) || "REF".equals(sector)
                    || POSTED.contains(lemma(t.get(head.e - 1))));
            boolean distributive = det.equals("both") || det.equals("all") || det.equals("each") || det.equals("either")
                    || EQUIPMENT.contains(lemma(t.get(head.e - 1)));
            if (next.b == ch.e + 1 && !residence && !distributive
                    && (p.equals("of") || p.equals("in") || p.equals("from") || p.equals("for"))) {
                Optional<Atom> ca = next.atoms.stream().filter(Atom::isCountryish).findFirst();
                boolean person = next.atoms.stream().anyMatch(a -> a.type == Type.PERSON || a.isKbPerson());
                if (ca.isPresent() && !person) {
                    ActorEntry e = entryOf(ca.get(), date);
                    int nend = next.e;
                    while (nend > next.b && (t.get(nend - 1).pos().equals("POS"))) {
                        nend--;
                    }
                    String inner = sectorOf(next);
                    boolean innerRole = next.atoms.stream().anyMatch(a -> a.type == Type.ROLE && a.e == endOf(s, next));
                    c.e = innerRole ? nend : ca.get().e;
                    c.country = e.country();
                    c.name = describe(e, ca.get(), c.office);
                    if (head.role.generic() && innerRole && inner != null) {
                        // "the spokesman of the foreign ministry": the institution's sector
                        c.sector = inner;
                    } else if (!"country".equals(e.kind()) && e.sector() != null && head.role.generic()) {
                        c.sector = e.sector();
                    }
                    if ("country".equals(e.kind()) && "chief executive".equals(head.role.term()) && p.equals("of")) {
                        // "the chief executive of Hong Kong": the head of a territory's government
                        c.sector = "GOV";
                    }
                    c.rule = "role-of-country";
                    out.add(c);
                    // The country inside is part of this mention.
                    chunks.set(ci + 1, new Chunk(next.b, next.e, List.of()));
                    return;
                }
            }
        }
        if ("pope".equals(c.office) || "vatican".equals(c.office)) {
            c.country = "VAT"; // "the pope called for an end to the violence": whoever holds it, the Holy See's
            c.name = kb.countryName("VAT") + " " + c.office;
            c.rule = "role-of-its-see";
            out.add(c);
            return;
        }
        // "its soldiers": the last country, or body of one, named in this sentence ("Ireland's government said
        // ... its ambassador")
        String first = t.get(ch.b).word().toLowerCase(Locale.ROOT);
        Coded owner = null;
        for (Coded o : out) {
            if (!o.pending && o.country != null && o.person == null && !"MED".equals(o.sector)) {
                owner = o;
            }
        }
        owner = owner != null ? owner : memory.lastCountry;
        if (POSSESSIVE_PRONOUNS.contains(first) && owner != null) {
            c.copyFrom(owner, "possessive-pronoun");
            c.sector = sector;
            c.name = kb.countryName(c.country) + " " + c.office;
            out.add(c);
            return;
        }
        // "The Kenyan president said his government would send troops": the country of the person named last
        if ((first.equals("his") || first.equals("her")) && !NOT_OWN.contains(c.office)) {
            Coded person = null;
            for (Coded o : out) {
                // a person, or one holding an office ("the Kenyan president")
                boolean one = o.person != null || o.office != null && o.e <= t.size() && o.e > o.b
                        && Set.of("NN", "NNP").contains(t.get(o.e - 1).pos());
                if (one && !o.pending && o.country != null && o.b < ch.b && !"MED".equals(o.sector)) {
                    person = o;
                }
            }
            if (person == null && memory.lastPerson != null && !memory.lastPerson.pending) {
                person = memory.lastPerson;
            }
            if (person != null && person.country != null && !"IGO".equals(person.country)) {
                c.copyFrom(person, "possessive-pronoun");
                c.person = null;
                c.identity = null;
                c.sector = sector;
                c.name = kb.countryName(c.country) + " " + c.office;
                out.add(c);
                return;
            }
        }
        // "the ambassador": the last mention with this role
        if (first.equals("the") || first.equals("this") || first.equals("that") || first.equals("these")
                || first.equals("those")) {
            String term = head.role.term();
            // "King Hussein ... Saddam, with whom the king met": named earlier in the same sentence
            Coded prior = out.stream().filter(o -> !o.pending && o.b < ch.b && o.office != null
                    && term.equals(officeHeld(o.office))).reduce((a, b) -> b)
                    .orElse(memory.roles.get(KnowledgeBase.key(term)));
            String same = SAME_ROLE.get(term);
            if (prior == null && same != null) {
                prior = memory.roles.get(KnowledgeBase.key(same)); // "its ambassador ... the envoy"
            }
            if (prior != null) {
                c.copyFrom(prior, "role-coreference");
                c.sector = prior.sector;
                out.add(c);
                return;
            }
            // "Brenton Tarrant ... charged with murder. ... the accused": the suspect is the private person named last
            Coded person = memory.lastPrivate;
            if (first.equals("the") && "CRM".equals(sector) && !t.get(head.e - 1).pos().equals("NNS") && person != null) {
                if (!person.pending && person.country != null) {
                    c.copyFrom(person, "role-coreference");
                    c.sector = sector;
                } else {
                    c.pending = true;
                    c.same = person.same != null ? person.same : person;
                    c.rule = "role-coreference";
                }
                out.add(c);
                return;
            }
        }
        c.pending = true;
        out.add(c);
    }

    private void readOrg(Sentence s, Chunk ch, Atom org, LocalDate date, Memory memory, List<Coded> out) {
        Coded c = new Coded(ch.b, org.e);
        String sector = null;
        Atom countryAtom = null;
        for (Atom a : ch.atoms) {
            // "Northamptonshire Police", and "the American company SpaceX": the role right before the name too
            if (a.type == Type.ROLE && (a.b >= org.b || a.e == org.b)) {
                sector = combine(sector, a.role);
            } else if (a.isCountryish() && countryAtom == null) {
                countryAtom = a;
            }
        }
        if (countryAtom == null) {
            String orgName = s.span(org.b, org.e);
            if (INTERNATIONAL.matcher(orgName).find()) {
                // "Third World Water Forum", "Association of African Jurists": an international body.
                c.country = "NGO";
                c.sector = sector;
                c.name = orgName;
                c.rule = "international-organisation-name";
                out.add(c);
            } else if (PARTY.matcher(orgName).find() || "PTY".equals(sector) || "OPP".equals(sector)) {
                c.pending = true;
                c.partyLike = true;
                c.sector = sector == null ? "PTY" : sector;
                c.name = orgName;
                out.add(c);
            } else if (sector != null && BODY_SECTORS.contains(sector)) {
                // "Thames Valley Police", "the House Oversight and Reform Committee": a body named by what it is,
                // of the country the text is about
                c.pending = true;
                c.namedBody = true;
                c.sector = sector;
                c.name = orgName;
                out.add(c);
            }
            return;
        }
        ActorEntry e = entryOf(countryAtom, date);
        // An outside country modifier ("Ukraine's Center ...") marks a state body unless a role says otherwise.
        boolean outside = countryAtom.b < org.b;
        if (sector == null) {
            sector = outside ? "GOV" : null;
        }
        if (!outside && countryAtom.b > org.b && countryAtom.e == org.e) {
            // "Bank of Russia"-like names: the country is the last word; fine either way.
        }
        c.country = e.country();
        c.sector = sector;
        c.name = s.span(org.b, org.e);
        c.rule = outside ? "country's-organisation" : "organisation-with-country";
        // "the US Embassy ... The embassy declined": a body named by a role noun is remembered under it
        for (Atom a : ch.atoms) {
            if (a.type == Type.ROLE && a.e == org.e && a.b >= org.b && !isGeneric(a.role)) {
                c.office = a.role.term();
            }
        }
        out.add(c);
    }

    private Coded named(Sentence s, Atom a, Chunk ch, LocalDate date) {
        ActorEntry e = entryOf(a, date);
        int b = a.b;
        if (b > 0 && b - 1 >= ch.b && t(s, b - 1).equalsIgnoreCase("the") && a.e >= endOf(s, ch)) {
            b--;
        }
        Coded c = new Coded(b, a.e);
        c.country = e.country();
        c.sector = e.sector();
        c.name = e.name();
        c.identity = e.id();
        c.rule = "country".equals(e.kind()) ? "country-name" : "kb-" + e.kind() + ("phoenix".equals(e.source()) ? "-phoenix" : "");
        return c;
    }

    private Coded capital(Sentence s, Atom a, Chunk ch) {
        ActorEntry e = a.entry();
        Coded c = new Coded(a.b, a.e);
        c.country = e.country();
        c.name = e.name();
        c.identity = e.id();
        if (actsAsGovernment(s, a)) {
            c.sector = "GOV";
            c.rule = "capital-metonymy";
        } else {
            c.rule = "capital-place";
        }
        return c;
    }

    /** A capital stands for its government when it acts, speaks or owns: subject, object, possessor, "from" a speech noun. */
    private boolean actsAsGovernment(Sentence s, Atom a) {
        int head = a.e - 1;
        List<Token> t = s.tokens();
        if (head + 1 < t.size() && t.get(head + 1).pos().equals("POS")) {
            return true;
        }
        // ", New Delhi said": a capital right before a verb of saying speaks, whatever the parser made of it.
        if (head + 1 < t.size() && t.get(head + 1).isVerb() && SPEECH_VERBS.contains(lemma(t.get(head + 1)))) {
            return true;
        }
        String prep = null;
        String rel = null;
        int gov = -1;
        for (Dependency d : s.basic()) {
            if (d.dependent() == head) {
                rel = d.relation();
                gov = d.governor();
            }
            if (d.governor() == head && d.relation().equals("case")) {
                prep = t.get(d.dependent()).word().toLowerCase(Locale.ROOT);
            }
        }
        if ("conj".equals(rel) && gov >= 0) {
            // "Moscow or Pyongyang": the second conjunct acts like the first.
            int first = gov;
            for (Dependency d : s.basic()) {
                if (d.dependent() == first) {
                    rel = d.relation();
                    gov = d.governor();
                }
                if (d.governor() == first && d.relation().equals("case")) {
                    prep = t.get(d.dependent()).word().toLowerCase(Locale.ROOT);
                }
            }
        }
        if (prep != null) {
            if (prep.equals("by")) {
                return true;
            }
            if (prep.equals("to") && gov >= 0 && (TRANSFER.contains(lemma(t.get(gov)))
                    || t.get(gov).isNoun() && (TRANSFER.contains(lemma(t.get(headOf(s, gov))))
                    || GIFTS.contains(lemma(t.get(gov)))))) {
                return true;
            }
            if ((prep.equals("from") || prep.equals("with") || prep.equals("against") || prep.equals("to"))
                    && gov >= 0 && SPEECH.contains(lemma(t.get(gov)))) {
                return true;
            }
            return false;
        }
        if ("obj".equals(rel) && gov >= 0 && PLACE_VERBS.contains(lemma(t.get(gov)))) {
            return false;
        }
        return rel != null && (AGENT_RELATIONS.contains(rel) || rel.equals("compound") && gov >= 0 && t.get(gov).isNoun()
                && SPEECH.contains(lemma(t.get(gov))));
    }

    private static int headOf(Sentence s, int token) {
        for (Dependency d : s.basic()) {
            if (d.dependent() == token && d.governor() >= 0) {
                return d.governor();
            }
        }
        return token;
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /**
     * A demonym heading its chunk is an actor when coordinated with a role ("Ukrainian and South Korean
     * officials") or used for people ("the Palestinians", "a Briton"); modifying another noun it names the
     * country ("an Indian proposal"), except for languages ("speaking Russian").
     */
    private Coded demonym(Sentence s, List<Chunk> chunks, int ci, Atom a, int end, Memory memory) {
        Chunk ch = chunks.get(ci);
        List<Token> t = s.tokens();
        ActorEntry e = a.entry();
        Token last = t.get(a.e - 1);
        if (a.b > 0 && Set.of("south", "north").contains(t.get(a.b - 1).word().toLowerCase(Locale.ROOT))) {
            return null; // "the South Pole" is a place on no map of countries
        }
        if (a.e != end) {
            if (!t.get(end - 1).isNoun() || inPlaceName(t, a.b, a.e)) {
                return null;
            }
            Coded c = new Coded(a.b, a.e);
            c.country = e.country();
            c.name = e.name();
            c.identity = e.id();
            c.rule = "demonym-modifier";
            if (ethnic(s, ch, a)) {
                c.e = end;
                c.sector = "CVL";
                c.ethnic = true;
            }
            return c;
        }
        String[] role = coordinatedRole(s, chunks, ci);
        if (role != null) {
            Coded c = new Coded(ch.b, a.e);
            c.country = e.country();
            c.sector = role[0];
            c.office = role[1];
            c.name = e.name() + " " + c.office;
            c.rule = "coordination";
            c.ethnic = ethnic(s, ch, a);
            return c;
        }
        String det = ch.b < a.b ? t.get(ch.b).word().toLowerCase(Locale.ROOT) : "";
        boolean person = det.equals("a") || det.equals("an") || det.equals("one") || det.equals("another");
        // "An Australian, Brenton Tarrant,": a nationality used as a noun, set off by a comma
        boolean nominal = last.isNoun() || person && a.e == ch.e && a.e < t.size() && t.get(a.e).word().equals(",");
        if (nominal && (plural(last) || person) && !language(s, a)) {
            Coded c = new Coded(ch.b < a.b ? ch.b : a.b, a.e);
            c.country = e.country();
            c.name = e.name();
            c.identity = e.id();
            c.sector = "CVL";
            c.rule = "demonym-people";
            c.ethnic = ethnic(s, ch, a);
            return c;
        }
        return null;
    }

    private static boolean language(Sentence s, Atom a) {
        for (Dependency d : s.basic()) {
            if (d.dependent() == a.e - 1 && d.governor() >= 0) {
                String g = lemma(s.tokens().get(d.governor()));
                if (g.equals("speak") || g.equals("translate") || g.equals("write") || g.equals("learn")) {
                    return true;
                }
            }
        }
        return a.b > 0 && s.tokens().get(a.b - 1).word().equalsIgnoreCase("in");
    }

    private static int endOf(Sentence s, Chunk ch) {
        int end = ch.e;
        while (end > ch.b && (s.tokens().get(end - 1).pos().equals("POS") || s.tokens().get(end - 1).pos().equals("HYPH"))) {
            end--;
        }
        return end;
    }

    private String sectorOf(Chunk ch) {
        String sector = null;
        for (Atom a : ch.atoms) {
            if (a.type == Type.ROLE) {
                sector = combine(sector, a.role);
            }
        }
        return sector;
    }

    // Role nouns that are also abstract nouns: "brought to justice", "seeking justice" name no judge.
    private static final Set<String> ABSTRACT_HOMOGRAPHS = Set.of("justice", "public", "prosecution", "opposition",
            "resistance", "leadership", "security", "intelligence");

    // Nations whose citizens are named by their origin and the nation together ("Cuban-Americans", "Chinese
    // Canadians"): they are citizens of the nation, not of the origin.
    private static final Set<String> HYPHENATED_NATIONS = Set.of("USA", "CAN", "AUS");
    // A legislative chamber named by a common noun, only when written with a capital.
    private static final Set<String> CHAMBERS = Set.of("house", "houses");

    /**
     * A bare lower-case "justice", "in public", "immunity from prosecution" (no article, number or possessive before
     * it) is the abstract noun; so is a role named one after another ("Speaker after speaker").
     */
    private static boolean abstractUse(List<Token> t, int i) {
        Token w = t.get(i);
        // "Speaker after speaker denounced ...", "minister after minister": one after another, no office
        if (i + 2 < t.size() && t.get(i + 1).word().equalsIgnoreCase("after")
                && t.get(i + 2).word().equalsIgnoreCase(w.word())
                || i >= 2 && t.get(i - 1).word().equalsIgnoreCase("after")
                && t.get(i - 2).word().equalsIgnoreCase(w.word())) {
            return true;
        }
        if (CHAMBERS.contains(w.word().toLowerCase(Locale.ROOT))) {
            return !Character.isUpperCase(w.word().charAt(0)); // "the House" voted; a house burned
        }
        if (!ABSTRACT_HOMOGRAPHS.contains(w.word())) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        String before = t.get(i - 1).pos();
        return !(before.equals("DT") || before.equals("CD") || before.equals("PRP$") || before.equals("POS")
                || before.startsWith("JJ") || before.startsWith("NN"));
    }

    private static boolean isGeneric(KnowledgeBase.Role r) {
        return r.generic();
    }

    /** The sector of a sequence of roles: a generic role keeps the sector of a specific one before it. */
    private static String combine(String sofar, KnowledgeBase.Role r) {
        if (r.sector() == null) {
            return sofar;
        }
        if (sofar != null && r.generic()) {
            return sofar;
        }
        return r.sector();
    }

    private ActorEntry entryOf(Atom a, LocalDate date) {
        if (a.type == Type.NAME) {
            return KnowledgeBase.choose(a.refs.stream().filter(r -> r.form() == KnowledgeBase.Form.NAME).toList(), date)
                    .orElse(a.entry());
        }
        return a.entry();
    }

    private String countryOf(Atom a, LocalDate date) {
        return entryOf(a, date).country();
    }

    private String describe(ActorEntry e, Atom a, String office) {
        if ("country".equals(e.kind())) {
            return e.name() + " " + office;
        }
        return e.name();
    }

    // ------------------------------------------------------------------ appositions and memory

    /**
     * "Joanna Cherry of the Scottish National Party", "Arnel dela Vega of the army's Western Mindanao Command": a
     * person the knowledge base does not know, named with the body they belong to, is of that body.
     */
    private static void personOfBody(Sentence s, List<Coded> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < out.size(); i++) {
            Coded a = out.get(i);
            Coded b = out.get(i + 1);
            if (!a.pending || a.person == null || b.pending || b.country == null || b.person != null
                    || a.e >= t.size() || !t.get(a.e).word().equalsIgnoreCase("of") || b.b > a.e + 2) {
                continue;
            }
            String person = a.person;
            String office = a.office;
            a.copyFrom(b, "person-of-body");
            a.person = person;
            a.name = person;
            a.office = office;
        }
    }

    /** "the Russian Ambassador, Georgy Zinoviev," and "Kim Hong-kyun, the deputy minister": one codes the other. */
    private void appositions(Sentence s, List<Coded> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < out.size(); i++) {
            Coded a = out.get(i);
            Coded b = out.get(i + 1);
            boolean adjacent = a.e < t.size() && t.get(a.e).word().equals(",") && b.b == a.e + 1;
            boolean appos = s.basic().stream().anyMatch(d -> d.relation().equals("appos")
                    && (d.governor() >= a.b && d.governor() < a.e && d.dependent() >= b.b && d.dependent() < b.e));
            if (!(appos || adjacent && !introductoryPhrase(s, a, b) || predicate(s, a, b))) {
                continue;
            }
            if (a.person != null && b.person == null && t.get(b.e - 1).pos().equals("NNS")
                    || b.person != null && a.person == null && t.get(a.e - 1).pos().equals("NNS")) {
                continue; // "his lawyers, Volodymyr Zhukovskyy": one person is not a group
            }
            if (a.person != null && b.person == null && b.office == null && !"demonym-people".equals(b.rule)
                    || b.person != null && a.person == null && a.office == null && !"demonym-people".equals(a.rule)) {
                continue; // "a lawsuit by the group National Coalition for Men, Judge Gray Miller ruled": not one
            }
            if (a.pending && b.pending && a.same == null && b.same == null && (a.person == null) != (b.person == null)) {
                // "Nancy Pelosi, the Speaker of the House": an unknown person takes the office named beside them
                Coded person = a.person != null ? a : b;
                Coded role = a.person != null ? b : a;
                if (person.office == null && role.office != null && role.sector != null) {
                    person.office = role.office;
                    person.sector = role.sector;
                    person.foreign = role.foreign;
                }
            } else if (a.pending && !b.pending && b.country != null) {
                String office = a.office;
                String person = a.person;
                a.copyFrom(b, "apposition");
                a.office = office;
                if (person != null) {
                    a.name = person; // "Bill de Blasio, the mayor of New York": still Bill de Blasio
                } else if (b.person != null) {
                    a.person = b.person;
                }
            } else if (b.pending && !a.pending && a.country != null) {
                String office = b.office;
                String person = b.person;
                b.copyFrom(a, "apposition");
                b.office = office == null ? a.office : office;
                if (person != null) {
                    b.person = person;
                    b.name = person;
                    a.person = person;
                }
            }
        }
    }

    /**
     * "Wikileaks co-founder Julian Assange, the 48-year-old Australian,": a nationality told beside a person gives
     * their country where only a body without one, or a guess from the article, gave it before.
     */
    private void nationalityApposition(Sentence s, List<Atom> atoms, LocalDate date, List<Coded> out) {
        for (Atom d : atoms) {
            if (d.type != Type.DEMONYM || d.e - d.b != 1) {
                continue;
            }
            for (Dependency dep : s.basic()) {
                if (!dep.relation().equals("appos") || dep.dependent() != d.b) {
                    continue;
                }
                for (Coded c : out) {
                    boolean guessed = c.pending || c.country == null || STATELESS.contains(c.country)
                            || c.rule != null && c.rule.startsWith("article-country");
                    if (c.person != null && guessed && dep.governor() >= c.b && dep.governor() < c.e) {
                        c.country = countryOf(d, date);
                        c.pending = false;
                        c.same = null;
                        c.rule = "nationality-apposition";
                    }
                }
            }
        }
    }

    /** Whether one of the words of a person's name is this one ("Elian Gonzalez" has "Elian", not "Lazaro"). */
    private static boolean hasName(Coded person, String word) {
        String key = KnowledgeBase.key(word);
        return person.person != null
                && Arrays.stream(person.person.split("\\s+")).map(KnowledgeBase::key).anyMatch(key::equals);
    }

    /**
     * "Hatice Cengiz is a Turkish national", "Brett McGurk, who was Trump's special envoy,": a person's description
     * told as a predicate, of the sentence or of a relative clause on the person, read as an apposition.
     */
    private static boolean predicate(Sentence s, Coded person, Coded role) {
        if (person.person == null || role.person != null || role.office == null) {
            return false;
        }
        // Read from the words, not the parse, which often loses the main verb after such a clause.
        List<Token> t = s.tokens();
        int who = person.e + 1;
        boolean roleFollows = role.b == who + 2 || role.b == who + 3 && t.get(who + 2).pos().equals("DT");
        if (roleFollows && t.get(person.e).word().equals(",") && t.get(who).word().equalsIgnoreCase("who")
                && Set.of("is", "was").contains(t.get(who + 1).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Dependency d : s.basic()) {
            if (d.relation().equals("nsubj") && d.dependent() >= person.b && d.dependent() < person.e
                    && d.governor() >= role.b && d.governor() < role.e) {
                int head = d.governor();
                return s.basic().stream().anyMatch(c -> c.governor() == head && c.relation().equals("cop"));
            }
        }
        return false;
    }

    /** "Acting via his lawyers, Zhukovskyy pleaded": a phrase set off before the subject is not its apposition. */
    private static boolean introductoryPhrase(Sentence s, Coded a, Coded b) {
        String r = headRelation(s, a);
        if (r.equals("conj")) { // "According to these videos and NPR, the police": the first conjunct's relation
            r = conjunctRelation(s, a);
        }
        return (r.startsWith("obl") || r.startsWith("nmod")) && subject(s, b);
    }

    private static final Set<String> PLACE_RULES = Set.of("country-name", "kb-place", "capital-place",
            "capital-metonymy", "kb-place-phoenix");
    /** Police told by their kind alone, who act where they are ("the police"). */
    private static final Set<String> POLICE = Set.of("police", "policemen", "gendarmes");
    /** Prepositions of the place where something happens ("in downtown Istanbul", "at Dundalk"). */
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside");

    /** An ethnic group is coded by the country it lives in, the nearest other country named in the sentence. */
    private void residence(Sentence s, List<Coded> out) {
        for (Coded c : out) {
            if (!c.ethnic || c.pending || c.country == null) {
                continue;
            }
            Coded best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Coded o : out) {
                if (o == c || o.pending || o.country == null || o.country.equals(c.country) || !PLACE_RULES.contains(o.rule)
                        || !kb.isCountry(o.country)) {
                    continue;
                }
                int d = o.b >= c.e ? o.b - c.e : (c.b - o.e) + 1;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = o;
                }
            }
            if (best != null) {
                c.name = c.name + " in " + kb.countryName(best.country);
                c.country = best.country;
                c.identity = null;
                c.rule = "ethnic-group-residence";
            }
        }
    }

    /**
     * A titled person or a party the knowledge base does not know, with no country of its own, belongs to the
     * one country the sentence names ("Planning Minister Tran Xuan Gia said Vietnam ...").
     */
    private void soleCountry(Sentence s, List<Coded> out) {
        Set<String> countries = new java.util.TreeSet<>();
        for (Coded o : out) {
            if (namesCountry(o) && !destination(s, o)) {
                countries.add(o.country);
            }
        }
        if (countries.size() != 1) {
            return;
        }
        String only = countries.iterator().next();
        for (Coded c : out) {
            // a person told before ("Senator Kennedy" after "Robert F. Kennedy") is coded as that first mention
            if (homeActor(c) && c.same == null && hasOffice(only, c) && !officeTakenBy(out, c, only)) {
                c.pending = false;
                c.country = only;
                c.rule = "sentence-country";
            }
        }
    }

    /**
     * "Serb police killed ... The police barred the crowd from reaching the consulate in downtown Istanbul": police
     * told again act where they are; a sentence set in one other country's place has that country's police.
     */
    private void localPolice(Sentence s, List<Coded> out) {
        Set<String> here = new HashSet<>();
        for (Coded o : out) {
            if (!o.pending && o.sector == null && o.country != null && kb.isCountry(o.country)
                    && PLACE_RULES.contains(o.rule) && placedIn(s, o)) {
                here.add(o.country);
            }
        }
        if (here.size() != 1) {
            return;
        }
        String place = here.iterator().next();
        for (Coded c : out) {
            String told = c.country;
            String head = s.tokens().get(c.e - 1).word().toLowerCase(Locale.ROOT);
            if ("role-coreference".equals(c.rule) && "COP".equals(c.sector) && told != null && !told.equals(place)
                    && POLICE.contains(head)) {
                c.country = place;
                c.identity = null;
                c.name = kb.countryName(place) + " police";
                c.rule = "local-police";
            }
        }
    }

    /** Whether an actor is the place where something happens: "in downtown Istanbul", "at Dundalk". */
    private static boolean placedIn(Sentence s, Coded c) {
        for (Dependency d : s.basic()) {
            if (!d.relation().equals("case") || d.governor() < c.b || d.governor() >= c.e) {
                continue;
            }
            if (PLACE_CASES.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Army Chief of Staff Mark Milley visited Kabul", "flew to Kabul": a place gone to, not where one is from. */
    private static boolean destination(Sentence s, Coded c) {
        for (Dependency d : s.basic()) {
            if (d.dependent() < c.b || d.dependent() >= c.e || d.governor() >= c.b && d.governor() < c.e
                    || d.governor() < 0 || d.governor() >= s.tokens().size()) {
                continue;
            }
            String governor = s.tokens().get(d.governor()).lemma().toLowerCase(Locale.ROOT);
            boolean gone = d.relation().equals("obj") && Set.of("visit", "tour").contains(governor);
            for (Dependency k : s.basic()) {
                if (k.governor() != d.dependent() || !k.relation().equals("case")) {
                    continue;
                }
                gone |= Set.of("to", "into").contains(s.tokens().get(k.dependent()).word().toLowerCase(Locale.ROOT));
            }
            return gone;
        }
        return false;
    }

    // Offices whose sector is that of the body they serve ("White House chief of staff", "the EU's chief executive").
    private static final Set<String> BODY_ROLES = Set.of("chief of staff", "chief executive");

    // Offices one person holds at a time in a country (unlike justices, ministers or senators).
    private static final Set<String> SOLE_OFFICES = Set.of("president", "prime minister", "premier", "chancellor",
            "king", "queen", "emir", "sultan", "supreme leader");

    /**
     * "a telegram to U.S. President Bill Clinton, President Glafcos Clerides ...": another person of the sentence,
     * known to hold the same office in that country, shows that the unknown one holds it somewhere else.
     */
    private static boolean officeTakenBy(List<Coded> out, Coded c, String country) {
        String title = c.office == null ? null : c.office.toLowerCase(Locale.ROOT);
        if (c.person == null || title == null || !SOLE_OFFICES.contains(title)) {
            return false;
        }
        for (Coded o : out) {
            if (o != c && !o.pending && country.equals(o.country) && o.person != null && o.office != null
                    && !o.person.equals(c.person) && o.office.toLowerCase(Locale.ROOT).equals(title)) {
                return true;
            }
        }
        return false;
    }

    /** A coded mention that names a country. A foreign outlet that reports ("according to The Guardian") is not where. */
    private boolean namesCountry(Coded o) {
        // a private person told again ("the accused", "she") may be a foreigner: not where the text is
        boolean privateAgain = o.rule != null && o.rule.endsWith("coreference")
                && (o.sector == null || "CRM".equals(o.sector) || "CVL".equals(o.sector));
        return !o.pending && o.country != null && kb.isCountry(o.country) && !"MED".equals(o.sector) && !privateAgain;
    }

    /** A titled person, a party or a local group with no country yet: it acts where the text is about. */
    private static boolean homeActor(Coded c) {
        boolean local = c.person == null && c.sector != null && LOCAL_SECTORS.contains(c.sector) && !c.foreign;
        return c.pending && (c.partyLike || c.namedBody || c.person != null && c.office != null || local);
    }

    /**
     * A titled person, a party or a local group ("Interior Minister Joachim Brudziński", "the attacker", "police")
     * with no country in its own sentence belongs to the article's country, when one country clearly dominates
     * the article: named in at least two sentences (or once in its opening, when it names no other country) and in
     * at least half of all the places where a country is named.
     * So does a bare "the government" or "the administration".
     */
    private void articleCountry(AnnotatedDocument doc, List<List<Coded>> perSentence) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<Integer>> sentences = new HashMap<>();
        int total = 0;
        for (int i = 0; i < perSentence.size(); i++) {
            List<Token> t = doc.sentences().get(i).tokens();
            // the opening sentences say where the story is: their mentions weigh double
            int weight = i <= LEAD_SENTENCES ? 2 : 1;
            // "ADDIS ABABA, Ethiopia (AP) _": where the report was filed is not what it is about
            int dateline = Dateline.tokensOf(doc.sentences().get(i));
            for (Coded o : perSentence.get(i)) {
                if (namesCountry(o) && !currency(t, o) && o.b >= dateline) {
                    counts.merge(o.country, weight, Integer::sum);
                    sentences.computeIfAbsent(o.country, k -> new HashSet<>()).add(i);
                    total += weight;
                }
            }
        }
        String top = null;
        int best = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                top = e.getKey();
            }
        }
        // named once is enough when the opening names it and the article names no other country
        boolean soleInLead = counts.size() == 1 && top != null
                && sentences.get(top).stream().anyMatch(i -> i <= LEAD_SENTENCES);
        if (top == null || sentences.get(top).size() < 2 && !soleInLead || best * 2 < total) {
            return;
        }
        for (int i = 0; i < perSentence.size(); i++) {
            List<Token> t = doc.sentences().get(i).tokens();
            for (Coded c : perSentence.get(i)) {
                // a state body only as "the government", "the army": not "his administration", "Western leaders"
                // ... or "Authorities evacuated ...", "Soldiers helped ...": a plural role noun alone opening the sentence
                boolean bare = t.get(c.b).word().equalsIgnoreCase("the") && c.e - c.b <= 3
                        || DOMESTIC_LEVELS.contains(t.get(c.b).word().toLowerCase(Locale.ROOT)) && c.e - c.b <= 2
                        || c.b == 0 && c.e == 1 && t.get(0).pos().equals("NNS");
                boolean stateBody = c.pending && c.person == null && !c.foreign && bare && STATE_SECTORS.contains(c.sector)
                        && c.office != null && !ABROAD.contains(c.office);
                if ((homeActor(c) || stateBody) && hasOffice(top, c) && !officeTakenBy(perSentence.get(i), c, top)) {
                    c.pending = false;
                    c.country = top;
                    c.rule = "article-country";
                } else if (c.pending && c.person != null && c.same == null && c.office == null && !c.foreign) {
                    // a person the article names with no office and no country: one of the country it is about
                    c.pending = false;
                    c.country = top;
                    c.name = c.person;
                    c.rule = "article-country-person";
                }
            }
        }
    }

    // Offices a country does not have: "Prime Minister Hubert Minnis" in a story about Florida is not American.
    private static final Map<String, Set<String>> NO_SUCH_OFFICE = Map.of(
            "USA", Set.of("prime minister", "premier", "king", "queen", "monarch", "emir", "sultan", "chancellor",
                    "crown prince", "parliament", "member of parliament", "mp", "duma", "knesset", "bundestag"));

    private static boolean hasOffice(String country, Coded c) {
        return c.office == null || !NO_SUCH_OFFICE.getOrDefault(country, Set.of()).contains(c.office);
    }

    /** "five million US dollars", "US$86,000": money, not a place. */
    private static boolean currency(List<Token> t, Coded o) {
        String w = o.e < t.size() ? t.get(o.e).word().toLowerCase(Locale.ROOT) : "";
        return w.startsWith("dollar") || w.equals("$") || t.get(o.e - 1).word().endsWith("$");
    }

    /** Later mentions of a person coded only at the end ("Pelosi", "she") are coded as the first one. */
    private static void samePersons(List<List<Coded>> perSentence) {
        for (List<Coded> sentence : perSentence) {
            for (Coded c : sentence) {
                if (!c.pending || c.same == null || c.same.pending || c.same.country == null) {
                    continue;
                }
                String person = c.person;
                String rule = "pronoun-coreference".equals(c.rule) ? c.rule : "name-coreference";
                c.copyFrom(c.same, rule);
                c.person = person;
                c.name = c.same.person != null ? c.same.person : c.same.name;
            }
        }
    }

    /**
     * "British Transport Police (BTP) ... BTP started an investigation": a body's acronym, given in brackets after its
     * coded name, stands for it wherever the article uses it alone.
     */
    private static void acronyms(AnnotatedDocument doc, List<List<Coded>> perSentence) {
        Map<String, Coded> known = new HashMap<>();
        for (int i = 0; i < perSentence.size(); i++) {
            List<Token> t = doc.sentences().get(i).tokens();
            for (Coded c : perSentence.get(i)) {
                if (c.pending || c.country == null || c.e + 2 >= t.size() || c.e - c.b < 2
                        || !t.get(c.e).word().equals("(") || !t.get(c.e + 2).word().equals(")")) {
                    continue;
                }
                String acr = t.get(c.e + 1).word();
                if (acr.length() >= 2 && acr.chars().allMatch(Character::isUpperCase) && initials(t, c).contains(acr)) {
                    known.putIfAbsent(acr, c);
                }
            }
        }
        if (known.isEmpty()) {
            return;
        }
        for (int i = 0; i < perSentence.size(); i++) {
            List<Token> t = doc.sentences().get(i).tokens();
            List<Coded> sentence = perSentence.get(i);
            int before = sentence.size();
            for (int k = 0; k < t.size(); k++) {
                Coded body = known.get(t.get(k).word());
                final int at = k;
                if (body == null || !t.get(k).pos().startsWith("NN")
                        || sentence.stream().anyMatch(c -> c.b <= at && at < c.e)) {
                    continue;
                }
                Coded c = new Coded(k, k + 1);
                c.copyFrom(body, "acronym");
                sentence.add(c);
            }
            if (sentence.size() > before) {
                sentence.sort(Comparator.comparingInt(c -> c.b));
            }
        }
    }

    /** The capital initials of a name's words ("the United States Coast Guard" -> "USCG"). */
    private static String initials(List<Token> t, Coded c) {
        StringBuilder sb = new StringBuilder();
        for (int k = c.b; k < c.e; k++) {
            char first = t.get(k).word().charAt(0);
            if (Character.isUpperCase(first)) {
                sb.append(first);
            }
        }
        return sb.toString();
    }

    /**
     * "He recently condemned ...": "he" or "she" with no person named before it in its sentence is the person named
     * last before, when that person is coded (a person the knowledge base does not know blocks the guess).
     */
    private void pronouns(AnnotatedDocument doc, Sentence s, List<Coded> out, Memory memory) {
        they(s, out, memory);
        it(s, out, memory);
        Coded last = memory.lastPerson;
        // "Annan met Saddam Hussein in Baghdad. He's expected to meet Tariq Aziz later": a subject "he" is first the
        // one the sentence before was about
        Coded subject = memory.subjectSentence == s.index() - 1 ? memory.subjectBefore : null;
        if (subject != null && (subject.pending ? subject.person != null : subject.country != null)
                && (startsWithPersonalSubject(s) || quoteThenSpeaker(doc, s))) {
            last = subject;
        }
        if (last == null || !last.pending && last.country == null || last.pending && last.person == null) {
            objects(doc, s, out, null);
            return;
        }
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            final int at = k;
            if (!(w.equals("he") || w.equals("she")) || !t.get(k).pos().equals("PRP")
                    || out.stream().anyMatch(c -> c.person != null && c.b < at)) {
                continue;
            }
            Coded antecedent = ofTheSex(last, w, memory);
            if (antecedent == null) {
                continue;
            }
            Coded p = new Coded(k, k + 1);
            addAs(p, antecedent);
            out.add(p);
            if (antecedent.person != null) {
                memory.pronounOf.putIfAbsent(KnowledgeBase.key(antecedent.person), w);
            }
        }
        objects(doc, s, out, last);
    }

    /**
     * "She told the minister ... ``We are friends,'' he said": a person a pronoun has called "she" is not "he"; then
     * the latest person named before who may be.
     */
    private static Coded ofTheSex(Coded last, String pronoun, Memory memory) {
        if (fits(last, pronoun, memory)) {
            return last;
        }
        for (int i = memory.persons.size() - 1; i >= 0; i--) {
            Coded c = memory.persons.get(i);
            if (fits(c, pronoun, memory) && (c.pending ? c.person != null : c.country != null)) {
                return c;
            }
        }
        return null;
    }

    private static boolean fits(Coded c, String pronoun, Memory memory) {
        String known = c.person == null ? null : memory.pronounOf.get(KnowledgeBase.key(c.person));
        return known == null || known.equals(pronoun);
    }

    /** "``We are friends,'' he said": a quote, then who said it. */
    private static boolean quoteThenSpeaker(AnnotatedDocument doc, Sentence s) {
        List<Token> t = s.tokens();
        return !t.isEmpty() && (doc.quoted(s.index(), 0) || Set.of("``", "\"", "“").contains(t.get(0).word()));
    }

    /** Whether the sentence's first subject is "he" or "she". */
    private static boolean startsWithPersonalSubject(Sentence s) {
        int first = s.basic().stream().filter(d -> d.relation().startsWith("nsubj")).mapToInt(Dependency::dependent)
                .min().orElse(-1);
        if (first < 0 || first >= s.tokens().size()) {
            return false;
        }
        String w = s.tokens().get(first).word().toLowerCase(Locale.ROOT);
        return w.equals("he") || w.equals("she");
    }

    /**
     * "Police arrested Jones and released him": "him" or "her" is the person named last before it, in its sentence
     * or, failing that, before.
     */
    private static void objects(AnnotatedDocument doc, Sentence s, List<Coded> out, Coded lastBefore) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            final int at = k;
            if (w.equals("them") && t.get(k).pos().equals("PRP") && !doc.quoted(s.index(), k)) {
                // "pinning 800 students inside and threatened to use live ammunition on them": the group named
                // last before in the sentence, other than its subject
                out.stream().filter(c -> c.e <= at && c.e > c.b && !subject(s, c) && (c.country != null || c.pending)
                                && t.get(c.e - 1).pos().equals("NNS"))
                        .max(Comparator.comparingInt(c -> c.b)).ifPresent(g -> {
                            Coded p = new Coded(at, at + 1);
                            addAs(p, g);
                            p.person = null;
                            out.add(p);
                        });
                continue;
            }
            // "accusing her of": an object "her" the tagger may take for a possessive
            boolean objectHer = w.equals("her") && t.get(k).pos().equals("PRP$")
                    && (k + 1 >= t.size() || !NP_POS.contains(t.get(k + 1).pos()));
            if (!(w.equals("him") || w.equals("her")) || !(t.get(k).pos().equals("PRP") || objectHer)
                    || doc.quoted(s.index(), k)) {
                continue; // in a quote "her" is seldom anyone the report has named
            }
            Coded last = out.stream().filter(c -> (c.person != null || singularRole(t, c)) && c.e <= at
                    && !subject(s, c)).max(Comparator.comparingInt(c -> c.b)).orElse(lastBefore);
            if (last == null || !last.pending && last.country == null
                    || last.pending && last.person == null && !singularRole(t, last)) {
                continue;
            }
            Coded p = new Coded(k, k + 1);
            addAs(p, last);
            out.add(p);
        }
    }

    /** "a case against the driver and detained him": one private person or business named by a role noun. */
    private static boolean singularRole(List<Token> t, Coded c) {
        return c.person == null && c.sector != null && Set.of("CVL", "BUS", "CRM").contains(c.sector)
                && c.e <= t.size() && t.get(c.e - 1).pos().equals("NN");
    }

    /** Whether a mention heads the subject of its clause. */
    private static boolean subject(Sentence s, Coded c) {
        return headRelation(s, c).startsWith("nsubj");
    }

    /** The relation by which a mention's span hangs in its sentence ("" when none). */
    private static String headRelation(Sentence s, Coded c) {
        for (Dependency d : s.basic()) {
            if (d.dependent() >= c.b && d.dependent() < c.e && (d.governor() < c.b || d.governor() >= c.e)) {
                return d.relation();
            }
        }
        return "";
    }

    /** The relation of the first conjunct of a mention that hangs by "conj". */
    private static String conjunctRelation(Sentence s, Coded c) {
        for (Dependency d : s.basic()) {
            if (d.dependent() >= c.b && d.dependent() < c.e && d.relation().equals("conj")) {
                int first = d.governor();
                return s.basic().stream().filter(g -> g.dependent() == first).map(Dependency::relation).findFirst()
                        .orElse("");
            }
        }
        return "";
    }

    private static void addAs(Coded p, Coded last) {
        if (last.pending) {
            p.pending = true; // coded as the person is, once the article's country is known
            p.same = last.same != null ? last.same : last;
            p.person = last.person;
            p.rule = "pronoun-coreference";
        } else {
            p.copyFrom(last, "pronoun-coreference");
            p.person = last.person;
        }
    }

    /**
     * "Police arrested a 66-year-old man. They released him on bail.": "they" opening a sentence is the group named
     * last before, when it is coded.
     */
    private static void they(Sentence s, List<Coded> out, Memory memory) {
        Coded group = memory.lastGroup;
        List<Token> t = s.tokens();
        int k = 0;
        while (k < t.size() && (t.get(k).pos().equals("``") || t.get(k).pos().equals("''"))) {
            k++;
        }
        if (group == null || k >= t.size() || !t.get(k).word().equals("They") || !t.get(k).pos().equals("PRP")) {
            return;
        }
        standIn(out, k, group);
    }

    /** A pronoun at {@code k} coded as the group or body it stands for. */
    private static void standIn(List<Coded> out, int k, Coded named) {
        Coded p = new Coded(k, k + 1);
        addAs(p, named);
        if (named.pending) {
            p.sector = named.sector; // a group has a side before it has a country
        }
        out.add(p);
    }

    /** One body, not a person or a crowd ("The Emergencies Ministry"), that is the subject of its sentence. */
    private static boolean body(Sentence s, Coded c) {
        return c.person == null && c.sector != null && !Set.of("CVL", "MED").contains(c.sector) && c.e > c.b
                && Set.of("NN", "NNP").contains(s.tokens().get(c.e - 1).pos()) && subject(s, c);
    }

    /**
     * "The Emergencies Ministry called on drivers ... It also urged people to ...": "it" opening a sentence as the
     * subject of an act is the body named last before as a subject (not "it is", "it seems").
     */
    private static void it(Sentence s, List<Coded> out, Memory memory) {
        Coded body = memory.lastBody;
        List<Token> t = s.tokens();
        if (body == null || t.isEmpty() || !t.get(0).word().equals("It") || !t.get(0).pos().equals("PRP")) {
            return;
        }
        for (Dependency d : s.basic()) {
            if (d.dependent() != 0) {
                continue;
            }
            int v = d.governor();
            if (!d.relation().equals("nsubj") || v < 0 || !t.get(v).pos().startsWith("VB")
                    || Set.of("be", "seem", "appear", "remain", "take", "matter", "happen").contains(lemma(t.get(v)))) {
                return;
            }
        }
        standIn(out, 0, body);
    }

    /** A group that "they" can stand for: police, rebels, protesters, a body named in the plural, as a subject. */
    private static boolean group(Sentence s, Coded c) {
        if (c.person != null || c.sector == null || "MED".equals(c.sector) || c.e <= c.b
                || !(s.tokens().get(c.e - 1).pos().equals("NNS") || GROUP_SECTORS.contains(c.sector))) {
            return false;
        }
        return subject(s, c); // the subject of its sentence, as "they" will be of the next
    }

    /** A surname of a person first named in full ("James Alex Fields"), not one word the NER may have misread. */
    private static boolean toldInFull(Memory memory, String key) {
        Coded c = memory.personsByName.containsKey(key) ? memory.personsByName.get(key) : memory.unresolved.get(key);
        return c != null && c.person != null && (c.person.contains(" ") || c.name != null && c.name.contains(" "));
    }

    private void remember(Sentence s, Coded c, Memory memory) {
        if (c.pending && c.person != null && c.same == null) {
            memory.unresolved.putIfAbsent(KnowledgeBase.key(c.person), c);
            String[] parts = c.person.split("\\s+");
            if (parts.length > 1) {
                memory.unresolved.putIfAbsent(KnowledgeBase.key(parts[parts.length - 1]), c);
            }
        }
        if (c.pending || c.country == null) {
            return;
        }
        if (c.person != null && DESCRIBED.contains(c.rule)) {
            // "Hatice Cengiz ... Turkish national Hatice Cengiz": told later, the description codes the first mention
            Coded first = memory.unresolved.get(KnowledgeBase.key(c.person));
            if (first != null && first.pending && first != c) {
                String person = first.person;
                first.copyFrom(c, "name-coreference");
                first.person = person;
                first.name = person;
            }
        }
        if (c.person != null) {
            String full = KnowledgeBase.key(c.person);
            if (c.rule != null && c.rule.endsWith("coreference")) {
                // "Fields" again: the first, full mention stays the one remembered
                memory.personsByName.putIfAbsent(full, c);
            } else {
                memory.personsByName.put(full, c);
            }
            String[] parts = c.person.split("\\s+");
            if (parts.length > 1) {
                memory.personsByName.putIfAbsent(KnowledgeBase.key(parts[parts.length - 1]), c);
                // "Elian Gonzalez ... Elian's father": a child, or a name a report uses familiarly, by the first name
                memory.personsByName.putIfAbsent(KnowledgeBase.key(parts[0]), c);
            }
        }
        if (c.person == null && c.sector != null) {
            // "the Federal Bureau of Investigation ... the bureau": a body is told again by the head noun of its name
            // (its words as written, or those of the name it was found under: "FBI" is a bureau too)
            String named = s.span(c.b, c.e) + " " + (c.name == null ? "" : c.name);
            for (String word : named.split("[^\\p{L}]+")) {
                String w = word.toLowerCase(Locale.ROOT);
                if (BODY_HEADS.contains(w) && Character.isUpperCase(word.charAt(0))) {
                    memory.roles.put(KnowledgeBase.key(w), c);
                }
            }
        }
        if (c.office != null && c.sector != null) {
            // "Joe Biden ... the former vice president": the office, whether held now or before
            memory.roles.put(KnowledgeBase.key(officeHeld(c.office)), c);
        } else if (c.person == null && c.sector != null && c.e > c.b) {
            // "Houthi rebels ... the rebels": a named group whose last word is a role noun is remembered under it
            Token last = s.tokens().get(c.e - 1);
            KnowledgeBase.Role r = kb.role(KnowledgeBase.key(last.lemma()));
            if (r == null) {
                r = kb.role(KnowledgeBase.key(last.word()));
            }
            if (r != null && !isGeneric(r) && last.isNoun()) {
                memory.roles.put(KnowledgeBase.key(r.term()), c);
            }
        }
        if (c.sector == null || c.rule.startsWith("country")) {
            memory.lastCountry = c;
        }
    }
}
