package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.tidings.nlp.Dateline;
import org.tidings.nlp.Dependency;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;

/** The basic UD tree of one sentence, with the look-ups the coder needs. */
final class Syntax {
    /** Tags of a finite verb, which can head a sentence of its own. */
    static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    // Particles the parser may take for adverbs ("pulling back troops")
    private static final Set<String> ADVERB_PARTICLES = Set.of("back", "out", "off", "down", "up", "away");
    // Verbs that answer a call or an offer, and the plural nouns of asking the tagger may read as verbs.
    private static final Set<String> ANSWERING = Set.of("reject", "rebuff", "dismiss", "spurn", "ignore", "heed",
            "welcome", "accept", "answer", "echo", "renew", "repeat", "resist", "defy");
    private static final Set<String> ASKINGS = Set.of("call", "demand", "request", "appeal", "offer", "plea");
    /** States a harm leaves its victim in: "shot him dead", "beat him unconscious". */
    private static final Set<String> RESULTS = Set.of("dead", "unconscious", "senseless");
    /** Words that open a relative clause on a name: "Bolton, who was ...", "the ministry, which said ...". */
    private static final Set<String> RELATIVES = Set.of("who", "which");
    /** Lemmas of auxiliary verbs and modals: "who has been", "will ban". */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "must", "shall", "should");
    /** Tags of the words of a plain noun phrase: "Trump's national security adviser". */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "POS", "CD", "HYPH", "VBN");
    /** Prepositions before a verb's -ing form that open a clause of time: "before meeting", "after visiting". */
    private static final Set<String> TIME_GERUND_MARKS = Set.of("before", "after");
    /** How a verb heading a clause hangs in the tree: the sentence's root, or a clause of another verb. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("root", "xcomp", "ccomp", "conj", "advcl", "parataxis");
    /** Verbs whose object is made or let to do the bare verb after it: "let the inspectors visit". */
    private static final Set<String> CAUSATIVES = Set.of("let", "make", "help");
    /** Prepositions that may also open a clause: "after the mayor was stabbed". */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "till", "as",
            "while", "when", "because", "once", "although", "though", "if", "unless");

    final Sentence sentence;
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> kids;

    Syntax(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        rel = new String[n];
        kids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            rel[i] = "";
            kids.add(new ArrayList<>());
        }
        for (Dependency d : sentence.basic()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            rel[d.dependent()] = d.relation();
            if (d.governor() >= 0 && d.governor() < n) {
                head[d.dependent()] = d.governor();
                kids.get(d.governor()).add(d.dependent());
            }
        }
        detachDateline();
        repairObliqueSubject();
        repairGerundObject();
        repairStrandedClause();
        repairResultObject();
        repairRelativeSubject();
        repairParticipleRoot();
        repairNounRoot();
        repairVerblessRoot();
        repairAccordingTo();
        repairFrontedPhraseSubject();
        repairSplitPerfect();
        repairToPolice();
        repairAnsweredNoun();
        repairTrailingSpeaker();
        repairBlameOn();
        repairInfinitiveList();
        repairCausative();
        repairGerundOblique();
        repairDayBeforeObject();
        repairStrayParticle();
        repairDaySubject();
        repairInfinitiveInPhrase();
        repairDeadline();
        repairParticipleClauseObject();
        for (List<Integer> k : kids) {
            k.sort(null);
        }
    }

    /**
     * "THE HAGUE, Netherlands (AP)_ The World Court Friday rejected ...": the parser takes the dateline's place for a
     * subject or a modifier. Its words belong to no clause, so they are cut from the tree.
     */
    private void detachDateline() {
        int n = Dateline.tokensOf(sentence);
        // "GENEVA, Switzerland (AP) _ The World Health Organization Friday rejected": a phrase hung from the
        // dateline's place takes the place's role in the clause.
        for (int i = n; i < head.length; i++) {
            int d = head[i];
            if (d >= 0 && d < n && head[d] >= n && sentence.tokens().get(i).pos().startsWith("NN")) {
                kids.get(d).remove(Integer.valueOf(i));
                head[i] = head[d];
                rel[i] = rel[d];
                kids.get(head[d]).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (head[i] >= 0) {
                kids.get(head[i]).remove(Integer.valueOf(i));
            }
            head[i] = -1;
            rel[i] = "dep";
        }
    }

    /**
     * "calling on Venezuela to release the soldiers" is often parsed as a clause "on Venezuela to release" with
     * Venezuela its subject and "on" a marker. It is read as the parser reads "called on Venezuela to release":
     * Venezuela an oblique "on" of the calling verb, the infinitive its complement. So too "voted for Pelosi to serve":
     * Pelosi an oblique "for" of the vote ("called for the UN to act" keeps its clause: what is called for).
     */
    private void repairObliqueSubject() {
        for (int c = 0; c < head.length; c++) {
            int v = head[c];
            if (v < 0 || !rel[c].startsWith("advcl")) {
                continue;
            }
            int on = -1;
            int to = -1;
            int subj = -1;
            for (int k : kids.get(c)) {
                if (rel[k].equals("mark") && (word(k).equals("on") || word(k).equals("upon")) && lemma(v).equals("call")
                        || rel[k].equals("mark") && word(k).equals("for") && !lemma(v).equals("call")) {
                    on = k;
                } else if (rel[k].equals("mark") && word(k).equals("to")) {
                    to = k;
                } else if (rel[k].equals("nsubj") || rel[k].equals("nsubj:pass")) {
                    subj = k;
                }
            }
            if (on < 0 || to < 0 || subj < 0 || !(on < subj && subj < to)) {
                continue;
            }
            move(subj, v, "obl:" + word(on));
            move(on, subj, "case");
            rel[c] = "xcomp";
        }
    }

    /** -ing words that are adjectives before a name: "exports to neighbouring Iraq", "the ruling Congress". */
    private static final Set<String> ADJECTIVAL_GERUNDS = Set.of("neighbouring", "neighboring", "surrounding",
            "ruling", "governing", "leading", "developing", "warring", "remaining", "opposing", "incoming",
            "outgoing", "emerging", "rising", "existing");

    /**
     * "was forceful in blaming Iran for the attack" is sometimes parsed with "blaming" an adjective of "Iran". After
     * a preposition, a gerund before a name is read as a verb with that name its object.
     */
    private void repairGerundObject() {
        for (int g = 1; g + 1 < head.length; g++) {
            int h = head[g];
            if (!rel[g].equals("amod") || !token(g).pos().equals("VBG") || h <= g || head[h] < 0
                    || ADJECTIVAL_GERUNDS.contains(word(g))
                    || !token(h).pos().startsWith("NNP") || head[g - 1] != h || !rel[g - 1].equals("case")) {
                continue;
            }
            boolean names = true;
            for (int k = g + 1; k < h; k++) {
                names &= head[k] == h && (rel[k].equals("compound") || rel[k].equals("flat"));
            }
            if (!names) {
                continue;
            }
            move(g, head[h], "advcl");
            move(h, g, "obj");
            move(g - 1, g, "mark");
        }
    }

    /**
     * "was arrested after Paweł Adamowicz, mayor of Gdańsk, was stabbed" is sometimes parsed with "after Adamowicz"
     * an oblique of "arrested" and "was stabbed" a clause with no subject. The oblique that ends just before the
     * clause's auxiliary is its subject; a subordinating preposition before it is the clause's marker. So too
     * "said France would send more aid", parsed with France the object of "said".
     */
    private void repairStrandedClause() {
        for (int v = 0; v < head.length; v++) {
            int g = head[v];
            boolean speech = g >= 0 && Lexicon.SPEECH.contains(lemma(g));
            // "said Israel was responsible": a predicate with its copula is a clause too, after a verb of saying
            boolean copular = speech && !kidsWith(v, "cop").isEmpty();
            if (g < 0 || !(rel[v].equals("dep") || rel[v].equals("xcomp"))
                    || !(token(v).pos().startsWith("VB") || copular)) {
                continue;
            }
            int aux = -1;
            boolean subject = false;
            for (int k : kids.get(v)) {
                if ((rel[k].startsWith("aux") || copular && rel[k].equals("cop")) && k < v && (aux < 0 || k < aux)) {
                    aux = k;
                }
                subject |= rel[k].startsWith("nsubj") || rel[k].startsWith("csubj") || rel[k].equals("expl");
            }
            if (aux < 0 || subject) {
                continue;
            }
            int end = aux - 1;
            while (end >= 0 && word(end).equals(",")) {
                end--; // "Adamowicz, mayor of Gdańsk, was stabbed"
            }
            // "Macron said France would send more aid": a verb of saying takes no object before a clause; the
            // "object" is the clause's subject
            for (int x : List.copyOf(kids.get(g))) {
                boolean phrase = rel[x].startsWith("obl") || rel[x].startsWith("nmod") || speech && rel[x].equals("obj");
                if (x >= v || !phrase || rightEdge(x) != end) {
                    continue;
                }
                int prep = -1;
                for (int k : kids.get(x)) {
                    if (rel[k].equals("case") && k < x) {
                        prep = k;
                    }
                }
                move(x, v, rel[aux].equals("aux:pass") ? "nsubj:pass" : "nsubj");
                if (prep >= 0 && SUBORDINATORS.contains(word(prep))) {
                    move(prep, v, "mark");
                    rel[v] = "advcl";
                } else if (Lexicon.SPEECH.contains(lemma(g))) {
                    rel[v] = "ccomp"; // "It was reported on Saturday Sirhan Sirhan was stabbed"
                }
                break;
            }
        }
    }

    /**
     * "John Hickenlooper, who was a candidate in the primaries, ended his campaign yesterday" is sometimes parsed
     * with the name as the root and "ended" a modifier inside the relative clause. A finite verb after the clause's
     * closing comma, with no subject of its own, is the sentence's verb and the name its subject.
     */
    private void repairNounRoot() {
        int root = rootIndex();
        if (root < 0 || !token(root).pos().startsWith("NN") || kidsWith(root, "acl:relcl").isEmpty()) {
            return;
        }
        for (int v = root + 2; v < head.length; v++) {
            if (!FINITE.contains(token(v).pos()) || !word(v - 1).equals(",") || !(rel[v].equals("acl")
                    || rel[v].equals("dep")) || !kidsWith(v, "nsubj").isEmpty() || !under(v, root)) {
                continue;
            }
            makeRoot(v);
            move(root, v, "nsubj");
            return;
        }
    }

    /**
     * "John Bolton, who was Trump's adviser until September, criticized the deal": after a relative clause set off by
     * commas the parser often loses the main verb, leaving the name a verbless root and the verb hung inside the
     * relative clause ("who" its subject, or the clause's noun). The verb after the closing comma becomes the root,
     * the name its subject, and the relative clause is rebuilt on the name: its verb, or the noun after "was", heads
     * it, "who" its subject.
     */
    private void repairRelativeSubject() {
        int root = rootIndex();
        int n = head.length;
        if (root < 0 || !token(root).pos().startsWith("NN")) {
            return;
        }
        int open = root + 1;
        while (open < n && !word(open).equals(",") && under(open, root)) {
            open++;
        }
        int who = open + 1;
        if (who + 2 >= n || !word(open).equals(",") || !RELATIVES.contains(word(who))) {
            return;
        }
        for (int close = who + 2; close + 1 < n; close++) {
            if (!word(close).equals(",")) {
                continue;
            }
            int v = close + 1;
            while (v < n && token(v).pos().equals("RB")) {
                v++;
            }
            List<Integer> auxes = new ArrayList<>();
            while (v + 1 < n && AUXILIARIES.contains(lemma(v)) && token(v + 1).pos().startsWith("VB")) {
                auxes.add(v++);
            }
            if (v >= n || !(FINITE.contains(token(v).pos()) || token(v).pos().equals("VBN")
                    || !auxes.isEmpty() && token(v).pos().startsWith("VB"))) {
                continue;
            }
            int clause = relativeClauseHead(who, close);
            if (clause < 0) {
                return;
            }
            rebuildRelative(root, open, who, close, clause, v, auxes);
            return;
        }
    }

    /**
     * "Turkish forces backed by Syrian rebels attacked Kurdish fighters": the parser takes the participle that
     * describes the subject for the sentence's verb, and hangs the real verb on the object. The finite verb after the
     * participle's phrase becomes the root, the subject its subject, the participle the subject's modifier.
     */
    private void repairParticipleRoot() {
        int root = rootIndex();
        if (root < 1 || !token(root).pos().equals("VBN") || hasKid(root, "aux", "aux:pass", "cop")) {
            return;
        }
        int subject = root - 1;
        if (head[subject] != root || !rel[subject].equals("nsubj") || !token(subject).pos().startsWith("NN")) {
            return;
        }
        for (int v = root + 2; v < head.length; v++) {
            String tag = token(v).pos();
            if (word(v).equals(",") || tag.equals("CC") || tag.equals("WDT") || tag.equals("WP")) {
                return; // a clause of its own, or a coordination: "backed by Iran and armed by Russia"
            }
            // a participle with an object of its own is a past tense too: "armed with rifles arrested two men"
            if (!FINITE.contains(tag) && !(tag.equals("VBN") && !kidsWith(v, "obj").isEmpty())) {
                continue;
            }
            if (!under(v, root) || hasKid(v, "nsubj", "nsubj:pass")
                    || !Set.of("dep", "amod", "acl", "xcomp", "ccomp").contains(rel[v])) {
                return;
            }
            makeRoot(v);
            move(subject, v, "nsubj");
            move(root, subject, "acl");
            for (int i = v + 1; i < head.length; i++) {
                int h = head[i];
                if (h == root || h > root && h < v && !under(i, v)) {
                    move(i, v, rel[i]);
                }
            }
            return;
        }
    }

    /** The word that heads "who ...": its first verb after any auxiliaries, or after "was" the last noun of its phrase. */
    private int relativeClauseHead(int who, int close) {
        int k = who + 1;
        while (k < close && (AUXILIARIES.contains(lemma(k)) || token(k).pos().equals("RB"))) {
            k++;
        }
        if (k >= close) {
            return -1;
        }
        if (token(k).pos().startsWith("VB")) {
            return k;
        }
        if (k == who + 1 || !lemma(k - 1).equals("be")) {
            return -1;
        }
        int noun = -1;
        for (int i = k; i < close && NOUN_PHRASE_TAGS.contains(token(i).pos()); i++) {
            if (token(i).pos().startsWith("NN")) {
                noun = i;
            }
        }
        return noun;
    }

    private void rebuildRelative(int name, int open, int who, int close, int clause, int verb, List<Integer> auxes) {
        makeRoot(verb);
        move(name, verb, "nsubj");
        move(clause, name, "acl:relcl");
        boolean passive = token(clause).pos().equals("VBN")
                && IntStream.range(who + 1, clause).anyMatch(i -> lemma(i).equals("be"));
        move(who, clause, passive ? "nsubj:pass" : "nsubj");
        for (int i = who + 1; i < clause; i++) {
            if (AUXILIARIES.contains(lemma(i))) {
                boolean copula = lemma(i).equals("be") && !token(clause).pos().startsWith("VB");
                move(i, clause, copula ? "cop" : passive && lemma(i).equals("be") ? "aux:pass" : "aux");
            }
        }
        for (int i = open; i <= close; i++) {
            int h = head[i];
            boolean stray = h < who || h > close || h == who || h < clause && AUXILIARIES.contains(lemma(h));
            if (i != clause && i != who && head[i] != clause && stray && !under(clause, i)) {
                move(i, clause, word(i).equals(",") ? "punct" : rel[i]);
            }
        }
        for (int a : auxes) {
            move(a, verb, "aux");
        }
        for (int i = close + 1; i < head.length; i++) {
            int h = head[i];
            if (i != verb && (h == name || h >= open && h <= close)) {
                move(i, verb, rel[i]);
            }
        }
    }

    /**
     * "Rescuers, working in the cold, according to the ministry recovered ten survivors": with no comma to close the
     * source, the parser hangs the verb on the source's noun and leaves the doer a verbless root. The verb is the root,
     * the doer its subject, the source its oblique.
     */
    private void repairAccordingTo() {
        int root = rootIndex();
        if (root < 0 || !token(root).pos().startsWith("NN")) {
            return;
        }
        for (int v = root + 1; v < head.length; v++) {
            int src = head[v];
            if (!FINITE.contains(token(v).pos()) || !rel[v].equals("acl") || src < 0 || src > v
                    || !kidsWith(v, "nsubj").isEmpty() || kidsWith(src, "case").stream()
                    .noneMatch(c -> word(c).equalsIgnoreCase("according")) || !under(v, root)) {
                continue;
            }
            makeRoot(v);
            move(root, v, "nsubj");
            move(src, v, "obl");
            return;
        }
    }

    /**
     * "In response to a lawsuit by the group X, Judge Gray Miller ruled ...": the parser takes the subject for an
     * apposition closing the fronted phrase and leaves the verb with none. The noun right before a subjectless verb,
     * hung inside a phrase of that verb's, is its subject.
     */
    private void repairFrontedPhraseSubject() {
        int v = rootIndex();
        if (v < 2 || !token(v).pos().startsWith("VB") || hasKid(v, "nsubj", "nsubj:pass", "expl")) {
            return;
        }
        int s = v - 1;
        // "In their statement after the talks, Yeltsin and Kuchma called ...": two names joined, both taken for
        // conjuncts of the phrase's last noun; the subject starts at the first of them
        int first = s;
        if (rel[s].equals("conj") && head[s] >= 0) {
            for (int c : kidsWith(head[s], "conj")) {
                if (c < first && token(c).pos().startsWith("NNP") && c > head[s]) {
                    first = c;
                }
            }
        }
        int b = first;
        while (b > 0 && under(b - 1, first)) {
            b--;
        }
        if (!token(s).pos().startsWith("NNP") || !Set.of("appos", "conj", "dep").contains(rel[s]) || b == 0
                || !word(b - 1).equals(",")) {
            return;
        }
        for (int k : new ArrayList<>(kids.get(v))) {
            if (k < s && (rel[k].startsWith("obl") || rel[k].startsWith("advcl")) && under(s, k)) {
                move(first, v, "nsubj");
                if (first != s) {
                    move(s, first, "conj");
                }
                return;
            }
        }
    }

    /**
     * "The ministry has, in a statement, called on drivers to ...": with a phrase between them the parser takes
     * "has" for the verb and hangs the participle loose. The participle is the verb, "has" its auxiliary.
     */
    private void repairSplitPerfect() {
        for (int h = 0; h < head.length; h++) {
            if (!lemma(h).equals("have") || kidsWith(h, "nsubj").isEmpty() || !kidsWith(h, "obj").isEmpty()) {
                continue;
            }
            for (int v : new ArrayList<>(kids.get(h))) {
                if (v <= h + 1 || !Set.of("VBN", "VBD").contains(token(v).pos())
                        || !Set.of("dep", "ccomp", "parataxis").contains(rel[v])
                        || !word(v - 1).equals(",")) {
                    continue;
                }
                if (head[h] >= 0) {
                    move(v, head[h], rel[h]); // the participle takes the place of "has"
                } else {
                    makeRoot(v);
                }
                for (int k : new ArrayList<>(kids.get(h))) {
                    move(k, v, rel[k]);
                }
                move(h, v, "aux");
                return;
            }
        }
    }

    /**
     * "Bahrain rebuffed opposition calls for reform": the tagger reads "calls" as a verb with "opposition" as its
     * subject; it is the noun answered, and "opposition" says whose calls they are.
     */
    private void repairAnsweredNoun() {
        for (int c = 0; c < head.length; c++) {
            int v = head[c];
            if (v < 0 || !rel[c].equals("ccomp") || !ANSWERING.contains(lemma(v)) || !ASKINGS.contains(lemma(c))
                    || !Set.of("VBZ", "VBP").contains(token(c).pos()) || !word(c).endsWith("s")
                    || !kidsWith(c, "obj").isEmpty() || !kidsWith(c, "aux").isEmpty()
                    || !kidsWith(c, "mark").isEmpty() || !kidsWith(v, "obj").isEmpty()) {
                continue;
            }
            List<Integer> subject = kidsWith(c, "nsubj");
            if (subject.size() != 1 || subject.get(0) != c - 1 && !(subject.get(0) < c && word(c - 1).equals("'s"))) {
                continue;
            }
            move(c, v, "obj");
            move(subject.get(0), c, subject.get(0) == c - 1 ? "compound" : "nmod:poss");
        }
    }

    /**
     * "Doctors from two American aid groups donated goods to a medical school" is sometimes parsed as a noun root with
     * the verb a participle on one of its nouns. Where no word but that participle can be the sentence's verb (no
     * copula, no other verb with a subject), it is the root and the noun root its subject.
     */
    private void repairVerblessRoot() {
        int root = rootIndex();
        if (root < 0 || !token(root).pos().startsWith("NN") || !kidsWith(root, "cop").isEmpty()) {
            return;
        }
        int verb = -1;
        for (int v = root + 1; v < head.length; v++) {
            if (!token(v).pos().startsWith("VB")) {
                continue;
            }
            if (hasKid(v, "nsubj", "nsubj:pass") || !under(v, root)) {
                return; // a clause of its own: the sentence may have its verb after all
            }
            if (verb < 0 && rel[v].equals("acl") && Set.of("VBD", "VBN").contains(token(v).pos())
                    && !kidsWith(v, "obj").isEmpty() && kidsWith(v, "aux:pass").isEmpty()
                    && kidsWith(v, "obl:agent").isEmpty()) {
                verb = v;
            }
        }
        if (verb >= 0) {
            makeRoot(verb);
            move(root, verb, "nsubj");
        }
    }

    /**
     * "Saudi Arabia blamed the attack on Iran": the parser reads "the attack on Iran" as one phrase, but after "blame"
     * the "on" phrase names who is blamed; it is the verb's.
     */
    private void repairBlameOn() {
        for (int v = 0; v < head.length; v++) {
            if (!lemma(v).equals("blame") || !token(v).pos().startsWith("VB")
                    || kidsWith(v, "obl").stream().anyMatch(o -> hasCase(o, "on"))) {
                continue;
            }
            for (int o : kidsWith(v, "obj")) {
                for (int n : kidsWith(o, "nmod")) {
                    if (hasCase(n, "on")) {
                        move(n, v, "obl");
                    }
                }
            }
        }
    }

    /**
     * "was due to lay flowers, talk to guards who survived the blast and meet with the President": the parser joins the
     * last infinitive of the list to the finite verb of the relative clause before it, so the guards would meet the
     * President. A bare infinitive cannot share a relative clause's tense; it joins the list of infinitives it ends.
     */
    private void repairInfinitiveList() {
        for (int v = 0; v < head.length; v++) {
            int h = head[v];
            if (!rel[v].equals("conj") || !token(v).pos().equals("VB") || h < 0 || !FINITE.contains(token(h).pos())
                    || !rel[h].equals("acl:relcl")) {
                continue;
            }
            int list = head[h];
            while (list >= 0 && !token(list).pos().equals("VB")) {
                list = head[list];
            }
            // the list's first infinitive: "talk" may hang from "lay" as a loose dependent
            while (list >= 0 && Set.of("dep", "conj").contains(rel[list]) && head[list] >= 0
                    && token(head[list]).pos().equals("VB")) {
                list = head[list];
            }
            if (list >= 0) {
                move(v, list, "conj");
            }
        }
    }

    /**
     * "refused to let the inspectors visit the sites": the parser may read "the inspectors visit the sites" as a clause
     * of its own. After "let", "make" and "help" a bare verb's subject is the one let or made to act: the causing
     * verb's object, the bare verb its complement, as the parser reads "let inspectors into the sites".
     */
    private void repairCausative() {
        for (int v = 0; v < head.length; v++) {
            // a causing verb the parser made a clause's subject ("Let us now focus ...": "Let" the subject of a
            // verb further on) is too broken a parse to mend here
            if (!CAUSATIVES.contains(lemma(v)) || !token(v).pos().startsWith("VB") || hasKid(v, "obj")
                    || !CLAUSE_RELATIONS.contains(rel[v])) {
                continue;
            }
            for (int c : kidsWith(v, "ccomp")) {
                List<Integer> subjects = kidsWith(c, "nsubj");
                if (Set.of("VB", "VBP").contains(token(c).pos()) && subjects.size() == 1
                        && !hasKid(c, "mark", "aux", "aux:pass", "cop")) {
                    move(subjects.get(0), v, "obj");
                    rel[c] = "xcomp";
                }
            }
        }
    }

    /**
     * "praised the staff before meeting with the President": the parser may hang "before meeting" as an oblique, as if
     * "meeting" were a noun. A verb's -ing form after "before" or "after" opens a clause of time, as the parser reads
     * "after visiting Kenya": "meeting" a clause of its own whose doer is the sentence's subject.
     */
    private void repairGerundOblique() {
        for (int g = 1; g < head.length; g++) {
            if (rel[g].equals("obl") && token(g).pos().equals("VBG") && head[g - 1] == g && rel[g - 1].equals("case")
                    && TIME_GERUND_MARKS.contains(lemma(g - 1))) {
                rel[g] = "advcl";
                rel[g - 1] = "mark";
            }
        }
    }

    /** Whether one of a phrase's case words is this preposition. */
    private boolean hasCase(int node, String preposition) {
        return kidsWith(node, "case").stream().anyMatch(c -> word(c).equals(preposition));
    }

    /** Makes a word the sentence's root, taking it from where it hung. */
    private void makeRoot(int node) {
        if (head[node] >= 0) {
            kids.get(head[node]).remove(Integer.valueOf(node));
        }
        head[node] = -1;
        rel[node] = "root";
    }

    private int rootIndex() {
        for (int i = 0; i < head.length; i++) {
            if (head[i] < 0 && rel[i].equals("root")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "surrendered himself to police" is sometimes tagged as an infinitive, "to police" a verb with no object of its
     * own: it is the noun, an oblique "to" of the verb.
     */
    private void repairToPolice() {
        for (int p = 1; p < head.length; p++) {
            int v = head[p];
            if (v < 0 || !word(p).equals("police") || !token(p).pos().startsWith("VB") || !rel[p].equals("xcomp")
                    || head[p - 1] != p || !word(p - 1).equals("to") || !kidsWith(p, "obj").isEmpty()
                    || !kidsWith(p, "ccomp").isEmpty() || !kidsWith(p, "xcomp").isEmpty()) {
                continue;
            }
            rel[p] = "obl";
            rel[p - 1] = "case";
        }
    }

    private boolean under(int node, int ancestor) {
        for (int k = head[node]; k >= 0; k = head[k]) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** "shot him dead" is parsed as a small clause "him dead": the one shot is the verb's object. */
    private void repairResultObject() {
        for (int a = 0; a < head.length; a++) {
            int v = head[a];
            if (v < 0 || !rel[a].equals("xcomp") || !RESULTS.contains(word(a)) || !kidsWith(v, "obj").isEmpty()) {
                continue;
            }
            List<Integer> subject = kidsWith(a, "nsubj");
            if (!subject.isEmpty()) {
                move(subject.get(0), v, "obj");
            }
        }
    }

    private List<Integer> kidsWith(int node, String relation) {
        return kids.get(node).stream().filter(k -> rel[k].equals(relation)).toList();
    }

    private int rightEdge(int node) {
        int edge = node;
        for (int k : kids.get(node)) {
            edge = Math.max(edge, rightEdge(k));
        }
        return edge;
    }

    /**
     * "The Palestinians reject proposed Israeli changes to the deal, chief negotiator Saeb Erakat said" is sometimes
     * parsed with the object as the subject of "said" and the speaker its apposition. The object goes back to the verb
     * that has none, the speaker becomes the subject of "said", and "said" a parenthetical.
     */
    private void repairTrailingSpeaker() {
        for (int s = 0; s < head.length; s++) {
            int g = head[s];
            if (g < 0 || g > s || !rel[s].equals("ccomp") || !Lexicon.SPEECH.contains(lemma(s))
                    || !token(g).pos().startsWith("VB") || !kidsWith(g, "obj").isEmpty()) {
                continue;
            }
            List<Integer> subjects = kidsWith(s, "nsubj");
            if (subjects.size() != 1) {
                continue;
            }
            int n = subjects.get(0);
            if (n < g || !token(n).pos().startsWith("NN") || token(n).pos().startsWith("NNP")) {
                continue;
            }
            int speaker = -1;
            boolean comma = false;
            for (int k : kids.get(n)) {
                comma |= rel[k].equals("punct") && word(k).equals(",");
                if (rel[k].equals("appos") && k > n && rightEdge(k) == s - 1) {
                    speaker = k;
                }
            }
            if (speaker < 0 || !comma) {
                continue;
            }
            move(n, g, "obj");
            move(speaker, s, "nsubj");
            rel[s] = "parataxis";
        }
    }

    /** Whether a word has a dependent in any of these relations. */
    private boolean hasKid(int node, String... relations) {
        for (String r : relations) {
            if (!kidsWith(node, r).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Verbs an infinitive completes ("vowed to sign"), not a purpose ("walked off the job to press Seoul"). */
    private static final Set<String> CONTROL_BY_INFINITIVE = Set.of("vow", "pledge", "promise", "agree", "threaten",
            "decide", "refuse", "offer", "plan", "seek", "try", "attempt", "move", "vote", "fail", "begin", "start",
            "continue", "announce", "order", "urge", "ask", "tell", "call", "warn", "want", "expect", "prepare");

    /**
     * "vowed on Wednesday to sign a deal", "walked off the job on Thursday to press Seoul": the parser takes the day
     * for the subject of the infinitive and its preposition for a marker. The day is the verb's time, and the
     * infinitive completes the verb (or tells its purpose) with the verb's own subject.
     */
    private void repairDaySubject() {
        for (int v = 0; v < head.length; v++) {
            int g = head[v];
            List<Integer> subjects = kidsWith(v, "nsubj");
            if (g < 0 || !rel[v].equals("advcl") || subjects.size() != 1 || !token(v).pos().equals("VB")) {
                continue;
            }
            int day = subjects.get(0);
            List<Integer> marks = kidsWith(v, "mark");
            int on = marks.stream().filter(m -> m < day && word(m).equals("on")).findFirst().orElse(-1);
            if (!WEEKDAYS.contains(word(day)) || on < 0
                    || marks.stream().noneMatch(m -> m > day && word(m).equals("to"))) {
                continue;
            }
            move(day, g, "obl");
            move(on, day, "case");
            if (CONTROL_BY_INFINITIVE.contains(lemma(g))) {
                rel[v] = "xcomp";
            }
        }
    }

    /**
     * Verbs whose own infinitive tells what they promise, threaten or decide, never a purpose: those of
     * CONTROL_BY_INFINITIVE that commit their own subject to the act (not "urged Iran to", "began to", "wants to").
     */
    private static final Set<String> INFINITIVE_TAKERS = Set.of("vow", "pledge", "promise", "agree", "threaten",
            "decide", "refuse", "offer", "plan", "seek", "try", "attempt", "vote", "fail", "prepare");
    /** Participles that take an infinitive of their own ("a plan designed to ..."). */
    private static final Set<String> PARTICIPLES_WITH_INFINITIVE = Set.of("aim", "design", "mean", "intend", "use",
            "expect", "plan", "schedule", "set", "need", "require", "ask", "order", "urge", "call", "force", "allow");

    /**
     * "threatened in a video released on Monday to carry out bombings": the parser hangs the infinitive on the
     * participle of the phrase between. A verb that takes an infinitive and has none is completed by it.
     */
    private void repairInfinitiveInPhrase() {
        for (int x = 0; x < head.length; x++) {
            if (!toInfinitive(x) || !(rel[x].equals("xcomp") || rel[x].equals("advcl"))
                    || !kidsWith(x, "nsubj").isEmpty()) {
                continue;
            }
            // up through the phrase: participles on nouns, and the phrases of both, to a verb before it
            int h = head[x];
            while (h >= 0 && (rel[h].equals("acl") && !PARTICIPLES_WITH_INFINITIVE.contains(lemma(h))
                    || (rel[h].equals("obl") || rel[h].startsWith("nmod")) && token(h).pos().startsWith("NN"))) {
                h = head[h];
            }
            if (h < 0 || h == head[x] || !INFINITIVE_TAKERS.contains(lemma(h)) || !token(h).pos().startsWith("VB")
                    || !kidsWith(h, "xcomp").isEmpty() || !kidsWith(h, "ccomp").isEmpty()
                    || !kidsWith(h, "obj").isEmpty()) {
                continue;
            }
            move(x, h, "xcomp");
        }
    }

    private static final Set<String> SPANS = Set.of("hour", "day", "week", "month", "year", "minute");

    /**
     * "gave Saddam 48 hours to leave Iraq": the parser takes the infinitive for a purpose of the giving. It is what
     * the time is given for, the deadline's demand: the verb's complement.
     */
    private void repairDeadline() {
        for (int v = 0; v < head.length; v++) {
            List<Integer> objects = kidsWith(v, "obj");
            if (!lemma(v).equals("give") || objects.size() != 1 || !SPANS.contains(lemma(objects.get(0)))
                    || !kidsWith(v, "xcomp").isEmpty()) {
                continue;
            }
            for (int x : kidsWith(v, "advcl")) {
                if (x > objects.get(0) && toInfinitive(x) && kidsWith(x, "nsubj").isEmpty()) {
                    rel[x] = "xcomp";
                    break;
                }
            }
        }
    }

    /**
     * "has frozen 21 million euros in aid earmarked for Rwanda", "demanded the release of sailors seized by Iranian
     * forces": the parser makes the object the subject of a small clause headed by the participle after it. The noun
     * is the verb's object, and the participle describes it.
     */
    private void repairParticipleClauseObject() {
        for (int x = 0; x < head.length; x++) {
            int v = head[x];
            List<Integer> subjects = kidsWith(x, "nsubj");
            if (v < 0 || !(rel[x].equals("xcomp") || rel[x].equals("dep") || rel[x].equals("ccomp"))
                    || !token(x).pos().equals("VBN")
                    || subjects.size() != 1 || !token(v).pos().startsWith("VB") || !kidsWith(v, "obj").isEmpty()) {
                continue;
            }
            int n = subjects.get(0);
            // only a participle that says whom the thing is for ("earmarked for", "bound for", "meant for") or who
            // did it to the thing ("the release of sailors seized by Iranian forces")
            boolean described = kidsWith(x, "obl").stream().anyMatch(o -> kidsWith(o, "case").stream()
                    .anyMatch(c -> Set.of("for", "to", "by").contains(word(c))));
            if (n > v && n < x && token(n).pos().startsWith("NN") && kidsWith(x, "aux").isEmpty()
                    && kidsWith(x, "cop").isEmpty() && kidsWith(x, "mark").isEmpty() && described) {
                move(n, v, "obj");
                // the participle describes the noun just before it, within the object ("sailors and marines")
                int a = x - 1;
                if (!token(a).pos().startsWith("NN") || !isAncestor(n, a)) {
                    a = n;
                }
                while (rel[a].equals("conj") && head[a] >= 0 && a != n) {
                    a = head[a];
                }
                move(x, a, "acl");
            }
        }
    }

    /**
     * "truck drivers walked off the job": the parser hangs the particle on the noun after it and takes the noun for
     * an oblique. A particle right after its verb belongs to the verb, and the bare noun is its object.
     */
    private void repairStrayParticle() {
        for (int p = 1; p < head.length; p++) {
            int n = head[p];
            int v = p - 1;
            if (n <= p || !token(p).pos().equals("RP") || !rel[p].equals("dep") || head[n] != v
                    || !rel[n].equals("obl") || !kidsWith(n, "case").isEmpty() || !kidsWith(v, "obj").isEmpty()
                    || !token(v).pos().startsWith("VB")) {
                continue;
            }
            move(p, v, "compound:prt");
            rel[n] = "obj";
        }
    }

    /**
     * "Beirut rejected Thursday a United Nations appeal": wire copy puts the day between a verb and its object, and
     * the parser hangs the object on the day. The noun after the day is the verb's object.
     */
    private void repairDayBeforeObject() {
        for (int d = 0; d < head.length; d++) {
            int v = head[d];
            if (v < 0) {
                continue;
            }
            List<Integer> objects = kidsWith(v, "obj");
            // "voiced its disapproval on Tuesday of Italy's decision": the of-phrase after the day is the object's
            if (rel[d].startsWith("obl") && WEEKDAYS.contains(word(d))
                    && objects.size() == 1 && objects.get(0) < d) {
                for (int n : List.copyOf(kids.get(d))) {
                    if (rel[n].equals("nmod") && n > d && kidsWith(n, "case").stream()
                            .anyMatch(c -> word(c).equals("of"))) {
                        move(n, objects.get(0), "nmod");
                    }
                }
            }
            if (!rel[d].equals("obl:tmod") || d != v + 1 || !token(v).pos().startsWith("VB") || !objects.isEmpty()) {
                continue;
            }
            for (int o : List.copyOf(kids.get(d))) {
                if (rel[o].equals("dep") && o > d && token(o).pos().startsWith("NN")) {
                    move(o, v, "obj");
                    break;
                }
            }
        }
    }

    private void move(int node, int newHead, String relation) {
        if (head[node] >= 0) {
            kids.get(head[node]).remove(Integer.valueOf(node));
        }
        head[node] = newHead;
        rel[node] = relation;
        kids.get(newHead).add(node);
    }

    /**
     * The object a verb shares with the verb coordinated with it: "destroy and obliterate the economy", "arrested
     * and charged two men" (the parser hangs the object on one verb only); -1 when none.
     */
    int sharedObject(int v) {
        // "refused to deploy peacekeepers and urged its citizens ...": a verb its own clause completes shares nothing
        if (!token(v).pos().startsWith("VB") || !kidsWith(v, "obj").isEmpty() || !kidsWith(v, "xcomp").isEmpty()
                || !kidsWith(v, "ccomp").isEmpty()) {
            return -1;
        }
        for (int c : kidsWith(v, "conj")) {
            List<Integer> obj = kidsWith(c, "obj");
            if (token(c).pos().startsWith("VB") && c > v && kidsWith(c, "nsubj").isEmpty() && !obj.isEmpty()
                    && obj.get(0) > c) {
                return obj.get(0);
            }
        }
        // "pardoned and released three activists": the parser may hang the object on the first verb instead
        int g = head[v];
        if (rel[v].equals("conj") && g >= 0 && g < v && token(g).pos().startsWith("VB")
                && kidsWith(v, "nsubj").isEmpty()) {
            List<Integer> obj = kidsWith(g, "obj");
            if (obj.size() == 1 && obj.get(0) > v) {
                return obj.get(0);
            }
        }
        return -1;
    }

    int size() {
        return head.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        Token t = token(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    int head(int i) {
        return head[i];
    }

    String rel(int i) {
        return rel[i];
    }

    /** The relation without its subtype ("obl" for "obl:tmod"). */
    String baseRel(int i) {
        int c = rel[i].indexOf(':');
        return c < 0 ? rel[i] : rel[i].substring(0, c);
    }

    List<Integer> children(int i) {
        return kids.get(i);
    }

    /** Children whose relation is {@code r} exactly or {@code r} with a subtype. */
    List<Integer> children(int i, String r) {
        List<Integer> out = new ArrayList<>();
        for (int k : kids.get(i)) {
            if (rel[k].equals(r) || rel[k].startsWith(r + ":")) {
                out.add(k);
            }
        }
        return out;
    }

    int child(int i, String r) {
        for (int k : kids.get(i)) {
            if (rel[k].equals(r)) {
                return k;
            }
        }
        return -1;
    }

    /** The preposition of a nominal ("to" in "to Ukraine", "according to" in "according to Yonhap"), or "". */
    String caseOf(int noun) {
        StringBuilder sb = new StringBuilder();
        for (int k : kids.get(noun)) {
            if (rel[k].equals("case") && !word(k).equals("'s")) {
                // "out of" may come as two case words, "according to" as a word and its fixed part
                sb.append(sb.isEmpty() ? "" : " ").append(word(k));
                for (int f : kids.get(k)) {
                    if (rel[f].equals("fixed")) {
                        sb.append(' ').append(word(f));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Whether a clause is "before/after" with a verb's -ing form: another act of the same doer ("before meeting"). */
    boolean gerundOfTime(int clause) {
        return rel[clause].startsWith("advcl") && token(clause).pos().equals("VBG")
                && TIME_GERUND_MARKS.contains(mark(clause).toLowerCase(Locale.ROOT));
    }

    String mark(int clause) {
        for (int k : kids.get(clause)) {
            if (rel[k].equals("mark")) {
                return word(k);
            }
        }
        return "";
    }

    String particle(int verb) {
        for (int k : kids.get(verb)) {
            if (rel[k].equals("compound:prt")) {
                return word(k);
            }
        }
        // "pulling back troops", "pulled its troops back": a particle the parser took for an adverb, right after its
        // verb or after the verb's object
        int object = child(verb, "obj");
        for (int k : kids.get(verb)) {
            boolean next = k == verb + 1 || object > verb && k > object && IntStream.range(verb + 1, k)
                    .allMatch(i -> i == object || isAncestor(object, i));
            if (next && rel[k].equals("advmod") && ADVERB_PARTICLES.contains(word(k))) {
                return word(k);
            }
        }
        return null;
    }

    boolean passive(int verb) {
        for (int k : kids.get(verb)) {
            if (rel[k].equals("aux:pass") || rel[k].equals("nsubj:pass")) {
                return true;
            }
        }
        return false;
    }

    boolean negated(int verb) {
        for (int k : kids.get(verb)) {
            String w = word(k);
            if ((rel[k].equals("advmod") || rel[k].equals("neg") || rel[k].equals("aux"))
                    && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
                return true;
            }
        }
        return false;
    }

    List<String> auxiliaries(int verb) {
        List<String> out = new ArrayList<>();
        for (int k : kids.get(verb)) {
            if (rel[k].equals("aux")) {
                out.add(word(k));
            }
        }
        return out;
    }

    /**
     * The verb's oblique phrases and its object's modifying phrases, in that order: the parser hangs a verb's phrase
     * on its object as often as not ("faces 18 charges in the US", "stripped Guaido of his immunity").
     */
    List<Integer> phrasesOf(int verb) {
        List<Integer> out = new ArrayList<>(children(verb, "obl"));
        int object = child(verb, "obj");
        if (object >= 0) {
            out.addAll(children(object, "nmod"));
        }
        return out;
    }

    /** Complement clause heads (xcomp, ccomp) of a verb, and a name it gives in quotes ({@link #quotedNaming}). */
    List<Integer> complements(int verb) {
        List<Integer> out = new ArrayList<>();
        for (int k : kids.get(verb)) {
            // "ruled the practice ... is unconstitutional": a clause the parser left loose ("dep") after the verb
            // ... or "would stop firing across the Line": a gerund left loose right after its verb
            boolean looseClause = rel[k].equals("dep") && k > verb
                    && (!children(k, "cop").isEmpty() || looseInfinitive(k)
                    || k == verb + 1 && token(k).pos().equals("VBG") && token(verb).pos().startsWith("VB"));
            if (rel[k].equals("xcomp") || rel[k].equals("ccomp") || looseClause) {
                out.add(k);
            }
        }
        int[] quoted = quotedNaming(verb);
        if (quoted != null && !out.contains(quoted[0])) {
            out.add(quoted[0]);
        }
        return out;
    }

    /**
     * "was willing to restore ties": an infinitive the parser left loose ("dep") under an adjective it completes.
     */
    boolean looseInfinitive(int k) {
        return rel[k].equals("dep") && toInfinitive(k) && head(k) >= 0 && token(head(k)).pos().startsWith("JJ");
    }

    /** A bare verb marked by "to": "to sign", "to leave". */
    private boolean toInfinitive(int v) {
        return token(v).pos().equals("VB") && kidsWith(v, "mark").stream().anyMatch(m -> word(m).equals("to"));
    }

    private static final Set<String> NAMING = Set.of("call", "brand", "label", "dub", "term");

    /**
     * 'called Wilson's record "extremely problematic"', 'called Wilson "an outstanding nominee"': a name given in
     * quotes, which the parser leaves as the object or as a loose part of it. {what it is called, who or what is so
     * called}, or null.
     */
    int[] quotedNaming(int verb) {
        if (!NAMING.contains(lemma(verb))) {
            return null;
        }
        int obj = child(verb, "obj");
        if (obj < 0 || child(verb, "xcomp") >= 0) {
            return null;
        }
        List<Integer> loose = new ArrayList<>(children(obj, "dep"));
        children(obj, "amod").stream().filter(a -> a > obj).forEach(loose::add); // 'his record "problematic"'
        for (int d : loose) {
            boolean quoted = IntStream.rangeClosed(Math.min(obj, d), Math.max(obj, d))
                    .anyMatch(i -> word(i).equals("\u201c") || word(i).equals("``") || word(i).equals("\""));
            if (!quoted) {
                continue;
            }
            if (token(obj).pos().startsWith("JJ") && d < obj) {
                return new int[] {obj, d};
            }
            if (d > obj) {
                return new int[] {d, obj};
            }
        }
        return null;
    }

    /** The conjuncts of a head, recursively, with the head itself first. */
    List<Integer> withConjuncts(int h) {
        List<Integer> out = new ArrayList<>();
        out.add(h);
        for (int i = 0; i < out.size(); i++) {
            for (int k : children(out.get(i), "conj")) {
                if (!out.contains(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    boolean isAncestor(int anc, int i) {
        for (int h = head[i], guard = 0; h >= 0 && guard < head.length; h = head[h], guard++) {
            if (h == anc) {
                return true;
            }
        }
        return false;
    }

    /** The span of a token's phrase: its subtree without clauses hanging off it. */
    String phrase(int h) {
        int lo = h;
        int hi = h;
        List<Integer> stack = new ArrayList<>(List.of(h));
        while (!stack.isEmpty()) {
            int x = stack.remove(stack.size() - 1);
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
            for (int k : kids.get(x)) {
                String b = rel[k];
                if (b.startsWith("acl") || b.startsWith("advcl") || b.equals("punct") || b.startsWith("parataxis")
                        || b.equals("appos") || b.startsWith("conj") || b.equals("cc") || (x == h && b.equals("case"))) {
                    continue;
                }
                stack.add(k);
            }
        }
        return sentence.span(lo, hi + 1);
    }
}
