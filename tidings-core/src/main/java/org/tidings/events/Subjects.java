package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;

/**
 * Who does what a verb tells: its subject, found through control ("urged Iran to stop"), coordination and
 * clauses that share it, with pronouns taken back to whom they stand for ("X said it would ...").
 */
final class Subjects {
    // Named-entity classes of a day or an hour: words that name when, never who.
    private static final Set<String> WHEN_NER = Set.of("DATE", "TIME");
    // Prepositions of time before a gerund ("before meeting with victims").
    private static final Set<String> GERUND_TIME = Set.of("before", "after", "while", "upon", "since", "when");
    // What a speaker does by speaking: "..., accusing her of", "..., backing the plan", "..., urging calm".
    private static final Set<String> SPEECH_ACTS = Set.of("accuse", "blame", "criticize", "criticise", "condemn",
            "denounce", "praise", "welcome", "back", "urge", "demand", "warn", "reject", "dismiss", "deny", "vow",
            "pledge", "promise", "slam", "applaud", "endorse", "thank", "appeal");
    // Verbs that send or issue a text whose words are its senders' ("sent a letter ... urging", "passed a law
    // banning ...").
    private static final Set<String> SENDING = Set.of("send", "write", "issue", "release", "publish", "deliver",
            "sign", "pen", "post", "submit", "pass", "adopt", "approve", "enact");
    // Texts that bind once issued: "an order banning trade", "a law requiring ...".
    private static final Set<String> DECREES = Set.of("order", "decree", "law", "bill", "resolution", "measure",
            "directive", "ordinance", "regulation", "proclamation", "edict");
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "order", "force", "persuade",
            "invite", "tell", "allow", "encourage", "press", "pressure", "request", "instruct", "permit", "compel",
            "appeal", "implore", "beg", "help", "authorize", "authorise", "direct", "command", "warn");
    // Operations whose aim ("a raid to return Elian") is their agents', and the verbs of those who mount them.
    private static final Set<String> OPERATIONS = Set.of("raid", "operation", "mission", "attack", "offensive",
            "invasion", "strike", "incursion", "assault");
    private static final Set<String> MOUNTING = Set.of("launch", "conduct", "mount", "stage", "order", "begin",
            "start", "plan", "carry", "lead", "undertake", "authorize", "authorise", "approve", "announce");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "its", "their", "them");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** Things said or written: an -ing clause on one of them is its author's act. */
    static final Set<String> MESSAGES = Set.of("message", "statement", "letter", "tweet", "post", "note", "speech",
            "remarks", "communique", "communiqué", "video", "address", "op-ed", "article", "press release");

    private final AnnotatedDocument doc;
    private final Syntax syn;
    private final FrameMatcher frames;
    private final PhraseActors phrases;

    Subjects(AnnotatedDocument doc, Syntax syn, FrameMatcher frames, PhraseActors phrases) {
        this.doc = doc;
        this.syn = syn;
        this.frames = frames;
        this.phrases = phrases;
    }

    /**
     * "posted a message on Twitter blaming Iran": an -ing clause on a message (the object of the verb that
     * put it out) is its author's act; the verb that put it out, or -1.
     */
    int saidIn(int v) {
        if (!syn.rel(v).equals("acl") || !syn.token(v).pos().equals("VBG")) {
            return -1;
        }
        int g = syn.head(v);
        if (g < 0 || !MESSAGES.contains(syn.lemma(g)) || phrases.actorAt(g) != null) {
            return -1;
        }
        int gg = syn.head(g);
        return gg >= 0 && (syn.rel(g).equals("obj") || syn.rel(g).startsWith("obl")) ? gg : -1;
    }

    /** The subject of a verb, through control, coordination and clauses that share it; -1 when none. */
    int subject(int v, int guard) {
        if (guard > 8 || v < 0) {
            return -1;
        }
        if (frames.attributive(v)) {
            return subject(frames.clause(v), guard + 1);
        }
        int said = saidIn(v);
        if (said >= 0) {
            return subject(said, guard + 1);
        }
        int s = frames.statePassive(v) ? syn.child(v, "nsubj:pass") : syn.child(v, "nsubj");
        if (s >= 0 && WHEN_NER.contains(syn.token(s).ner()) && s < v && syn.rel(v).equals("acl")
                && syn.child(s, "det") < 0 && syn.token(s).pos().startsWith("NNP")) {
            s = -1; // "announced plans Sunday to tighten restrictions": the parser takes the day for a subject
        }
        if (s >= 0) {
            String w = syn.word(s).toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(w) && syn.token(s).pos().startsWith("PRP")) {
                int a = pronounAntecedent(v, s);
                // "He recently condemned ...": the actor coder's reading of a pronoun naming someone from before
                return a < 0 && phrases.actorAt(s) != null ? s : a;
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
        if (r.equals("xcomp") || syn.looseInfinitive(v)) {
            int o = syn.child(g, "obj");
            if (o >= 0 && OPERATIONS.contains(syn.lemma(o)) && !MOUNTING.contains(syn.lemma(g))) {
                return -1; // "treating the raid to return Elian as ...": the raid's aim, though hung on the verb
            }
            if (o >= 0 && OBJECT_CONTROL.contains(syn.lemma(g))) {
                return o;
            }
            // "was urged to resign", "is set to lift its sanctions", "is expected to visit": the one the passive
            // names does what follows
            int sp = syn.passive(g) ? syn.child(g, "nsubj:pass") : -1;
            if (sp >= 0) {
                return sp;
            }
            return subject(g, guard + 1);
        }
        // "scared other Arab leaders into supporting him": the one scared or pressed does it
        if (r.startsWith("advcl") && (syn.mark(v).equals("as") || syn.caseOf(v).equals("as")
                || syn.caseOf(v).equals("into") && syn.token(v).pos().equals("VBG"))
                && syn.child(g, "obj") >= 0) {
            return syn.child(g, "obj"); // "cited an audit as prohibiting him": the audit prohibits
        }
        boolean shares = r.startsWith("conj") || r.equals("dep") && syn.token(v).pos().equals("VBG");
        if (shares && !syn.passive(v) && syn.passive(g) && syn.child(g, "nsubj:pass") >= 0 && !subjectBetween(g, v)) {
            return syn.child(g, "nsubj:pass"); // "Putin was briefed, and flew to Magnitogorsk": who was briefed flew
        }
        // "said the sniper's bullet entered through a window, hit Slepian in the back": a verb listed after a
        // reported clause continues it, though the parser hangs it on the verb of saying
        if (r.startsWith("conj") && Lexicon.SPEECH.contains(syn.lemma(g)) && syn.child(v, "cc") < 0) {
            for (int c : syn.children(g, "ccomp")) {
                if (c < v && syn.child(c, "nsubj") >= 0) {
                    return subject(c, guard + 1);
                }
            }
        }
        if (r.startsWith("conj") || (r.startsWith("advcl") && !Lexicon.SEPARATE_CLAUSE_MARKS.contains(syn.mark(v)))) {
            return subject(g, guard + 1);
        }
        boolean ing = syn.token(v).pos().equals("VBG");
        // "McEnany said it is up to Pelosi to act, accusing her of ...": a speech act set off after what someone said
        // is theirs, wherever the parser hung it
        if (ing && afterComma(v) && SPEECH_ACTS.contains(syn.lemma(v))) {
            int speech = speechAbove(v);
            if (speech >= 0) {
                return subject(speech, guard + 1);
            }
        }
        // "sent a letter to Egypt's ambassador urging Egypt to halt ...": what a letter or statement urges, its
        // senders urge, though the parser hangs the words on whoever it went to
        if (ing && r.equals("acl") && SPEECH_ACTS.contains(syn.lemma(v))) {
            int sender = senderAbove(g);
            if (sender >= 0) {
                return subject(sender, guard + 1);
            }
        }
        // "signed an executive order banning trade with Sudan": what a decree does, those who issue it do
        if (ing && r.equals("acl") && DECREES.contains(syn.lemma(g))) {
            int issuer = senderAbove(g);
            if (issuer >= 0) {
                return subject(issuer, guard + 1);
            }
        }
        // "lavished praise on the staff before meeting with victims": a gerund after a preposition of time, hung on
        // the verb as an oblique, is done by the verb's subject
        if (ing && r.equals("obl") && GERUND_TIME.contains(syn.caseOf(v))) {
            return subject(g, guard + 1);
        }
        if (ing && r.equals("nsubj") && syn.child(g, "cop") >= 0 && syn.token(g).pos().startsWith("NN")) {
            return g; // "Also investigating is the Florida Highway Patrol": the doer stands after the copula
        }
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
        // "wrote a letter to Pelosi on Tuesday insisting that ...": a day does nothing; the one who acted on it does
        if (r.equals("acl") && ing && WHEN_NER.contains(syn.token(g).ner()) && syn.head(g) >= 0
                && syn.rel(g).startsWith("obl") && syn.token(syn.head(g)).isVerb()) {
            return subject(syn.head(g), guard + 1);
        }
        if (r.equals("acl") && ing && !syn.mark(v).equals("to")) {
            return g; // "soldiers equipping themselves": the noun does it
        }
        if (r.equals("acl")) {
            for (int k : syn.children(g, "nmod:poss")) {
                return k;
            }
            int gg = syn.head(g);
            // "treating the raid to return Elian as ...": an operation's aim is its own agents', not the
            // speaker's - unless the verb is the one that mounts it ("launched a raid to free the hostages")
            if (gg >= 0 && OPERATIONS.contains(syn.lemma(g)) && !MOUNTING.contains(syn.lemma(gg))) {
                return -1;
            }
            if (gg >= 0 && (syn.rel(g).equals("obj") || syn.rel(g).startsWith("obl"))) {
                return subject(gg, guard + 1);
            }
        }
        return -1;
    }

    /** The nearest verb of saying above a word, or -1. */
    private int speechAbove(int v) {
        int x = syn.head(v);
        for (int i = 0; i < 8 && x >= 0; i++, x = syn.head(x)) {
            if (syn.token(x).isVerb() && Lexicon.SPEECH.contains(syn.lemma(x))) {
                return x;
            }
        }
        return -1;
    }

    /** The verb that sends or issues a text ("sent a letter to X", "issued a statement"), above a word, or -1. */
    private int senderAbove(int noun) {
        int x = noun;
        for (int i = 0; i < 4 && x >= 0 && !syn.token(x).isVerb(); i++) {
            x = syn.head(x);
        }
        return x >= 0 && syn.token(x).isVerb() && SENDING.contains(syn.lemma(x)) ? x : -1;
    }

    /** A clause of its own between two verbs ("were arrested after one escaped and phoned"). */
    private boolean subjectBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            boolean finite = Syntax.FINITE.contains(syn.token(k).pos());
            if (syn.rel(k).startsWith("nsubj") && syn.head(k) != from
                    || finite && !(syn.head(k) == from && syn.rel(k).startsWith("conj"))) {
                return true;
            }
        }
        return false;
    }

    /** Set off by a comma ("..., calling for"). */
    boolean afterComma(int v) {
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

    /** "Officials said it killed nine people": "it" is no plural common noun (a named body it may be). */
    private boolean agrees(int pronoun, int antecedent) {
        if (!Set.of("it", "its").contains(syn.word(pronoun).toLowerCase(Locale.ROOT))
                || !syn.token(antecedent).pos().equals("NNS")) {
            return true;
        }
        // a name is capitalised after its first word ("the Syrian Democratic Forces"); "Officials" is not
        ActorMention a = phrases.actorAt(antecedent);
        return a != null && syn.sentence.tokens().subList(a.tokenBegin() + 1, a.tokenEnd()).stream()
                .anyMatch(t -> Character.isUpperCase(t.word().charAt(0)));
    }

    /** "X said it would ...": a pronoun subject of a reported clause is the speaker. */
    int pronounAntecedent(int v, int pronoun) {
        boolean firstPerson = FIRST_PERSON.contains(syn.word(pronoun).toLowerCase(Locale.ROOT));
        for (int x = v; x >= 0; x = syn.head(x)) {
            // '"We warn the Saudis ...", Saree said': who says the quote says "we" and "I"
            if (firstPerson) {
                List<Integer> speaking = new ArrayList<>(syn.children(x, "parataxis"));
                speaking.addAll(syn.children(x, "dep"));
                for (int k : speaking) {
                    int sp = syn.child(k, "nsubj");
                    // '"I asked John for his resignation," wrote Trump': the parser may take the writer for the
                    // object of what a quote left loose
                    if (sp < 0 && syn.rel(k).equals("dep") && syn.child(k, "obj") == k + 1
                            && syn.token(k + 1).pos().startsWith("NNP")) {
                        sp = k + 1;
                    }
                    if (Lexicon.SPEECH.contains(syn.lemma(k)) && sp >= 0
                            && !PRONOUNS.contains(syn.word(sp).toLowerCase(Locale.ROOT))) {
                        return sp;
                    }
                }
            }
            int g = syn.head(x);
            if (g < 0) {
                break;
            }
            // '"We will defend our north," said Eitan': a quote before its verb of saying may hang on it loosely
            boolean quoteOfSpeech = syn.rel(x).equals("dep") && Lexicon.SPEECH.contains(syn.lemma(g)) && firstPerson;
            if (syn.rel(x).equals("ccomp") || syn.rel(x).equals("xcomp") || quoteOfSpeech) {
                int s = syn.child(g, "nsubj");
                // '"We are ready," said the German chancellor': the speaker after the verb, taken for its object
                if (s < 0 && x < g && Lexicon.SPEECH.contains(syn.lemma(g)) && firstPerson) {
                    s = syn.child(g, "obj");
                }
                if (s >= 0 && s != pronoun && !PRONOUNS.contains(syn.word(s)) && !quotedSpeaker(pronoun, s)
                        && agrees(pronoun, s)) {
                    return s;
                }
            }
        }
        if (FIRST_PERSON.contains(syn.word(pronoun).toLowerCase(Locale.ROOT))) {
            return -1; // "If the government doesn't withdraw the laws, I will return my award": "I" is a speaker
        }
        // Otherwise the nearest earlier actor in the sentence that heads a subject; "he" and "she" only a person,
        // whatever its place ("the government asked Judge Miller to wait, but he declined").
        boolean personal = Set.of("he", "she").contains(syn.word(pronoun).toLowerCase(Locale.ROOT));
        for (int i = pronoun - 1; i >= 0; i--) {
            if (syn.rel(i).startsWith("nsubj") && !PRONOUNS.contains(syn.word(i)) && !phrases.actorsFor(i).isEmpty()
                    && !quotedSpeaker(pronoun, i) && (!personal || isPerson(phrases.actorAt(i))) && agrees(pronoun, i)) {
                return i;
            }
        }
        for (int i = pronoun - 1; personal && i >= 0; i--) {
            ActorMention a = phrases.actorAt(i);
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
        return doc.quoted(syn.sentence.index(), pronoun) && g >= 0 && Lexicon.SPEAKING.contains(syn.lemma(g));
    }
}
