package org.tidings.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Dependency;

/**
 * Who says an event happened and how firmly: the chain of sources of the sentence an event word is in
 * ("Yonhap states that the ministry said ..." gives Yonhap, then the ministry), and its certainty.
 *
 * <p>Sources come from verbs of saying whose complement holds the event ("officials reported that ..."),
 * "according to X", reporting clauses beside the event ("..., the ministry said"), reporting nouns and the
 * owners of videos and documents ("a video released by X showing ..."), "citing Y", and the dateline. A
 * sentence that goes on with a report ("... reportedly conveyed ...") keeps the sources of the report it
 * continues. Without a named source the outlet of the article is the reporter and the event is asserted.
 *
 * <p>Negation is left to the event coder; this class reports denials ("Moscow denied that ...").
 */
public final class Attributor {

    public static final String ASSERTED = "asserted";
    public static final String REPORTED = "reported";
    public static final String ALLEGED = "alleged";
    public static final String DENIED = "denied";
    public static final String PLANNED = "planned";
    public static final String HYPOTHETICAL = "hypothetical";

    private static final Set<String> CONTENT_EDGES = Set.of("ccomp", "xcomp", "obj", "parataxis", "dep",
            "csubj", "advcl", "obl");
    private static final Set<String> NOUN_CONTENT_EDGES = Set.of("acl", "nmod", "ccomp", "appos", "dep");
    private static final int MAX_CARRY = 3;
    // "footage from the scene": a place, not the owner of the footage.
    private static final Set<String> PLACE_NOUN = Set.of("scene", "site", "area", "ground", "field", "front",
            "border", "city", "town", "village", "region", "spot", "location", "street", "building", "house",
            "hospital", "camp", "zone", "air", "sky", "sea", "space", "satellite", "drone", "helicopter", "plane");

    /**
     * Attribution of the event named by the trigger token.
     *
     * @param actors the document's coded actors (may be empty): they give the canonical names of speakers
     * @throws IndexOutOfBoundsException when the sentence or token does not exist
     */
    public Attribution attribute(AnnotatedDocument doc, List<ActorMention> actors, int sentence, int triggerToken) {
        Objects.requireNonNull(doc, "doc");
        if (sentence < 0 || sentence >= doc.sentences().size()) {
            throw new IndexOutOfBoundsException("sentence " + sentence + " of " + doc.sentences().size());
        }
        int size = doc.sentences().get(sentence).tokens().size();
        if (triggerToken < 0 || triggerToken >= size) {
            throw new IndexOutOfBoundsException("token " + triggerToken + " of sentence " + sentence
                    + " (" + size + " tokens)");
        }
        Speakers speakers = new Speakers(doc, actors);
        Found found = analyse(speakers, sentence, triggerToken, 0);
        List<String> chain = found.outerFirst();
        if (chain.isEmpty()) {
            String outlet = speakers.outlet();
            chain = outlet == null ? List.of() : List.of(outlet);
        }
        return new Attribution(found.certainty(), chain);
    }

    /** What one walk from the event word to the root of its sentence finds. */
    private static final class Found {
        final List<String> innerFirst = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        boolean hedged;
        boolean denied;
        boolean planned;
        boolean hypothetical;
        boolean reportedly;
        boolean would;      // "would": the future of a report, else a condition
        boolean reporting;  // a verb or noun of reporting governs the event
        int depth;          // how many sentences back this walk was started from

        void add(String key, String name) {
            if (name == null || name.isBlank() || keys.contains(key)
                    || !innerFirst.isEmpty() && innerFirst.get(innerFirst.size() - 1).equalsIgnoreCase(name)) {
                return;
            }
            keys.add(key);
            innerFirst.add(name);
        }

        List<String> outerFirst() {
            List<String> out = new ArrayList<>(innerFirst);
            java.util.Collections.reverse(out);
            return out;
        }

        String certainty() {
            if (denied) {
                return DENIED;
            }
            if (hypothetical || would && !reporting) {
                return HYPOTHETICAL;
            }
            if (planned || would) {
                return PLANNED;
            }
            if (hedged) {
                return ALLEGED;
            }
            return innerFirst.isEmpty() ? ASSERTED : REPORTED;
        }
    }

