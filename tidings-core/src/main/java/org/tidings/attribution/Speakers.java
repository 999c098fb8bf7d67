package org.tidings.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Dateline;
import org.tidings.nlp.Dependency;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;

/** Names the people and bodies who speak in a document: phrases as written, coded names where known. */
final class Speakers {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> IMPERSONAL = Set.of("it", "they", "we", "them");
    private static final Set<String> PHRASE = Set.of("det", "amod", "compound", "nmod:poss", "flat", "nummod",
            "conj", "cc", "nmod", "case", "fixed", "flat:foreign", "compound:prt", "det:poss", "punct",
            "obl"); // "obl" only hangs from adjectives inside a noun phrase: "sources close to the talks"

    final AnnotatedDocument doc;
    private final List<ActorMention> actors;
    private final Map<Integer, Parse> parses = new HashMap<>();

    Speakers(AnnotatedDocument doc, List<ActorMention> actors) {
        this.doc = doc;
        this.actors = actors == null ? List.of() : actors;
    }

    Parse parse(int sentence) {
        return parses.computeIfAbsent(sentence, i -> new Parse(doc.sentences().get(i)));
    }

    /** The outlet of the article, or the agency of its dateline, or null. */
    String outlet() {
        String outlet = doc.article() == null ? null : doc.article().outlet();
        if (outlet != null && !outlet.isBlank()) {
            return outlet.strip();
        }
        return Dateline.of(doc.text()).map(Dateline::agency).orElse(null);
    }

    /** Whether the token is part of the dateline that opens the article ("KYIV (AP) --"). */
    boolean inDateline(Parse p, int token) {
        if (p.sentence.index() != 0) {
            return false;
        }
        return Dateline.of(doc.text()).filter(d -> d.covers(p.token(token).begin())).isPresent();
    }

    /** Whether a paragraph ends between this sentence and the one before it. */
    boolean paragraphBreakBefore(int sentence) {
        if (sentence <= 0) {
            return true;
        }
        Sentence prev = doc.sentences().get(sentence - 1);
        Sentence cur = doc.sentences().get(sentence);
        String gap = doc.text().substring(prev.end(), cur.begin());
        return gap.chars().filter(c -> c == '\n').count() >= 2;
    }

    /** The coded actor whose mention contains the token, or null. */
    ActorMention actorAt(int sentence, int token) {
        for (ActorMention a : actors) {
            if (a.sentence() == sentence && a.tokenBegin() <= token && token < a.tokenEnd()) {
                return a;
            }
        }
        return null;
    }

    boolean isPronoun(Parse p, int h) {
        String w = p.word(h);
        return p.token(h).pos().startsWith("PRP") && (PERSONAL.contains(w) || IMPERSONAL.contains(w));
    }

    /**
     * The source named by the noun phrase headed by the token: as written ("Ukrainian and South Korean
     * officials"), the outlet's own name ("Yonhap" for "Yonhap news agency"), the person of an apposition
     * ("Kim Hong-kyun" for "the Deputy Foreign Minister, Kim Hong-kyun"), the coded name of a person, and
     * the speaker meant by a pronoun.
     */
    String name(int sentence, int h) {
        Parse p = parse(sentence);
        if (isPronoun(p, h)) {
            String resolved = resolvePronoun(sentence, h);
            return resolved != null ? resolved : p.token(h).word();
        }
        // "the Deputy Foreign Minister, Kim Hong-kyun": the person's name.
        for (Dependency d : p.children(h)) {
            if (d.relation().equals("appos") && p.token(d.dependent()).ner().equals("PERSON")
                    && !p.token(h).ner().equals("PERSON")) {
                return canonical(sentence, d.dependent(), properRun(p, d.dependent()));
            }
        }
        String media = mediaName(p, h);
        if (media != null) {
            return canonical(sentence, h, media);
        }
        int[] range = phrase(p, h);
        String text = p.span(range[0], range[1]);
        return canonical(sentence, h, text);
    }

    /** Whether the phrase stands for an outlet or document named earlier ("the agency", "the report"). */
    boolean isAnaphoric(Parse p, int h) {
        if (!Cues.ANAPHORIC.contains(p.lemma(h))) {
            return false;
        }
        boolean definite = false;
        for (Dependency d : p.children(h)) {
            String r = d.relation();
            if (r.equals("nmod:poss") || r.equals("compound") || r.equals("appos") || r.equals("nmod")
                    || r.equals("amod") && p.token(d.dependent()).ner().equals("NATIONALITY")) {
                return false;
            }
            if (r.equals("det")) {
                String w = p.word(d.dependent());
                if (!w.equals("the") && !w.equals("this")) {
                    return false;
                }
                definite = true;
            }
        }
        return definite; // "reports indicate" names no one; "the report said" is one named before
    }

    private String canonical(int sentence, int h, String text) {
        ActorMention a = actorAt(sentence, h);
        Parse p = parse(sentence);
        if (a != null && a.name() != null) {
            boolean person = p.token(h).ner().equals("PERSON");
            if (person || strip(a.text()).equalsIgnoreCase(strip(text))) {
                return a.name();
            }
        }
        return text;
    }

    private static String strip(String s) {
        String t = s.strip();
        return t.toLowerCase(Locale.ROOT).startsWith("the ") ? t.substring(4) : t;
    }

    /** Token range of the noun phrase: its modifiers, without relative clauses, appositions and "both". */
    int[] phrase(Parse p, int h) {
        int[] range = {h, h};
        grow(p, h, range, true, 0);
        // Trim punctuation and conjunctions left at the edges.
        while (range[0] < range[1] && edgeJunk(p, range[0])) {
            range[0]++;
        }
        while (range[1] > range[0] && edgeJunk(p, range[1])) {
            range[1]--;
        }
        return range;
    }

    private static boolean edgeJunk(Parse p, int i) {
        String pos = p.token(i).pos();
        return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("``") || pos.equals("''")
                || pos.equals("CC") || pos.equals("-LRB-") || pos.equals("-RRB-");
    }

    private void grow(Parse p, int node, int[] range, boolean head, int depth) {
        if (depth > 12) {
            return;
        }
        for (Dependency d : p.children(node)) {
            String r = d.relation();
            if (!PHRASE.contains(r) || head && (r.equals("case") || r.equals("fixed") || r.equals("punct"))) {
                continue;
            }
            if (r.equals("punct") && (d.dependent() < range[0] - 1 || d.dependent() > range[1] + 1)) {
                continue;
            }
            range[0] = Math.min(range[0], d.dependent());
            range[1] = Math.max(range[1], d.dependent());
            grow(p, d.dependent(), range, false, depth + 1);
        }
    }

    // "Yonhap news agency", "the state news agency KCNA", "Russia's TASS news agency" -> the outlet's name.
    private static String mediaName(Parse p, int h) {
        boolean headIsMedia = Cues.MEDIA.contains(p.lemma(h)) && !p.token(h).pos().startsWith("NNP");
        if (headIsMedia) {
            // "the agency Anadolu", "the newspaper Haaretz"
            for (Dependency d : p.children(h)) {
                if ((d.relation().equals("appos") || d.relation().equals("compound") && d.dependent() > h)
                        && named(p, d.dependent())) {
                    return nameRun(p, d.dependent());
                }
            }
        }
        if (headIsMedia && (p.lemma(h).equals("agency") || p.lemma(h).equals("service"))) {
            // A news agency, not a refugee agency.
            boolean news = false;
            for (Dependency d : p.children(h)) {
                if (p.lemma(d.dependent()).equals("news") || p.lemma(d.dependent()).equals("press")) {
                    news = true;
                }
            }
            headIsMedia = news;
        }
        boolean hasMediaCompound = false;
        for (Dependency d : p.children(h)) {
            if (d.relation().equals("compound") && Cues.MEDIA.contains(p.lemma(d.dependent()))
                    && !named(p, d.dependent())) {
                hasMediaCompound = true;
            }
        }
        if (headIsMedia) {
            // The proper-noun compound just before the generic words.
            for (Dependency d : p.children(h)) {
                if (d.relation().equals("compound") && named(p, d.dependent())) {
                    return nameRun(p, d.dependent());
                }
            }
            for (Dependency d : p.children(h)) {
                if (d.relation().equals("appos") && named(p, d.dependent())) {
                    return nameRun(p, d.dependent());
                }
            }
            return null;
        }
        if (hasMediaCompound && p.token(h).pos().startsWith("NNP")) {
            return properRun(p, h);
        }
        return null;
    }