    private Found analyse(Speakers sp, int sentence, int trigger, int depth) {
        Parse p = sp.parse(sentence);
        Found f = new Found();
        f.depth = depth;
        List<Integer> path = p.pathToRoot(trigger);
        boolean content = true;
        // Past a relative clause the event is told as a fact of its own ("a move aimed at calming Iran, which had
        // condemned the invasion"): the clauses above may still report it, but do not make it planned.
        boolean ownClause = false;
        modality(p, trigger, f);
        for (int i = 0; i < path.size(); i++) {
            int n = path.get(i);
            int prev = i > 0 ? path.get(i - 1) : -1;
            String edge = prev >= 0 ? p.relation(prev) : null;
            ownClause |= "acl:relcl".equals(edge);
            if (content && i > 0 && !ownClause) {
                clauseModality(p, n, edge, f);
            }
            boolean reporting = false;
            if (prev >= 0) {
                reporting = reportingVerb(sp, sentence, p, n, prev, edge, f)
                        || reportingNoun(sp, sentence, p, n, edge, f);
            }
            sideSources(sp, sentence, p, n, prev, content, f);
            if (reporting) {
                content = false;
                f.reporting = true;
            }
        }
        if (f.innerFirst.isEmpty()) {
            tailReport(sp, sentence, p, trigger, f);
        }
        if (f.innerFirst.isEmpty() && f.reportedly && depth < 2) {
            List<String> carried = carried(sp, sentence, depth);
            for (int i = carried.size() - 1; i >= 0; i--) {
                f.add("carried" + i, carried.get(i));
            }
        }
        return f;
    }

    // Hedges and modals on the event word itself and on its participants.
    private static void modality(Parse p, int t, Found f) {
        hedgesOn(p, t, f);
        // "the alleged attack"; "purported soldiers looting": what is shown may not be what it seems.
        adjectiveHedge(p, t, Cues.HEDGE_ADJ, f);
        for (Dependency d : p.children(t)) {
            String r = d.relation();
            if (r.startsWith("nsubj") || r.equals("obj")) {
                adjectiveHedge(p, d.dependent(), PURPORTED, f);
            }
        }
        String own = p.relation(t);
        if ((own.equals("acl") || own.equals("amod")) && p.parent(t) >= 0) {
            adjectiveHedge(p, p.parent(t), PURPORTED, f);
        }
        auxiliaries(p, t, f);
        if (!p.token(t).isVerb()) {
            // "should one nation come under attack": the verb that carries an event noun.
            for (int up = p.parent(t); up >= 0; up = p.parent(up)) {
                if (p.token(up).isVerb()) {
                    if (!Cues.SAY.contains(p.lemma(up)) && !Cues.HEDGE_SAY.contains(p.lemma(up))) {
                        auxiliaries(p, up, f);
                    }
                    break;
                }
            }
        }
        // "plans to send", "is set to visit", "threatened to strike": the intention before "to".
        int to = t - 1;
        if (to > 0 && p.token(to).pos().equals("RB")) {
            to--;
        }
        if (to > 0 && p.word(to).equals("to")) {
            int before = to - 1;
            if (Cues.INTENT.contains(p.lemma(before)) || Cues.INTENT.contains(p.word(before))) {
                f.planned = true;
            }
        }
    }

    private static void hedgesOn(Parse p, int n, Found f) {
        for (Dependency d : p.children(n)) {
            if (d.relation().equals("advmod") && Cues.HEDGE_ADV.contains(p.word(d.dependent()))) {
                f.hedged = true;
                if (p.word(d.dependent()).equals("reportedly")) {
                    f.reportedly = true;
                }
            }
        }
    }

    private static final Set<String> PURPORTED = Set.of("purported", "alleged", "supposed", "so-called");

    private static void adjectiveHedge(Parse p, int noun, Set<String> words, Found f) {
        for (Dependency d : p.children(noun)) {
            if (d.relation().equals("amod") && words.contains(p.word(d.dependent()))) {
                f.hedged = true;
            }
        }
    }

    private static void auxiliaries(Parse p, int n, Found f) {
        boolean perfect = false;
        for (Dependency d : p.children(n)) {
            if (d.relation().startsWith("aux") && p.lemma(d.dependent()).equals("have")) {
                perfect = true;
            }
        }
        int subject = p.child(n, "nsubj");
        for (Dependency d : p.children(n)) {
            String r = d.relation();
            String w = p.word(d.dependent());
            if (r.equals("aux")) {
                if (Cues.FUTURE_AUX.contains(w)) {
                    f.planned = true;
                } else if ((w.equals("would") || w.equals("'d")) && !perfect) {
                    f.would = true;
                } else if (Cues.COND_AUX.contains(w) && !(w.equals("could") && p.negated(n))) {
                    // "could not reach an agreement" tells what failed: the coder's negation, not a condition.
                    boolean epistemic = perfect && !w.equals("should") && !w.equals("would");
                    if (epistemic) {
                        f.hedged = true; // "may have been killed"
                    } else {
                        f.hypothetical = true;
                    }
                } else if (w.equals("going") || w.equals("about")) {
                    f.planned = true;
                }
                // "should one nation come under attack", "were the talks to fail": an inverted condition.
                if ((w.equals("were") || w.equals("had")) && subject > d.dependent() && p.relation(n).startsWith("advcl")) {
                    f.hypothetical = true;
                }
            } else if (r.equals("mark") && Cues.COND_MARK.contains(w)) {
                f.hypothetical = true;
            } else if (r.startsWith("advcl") && conditional(p, d.dependent())) {
                f.hypothetical = true; // "would retaliate if attacked"
            }
        }
    }

    private static boolean conditional(Parse p, int clause) {
        for (Dependency d : p.children(clause)) {
            if (d.relation().equals("mark") && Cues.COND_MARK.contains(p.word(d.dependent()))) {
                return true;
            }
            // "should the other come under attack", "were the sanctions to be lifted"
            if (d.relation().startsWith("aux") && Set.of("should", "were", "had").contains(p.word(d.dependent()))) {
                int subject = p.child(clause, "nsubj");
                if (subject < 0) {
                    subject = p.child(clause, "nsubj:pass");
                }
                if (subject > d.dependent()) {
                    return true;
                }
            }
        }
        return false;
    }

    // A clause above the event word, still inside what is reported: intentions and conditions.
    private static void clauseModality(Parse p, int n, String edge, Found f) {
        if ((edge.equals("xcomp") || edge.equals("acl") || edge.equals("ccomp") || edge.equals("advcl"))
                && Cues.INTENT.contains(p.lemma(n)) && !p.negated(n)) {
            f.planned = true;
        }
        hedgesOn(p, n, f);
        if (edge.equals("xcomp") || edge.equals("ccomp") || edge.startsWith("advcl") || edge.startsWith("conj")) {
            auxiliaries(p, n, f);
        }
    }