    // A proper noun, or a word NER found a name in though the tagger did not ("IRNA/NN").
    private static boolean named(Parse p, int i) {
        String ner = p.token(i).ner();
        return p.token(i).pos().startsWith("NNP")
                || ner.equals("ORGANIZATION") || ner.equals("PERSON") || ner.equals("MISC");
    }

    private static String nameRun(Parse p, int h) {
        if (p.token(h).pos().startsWith("NNP")) {
            return properRun(p, h);
        }
        String ner = p.token(h).ner();
        int from = h;
        int to = h;
        while (from > 0 && p.token(from - 1).ner().equals(ner)) {
            from--;
        }
        while (to + 1 < p.size() && p.token(to + 1).ner().equals(ner)) {
            to++;
        }
        return p.span(from, to);
    }

    static String properRun(Parse p, int h) {
        int from = h;
        int to = h;
        while (from > 0 && (p.token(from - 1).pos().startsWith("NNP") || p.token(from - 1).pos().equals("HYPH")
                && from > 1 && p.token(from - 2).pos().startsWith("NNP"))) {
            from--;
        }
        while (to + 1 < p.size() && (p.token(to + 1).pos().startsWith("NNP")
                || p.token(to + 1).pos().equals("HYPH") && to + 2 < p.size() && p.token(to + 2).pos().startsWith("NNP"))) {
            to++;
        }
        return p.span(from, to);
    }

    /** "He said", "it added": the last speaker named before, in this sentence or the three before it. */
    private String resolvePronoun(int sentence, int h) {
        Parse p = parse(sentence);
        boolean personal = PERSONAL.contains(p.word(h));
        for (int k = sentence; k >= Math.max(0, sentence - 3); k--) {
            Parse q = parse(k);
            int limit = k == sentence ? h : q.size();
            // The subject of a verb of saying before it.
            for (int i = limit - 1; i >= 0; i--) {
                if ((Cues.SAY.contains(q.lemma(i)) || Cues.HEDGE_SAY.contains(q.lemma(i))) && q.token(i).isVerb()) {
                    int subj = q.child(i, "nsubj");
                    if (subj >= 0 && subj < limit && !isPronoun(q, subj)
                            && personal == isPersonLike(k, q, subj)) {
                        return name(k, subj);
                    }
                }
            }
            // A person named before it.
            if (personal) {
                // NER also marks pronouns as PERSON mentions: only names count.
                List<EntityMention> people = doc.entitiesIn(k).stream()
                        .filter(e -> e.type().equals("PERSON") && e.tokenEnd() <= limit
                                && !q.token(e.tokenBegin()).pos().startsWith("PRP"))
                        .sorted(java.util.Comparator.comparingInt(EntityMention::tokenBegin)).toList();
                if (!people.isEmpty()) {
                    EntityMention e = people.get(people.size() - 1);
                    ActorMention a = actorAt(k, e.tokenEnd() - 1);
                    return a != null && a.name() != null ? a.name() : e.text();
                }
            }
        }
        return null;
    }

    private boolean isPersonLike(int sentence, Parse p, int h) {
        Token t = p.token(h);
        if (t.ner().equals("PERSON") || t.ner().equals("TITLE")) {
            return true;
        }
        for (Dependency d : p.children(h)) {
            if (d.relation().equals("appos") && p.token(d.dependent()).ner().equals("PERSON")) {
                return true;
            }
        }
        ActorMention a = actorAt(sentence, h);
        return a != null && a.identity() != null && a.sector() == null;
    }
}