    private boolean reportingVerb(Speakers sp, int s, Parse p, int n, int prev, String edge, Found f) {
        String lemma = p.lemma(n);
        if ((lemma.equals("cite") || lemma.equals("quote")) && edge.equals("ccomp") && p.child(n, "obj") >= 0) {
            // "said, citing police, that ...": parsed with the report hanging from "citing".
            int cited = p.child(n, "obj");
            f.add(s + ":" + cited, source(sp, s, p, cited, f));
            return true;
        }
        boolean say = Cues.SAY.contains(lemma);
        boolean hedge = Cues.HEDGE_SAY.contains(lemma);
        boolean deny = Cues.DENY.contains(lemma);
        boolean show = Cues.SHOW.contains(lemma);
        if (!p.token(n).isVerb() || !CONTENT_EDGES.contains(edge)) {
            return false;
        }
        boolean released = Cues.RELEASE.contains(lemma) && evidenceSubject(p, n) >= 0 && agent(p, n) >= 0
                && (edge.equals("dep") || edge.equals("ccomp") || edge.equals("parataxis") || edge.equals("advcl")
                || edge.equals("obj"));
        if (!(say || hedge || deny || show || released)) {
            return false;
        }
        if (edge.equals("advcl") && !released && !lemma.equals("say") && !lemma.equals("quote")
                && !(hedge && markedBy(p, prev, Set.of("of", "for", "that", "as")))) {
            return false; // "summoned ... to convey regret" is not a report of the summons
        }
        if (edge.equals("obl") && !(hedge && (hasCase(p, prev, "of") || hasCase(p, prev, "for")))) {
            return false;
        }
        boolean aboutClaim = edge.equals("ccomp") || edge.equals("obj")
                && (Cues.HEDGE_NOUN.contains(p.lemma(prev)) || Cues.REPORT_NOUN.contains(p.lemma(prev)));
        if ((lemma.equals("reject") || lemma.equals("dismiss") || lemma.equals("dispute")) && !aboutClaim) {
            return false; // rejecting a proposal is an event, not a denial of one
        }
        int evidence = evidenceSubject(p, n);
        if ((show || released) && !say && evidence < 0) {
            return false;
        }
        if (lemma.equals("show") && evidence < 0) {
            return false; // "Russia showed restraint"
        }
        if (evidence >= 0) {
            int owner = owner(sp, p, evidence);
            if (owner >= 0) {
                f.add(s + ":" + owner, source(sp, s, p, owner, f));
            } else if (say && !show) {
                f.add(s + ":" + evidence, source(sp, s, p, evidence, f)); // "the report said"
            }
            if (Set.of("suggest", "purport", "appear", "indicate").contains(lemma)) {
                f.hedged = true;
            }
            for (int c = 0; c < p.size(); c++) {
                // "appears to show", "seems to show"
                if ((p.lemma(c).equals("appear") || p.lemma(c).equals("seem")) && (p.parent(c) == n || p.parent(n) == c)) {
                    f.hedged = true;
                }
            }
        } else {
            int subject = speaker(sp, p, n);
            // "X, citing Y, said", "X said, citing Y, that": Y is the inner source.
            int[] content = p.subtree(prev, r -> true);
            int from = subject >= 0 ? Math.min(subject, n) : n;
            int that = -1;
            for (Dependency d : p.children(prev)) {
                if (d.relation().equals("mark") && p.word(d.dependent()).equals("that") && d.dependent() > n) {
                    that = d.dependent();
                }
            }
            int to = that > 0 ? that : content[0] > n ? content[0] : n;
            for (int c = from; c < to; c++) {
                if ((c < content[0] || c > content[1] || that > 0)
                        && (p.lemma(c).equals("cite") || p.lemma(c).equals("quote")) && p.token(c).pos().equals("VBG")) {
                    String cited = cited(p, c);
                    if (cited != null) {
                        f.add(s + ":cited" + c, cited);
                    }
                }
            }
            if (subject >= 0) {
                f.add(s + ":" + subject, source(sp, s, p, subject, f));
            } else if (passive(p, n)) {
                f.hedged = true; // "troops are said to have crossed", "it was reported that"
            }
        }
        if (hedge) {
            f.hedged = true;
        }
        if (deny) {
            f.denied = true;
        }
        if (p.negated(n) && !deny && say) {
            f.hedged = true; // "officials would not confirm that ..."
        }
        hedgesOn(p, n, f);
        return true;
    }

    private boolean reportingNoun(Speakers sp, int s, Parse p, int n, String edge, Found f) {
        String lemma = p.lemma(n);
        if (!p.token(n).isNoun() || !NOUN_CONTENT_EDGES.contains(edge)) {
            return false;
        }
        boolean report = Cues.REPORT_NOUN.contains(lemma);
        boolean hedge = Cues.HEDGE_NOUN.contains(lemma);
        boolean deny = Cues.DENY_NOUN.contains(lemma);
        boolean evidence = Cues.EVIDENCE_NOUN.contains(lemma);
        if (!(report || hedge || deny || evidence)) {
            return false;
        }
        int owner = owner(sp, p, n);
        if (owner >= 0) {
            f.add(s + ":" + owner, source(sp, s, p, owner, f));
        } else if (report || hedge) {
            f.hedged = true; // "reports of troops moving": nobody stands behind them
        }
        if (hedge) {
            f.hedged = true;
        }
        if (deny) {
            f.denied = true;
        }
        return report || hedge || deny;
    }

    // "..., the provincial government said on Friday.": a bare reporting clause closing the sentence,
    // whatever the parser hung it from.
    private void tailReport(Speakers sp, int s, Parse p, int trigger, Found f) {
        for (int c = trigger + 1; c < p.size(); c++) {
            if (!p.token(c).isVerb() || !(Cues.SAY.contains(p.lemma(c)) || Cues.HEDGE_SAY.contains(p.lemma(c)))
                    || !bare(p, c) || p.lemma(c).equals("show")) {
                continue;
            }
            int subject = closestSpeaker(sp, p, c);
            int comma = -1;
            for (int i = trigger + 1; i < Math.min(c, subject >= 0 ? subject : c); i++) {
                if (p.token(i).pos().equals(",")) {
                    comma = i;
                }
            }
            int[] clause = p.subtree(c, r -> true);
            if (comma < 0 || subject < 0 || subject < comma || clause[0] <= trigger && trigger <= clause[1]) {
                continue;
            }
            f.add(s + ":" + subject, source(sp, s, p, subject, f));
            f.reporting = true;
            if (Cues.HEDGE_SAY.contains(p.lemma(c))) {
                f.hedged = true;
            }
            return;
        }
    }

    // "according to X", "..., the ministry said", "as X reported" on a clause of the path.
    private void sideSources(Speakers sp, int s, Parse p, int n, int prev, boolean content, Found f) {
        for (Dependency d : p.children(n)) {
            int c = d.dependent();
            if (c == prev) {
                continue;
            }
            String r = d.relation();
            if ((r.equals("obl") || r.equals("nmod") || r.equals("advcl") || r.equals("dep")) && accordingTo(p, c)) {
                f.add(s + ":" + c, source(sp, s, p, c, f));
            } else if (content && (r.startsWith("csubj") && c < n && p.child(c, "obj") >= 0)) {
                // "Investigators believe the plane was shot down", parsed with "believe" as a clausal subject.
                if (Cues.SAY.contains(p.lemma(c)) || Cues.HEDGE_SAY.contains(p.lemma(c))) {
                    int subject = p.child(c, "nsubj");
                    if (subject >= 0) {
                        f.add(s + ":" + subject, source(sp, s, p, subject, f));
                        f.reporting = true;
                    }
                    if (Cues.HEDGE_SAY.contains(p.lemma(c))) {
                        f.hedged = true;
                    }
                }
            } else if (content && (r.equals("parataxis") || r.equals("advcl") || r.equals("dep") || r.equals("ccomp"))
                    && p.token(c).isVerb() && c > n
                    && (Cues.SAY.contains(p.lemma(c)) || Cues.HEDGE_SAY.contains(p.lemma(c)))
                    && !p.lemma(c).equals("show") && (as(p, c) || bare(p, c))) {
                int subject = closestSpeaker(sp, p, c);
                if (subject >= 0) {
                    f.add(s + ":" + subject, source(sp, s, p, subject, f));
                } else if (passive(p, c)) {
                    f.hedged = true;
                }
                if (Cues.HEDGE_SAY.contains(p.lemma(c))) {
                    f.hedged = true;
                }
                hedgesOn(p, c, f);
            }
        }
    }

    // The words after "citing" up to the next comma, "that" or verb.
    private static String cited(Parse p, int cite) {
        int end = cite;
        for (int i = cite + 1; i < p.size(); i++) {
            String pos = p.token(i).pos();
            if (pos.equals(",") || pos.equals(".") || pos.equals(":") || p.word(i).equals("that")
                    || pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG") || pos.equals("MD")) {
                break;
            }
            end = i;
        }
        return end > cite ? p.span(cite + 1, end) : null;
    }

    // A reporting clause that reports nothing of its own: "the ministry said (on Friday)", "he told reporters".
    private static boolean bare(Parse p, int c) {
        if (p.child(c, "ccomp") >= 0 || p.child(c, "xcomp") >= 0) {
            return false;
        }
        return p.child(c, "obj") < 0 || p.lemma(c).equals("tell");
    }

    private static boolean markedBy(Parse p, int clause, Set<String> words) {
        for (Dependency d : p.children(clause)) {
            if ((d.relation().equals("mark") || d.relation().equals("case")) && words.contains(p.word(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean accordingTo(Parse p, int c) {
        for (Dependency d : p.children(c)) {
            if ((d.relation().equals("case") || d.relation().equals("mark")) && p.word(d.dependent()).equals("according")) {
                return true;
            }
        }
        return false;
    }

    private static boolean as(Parse p, int c) {
        for (Dependency d : p.children(c)) {
            if (d.relation().equals("mark") && p.word(d.dependent()).equals("as")) {
                return true;
            }
        }
        return false;
    }

    private static boolean passive(Parse p, int n) {
        return p.child(n, "aux:pass") >= 0 || p.child(n, "nsubj:pass") >= 0;
    }

    // "..., the British ambassador, the IRNA news agency reported": the apposition next to the verb is the
    // speaker the parser mistook for a second name of the subject.
    private static int closestSpeaker(Speakers sp, Parse p, int c) {
        int subject = speaker(sp, p, c);
        int before = c - 1;
        if (subject >= 0 && subject < before && (p.token(before).isNoun() || p.token(before).pos().equals("PRP"))
                && !sp.inDateline(p, before)) {
            for (int i = subject + 1; i < before; i++) {
                if (p.token(i).pos().equals(",")) {
                    return before; // "..., officials said," after a subject the parser took from elsewhere
                }
            }
        }
        return subject;
    }

    // The subject of a verb of saying; a verb without one ("adding that ...") speaks with its governor's.
    private static int speaker(Speakers sp, Parse p, int n) {
        int cur = n;
        for (int hops = 0; hops < 4 && cur >= 0; hops++) {
            int subject = -1;
            for (Dependency d : p.children(cur)) {
                // The nearest subject; "KYIV (AP) --" of a dateline is none.
                if (d.relation().equals("nsubj") && !sp.inDateline(p, d.dependent())
                        && (subject < 0 || Math.abs(d.dependent() - cur) < Math.abs(subject - cur))) {
                    subject = d.dependent();
                }
            }
            if (subject >= 0) {
                return subject;
            }
            int agent = agent(p, cur);
            if (agent >= 0) {
                return agent;
            }
            String r = p.relation(cur);
            int gov = p.parent(cur);
            if (gov >= 0 && (r.startsWith("advcl") || r.equals("xcomp")) && p.lemma(gov).equals("quote")
                    && p.child(gov, "obj") >= 0) {
                return p.child(gov, "obj"); // "Interfax quoted a senior diplomat as saying that ..."
            }
            if (!(r.equals("xcomp") || r.startsWith("advcl") || r.startsWith("conj"))) {
                // "..., a local official said", parsed without a subject: the noun just before the verb.
                int before = cur - 1;
                if (hops == 0 && before >= 0 && (p.token(before).isNoun() || p.token(before).pos().equals("PRP"))
                        && !p.relation(cur).equals("root") && !passive(p, cur) && !sp.inDateline(p, before)) {
                    return before;
                }
                return -1;
            }
            cur = p.parent(cur);
        }
        return -1;
    }

    private static int agent(Parse p, int n) {
        for (Dependency d : p.children(n)) {
            if (d.relation().startsWith("obl") && hasCase(p, d.dependent(), "by")) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static boolean hasCase(Parse p, int n, String word) {
        for (Dependency d : p.children(n)) {
            if (d.relation().equals("case") && p.word(d.dependent()).equals(word)) {
                return true;
            }
        }
        return false;
    }

    // "a video released by the ministry shows": the video, whose owner is the source.
    private static int evidenceSubject(Parse p, int n) {
        int subject = p.child(n, "nsubj");
        if (subject >= 0 && Cues.EVIDENCE_NOUN.contains(p.lemma(subject))) {
            return subject;
        }
        // "Footage shared by activists appeared to show", parsed with the participle as a clausal subject.
        int clause = p.child(n, "csubj");
        if (clause >= 0) {
            int inner = p.child(clause, "nsubj");
            if (inner >= 0 && Cues.EVIDENCE_NOUN.contains(p.lemma(inner))) {
                return inner;
            }
        }
        String r = p.relation(n);
        int gov = p.parent(n);
        if (gov >= 0 && r.startsWith("acl") && Cues.EVIDENCE_NOUN.contains(p.lemma(gov))) {
            return gov;
        }
        return -1;
    }

    // Whose report, video or claim: "Ukraine's claims", "a statement from the ministry", "a Pentagon report",
    // "a video released by X", "X released a video".
    private static int owner(Speakers sp, Parse p, int noun) {
        for (Dependency d : p.children(noun)) {
            String r = d.relation();
            int c = d.dependent();
            if (r.equals("nmod:poss") && !p.token(c).pos().equals("PRP$")) {
                return c;
            }
            if (r.equals("nmod") && (hasCase(p, c, "by") || hasCase(p, c, "from")) && !PLACE_NOUN.contains(p.lemma(c))) {
                return c;
            }
        }
        for (Dependency d : p.children(noun)) {
            int c = d.dependent();
            if (d.relation().equals("compound") && p.token(c).pos().startsWith("NNP") && !p.token(c).ner().equals("O")) {
                return c;
            }
            if (d.relation().startsWith("acl") && Cues.RELEASE.contains(p.lemma(c))) {
                int agent = agent(p, c);
                if (agent >= 0) {
                    return agent;
                }
            }
        }
        int gov = p.parent(noun);
        if (gov >= 0 && p.relation(noun).equals("obj") && Cues.RELEASE.contains(p.lemma(gov))) {
            return speaker(sp, p, gov);
        }
        if (gov >= 0 && p.relation(noun).equals("nsubj") && Cues.RELEASE.contains(p.lemma(gov))) {
            return agent(p, gov);
        }
        return -1;
    }

    private String source(Speakers sp, int s, Parse p, int head, Found f) {
        if (f.depth < 2 && sp.isAnaphoric(p, head)) {
            // "the agency said": the outlet or document named before.
            List<String> before = carried(sp, s, f.depth + 1);
            if (!before.isEmpty()) {
                return before.get(0);
            }
        }
        String lemma = p.lemma(head);
        if (p.token(head).isNoun() && (Cues.EVIDENCE_NOUN.contains(lemma) || Cues.REPORT_NOUN.contains(lemma))) {
            int owner = owner(sp, p, head);
            if (owner >= 0) {
                return sp.name(s, owner); // "according to a statement from the ministry"
            }
        }
        return sp.name(s, head);
    }

    // The sources of the report a sentence continues: those of the nearest sentence before it, in the same
    // paragraph, whose main clause is attributed.
    private List<String> carried(Speakers sp, int sentence, int depth) {
        for (int k = sentence - 1; k >= Math.max(0, sentence - MAX_CARRY); k--) {
            if (sp.paragraphBreakBefore(k + 1)) {
                break;
            }
            Parse q = sp.parse(k);
            int root = -1;
            for (int i = 0; i < q.size(); i++) {
                if (q.parent(i) < 0 && q.relation(i).equals("root")) {
                    root = i;
                    break;
                }
            }
            if (root < 0) {
                continue;
            }
            int content = q.child(root, "ccomp");
            if (content < 0 && (Cues.SAY.contains(q.lemma(root)) || Cues.HEDGE_SAY.contains(q.lemma(root)))) {
                content = q.child(root, "obj"); // "Yonhap reported the launch."
            }
            Found f = analyse(sp, k, content >= 0 ? content : root, depth + 1);
            if (!f.innerFirst.isEmpty()) {
                return f.outerFirst();
            }
        }
        return List.of();
    }
}
