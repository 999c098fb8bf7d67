package org.tidings.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Dependency;
import org.tidings.places.Gazetteer;

/**
 * Finds the statements parties make about the news: comments refused, facts confirmed, denied or withheld.
 * A capital named as a party stands for its government ("no comment from Moscow" is Russia's).
 */
public final class Statements {

    private static final Set<String> COMMENT_NOUN = Set.of("comment", "response", "reaction", "word",
            "confirmation", "statement", "explanation");
    private static final Set<String> COMMENT_VERB = Set.of("comment", "respond", "reply", "react", "answer");
    private static final Set<String> CONFIRM = Set.of("confirm", "acknowledge", "admit", "verify", "corroborate");
    private static final Set<String> DENY = Set.of("deny", "refute", "rebut", "disavow");
    private static final Set<String> DENY_IF_CLAIM = Set.of("reject", "dismiss", "dispute", "contest");
    private static final Set<String> CLAIM_NOUN = Set.of("claim", "report", "allegation", "accusation", "charge",
            "suggestion", "assertion", "speculation", "rumor", "rumour", "story", "account");
    private static final Set<String> REFUSE = Set.of("decline", "refuse", "fail", "reluctant", "unwilling",
            "unable", "avoid");
    private static final Set<String> DISCLOSE = Set.of("disclose", "reveal", "give", "provide", "elaborate",
            "specify", "detail", "release", "identify", "name", "discuss", "share", "divulge", "publish", "say");
    private static final Set<String> INFO_NOUN = Set.of("detail", "information", "figure", "number", "name",
            "specifics", "identity", "details", "data");
    private static final Set<String> WITHHOLD = Set.of("withhold", "conceal", "hide");

    private final Gazetteer gazetteer;

    public Statements() {
        this(Gazetteer.builtin());
    }

    public Statements(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** All statements of the document, in text order. */
    public List<Statement> statements(AnnotatedDocument doc, List<ActorMention> actors) {
        Objects.requireNonNull(doc, "doc");
        Speakers sp = new Speakers(doc, actors);
        List<Statement> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            Parse p = sp.parse(s);
            for (int i = 0; i < p.size(); i++) {
                statementAt(sp, s, p, i).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Statement> statementAt(Speakers sp, int s, Parse p, int i) {
        String lemma = p.lemma(i);
        boolean verb = p.token(i).isVerb();
        boolean refused = refused(p, i);
        boolean negated = p.negated(i) || refused;
        // "no comment from Moscow or Pyongyang", "Moscow had no immediate comment"
        if (p.token(i).isNoun() && COMMENT_NOUN.contains(lemma) && hasNo(p, i)) {
            List<Integer> who = enhanced(p, i, "obl:from", "nmod:from");
            if (who.isEmpty() && p.parent(i) >= 0 && p.relation(i).equals("obj")) {
                who = subjects(p, p.parent(i));
            }
            return statement(sp, s, p, Statement.NO_COMMENT, who, null, i);
        }
        if (verb && COMMENT_VERB.contains(lemma) && negated) {
            return statement(sp, s, p, Statement.NO_COMMENT, subjects(p, i), null, i);
        }
        // "could not be reached for comment"
        if (verb && lemma.equals("reach") && p.negated(i) && p.child(i, "nsubj:pass") >= 0) {
            return statement(sp, s, p, Statement.NO_COMMENT, subjects(p, i), null, i);
        }
        if (verb && CONFIRM.contains(lemma)) {
            return statement(sp, s, p, negated ? Statement.NOT_CONFIRMED : Statement.CONFIRMED, subjects(p, i),
                    about(p, i), i);
        }
        if (verb && (DENY.contains(lemma) || DENY_IF_CLAIM.contains(lemma) && aboutClaim(p, i)) && !p.negated(i)) {
            return statement(sp, s, p, Statement.DENIED, subjects(p, i), about(p, i), i);
        }
        if (verb && WITHHOLD.contains(lemma)) {
            return statement(sp, s, p, Statement.WITHHELD, subjects(p, i), about(p, i), i);
        }
        if (verb && DISCLOSE.contains(lemma) && negated && (lemma.equals("elaborate") || lemma.equals("specify")
                || aboutInformation(p, i))) {
            List<Integer> who = subjects(p, i);
            if (who.isEmpty() && passive(p, i)) {
                who = mainSubjects(p, i); // "..., although details were not disclosed"
            }
            return statement(sp, s, p, Statement.WITHHELD, who, about(p, i), i);
        }
        return Optional.empty();
    }

    private static boolean hasNo(Parse p, int noun) {
        for (Dependency d : p.children(noun)) {
            if (d.relation().equals("det") && p.word(d.dependent()).equals("no")) {
                return true;
            }
        }
        return false;
    }

    // "declined to comment", "refused to give details", "was unable to confirm"
    private static boolean refused(Parse p, int i) {
        int gov = p.parent(i);
        return gov >= 0 && p.relation(i).equals("xcomp") && REFUSE.contains(p.lemma(gov));
    }

    private static boolean passive(Parse p, int i) {
        return p.child(i, "aux:pass") >= 0 || p.child(i, "nsubj:pass") >= 0;
    }

    private static boolean aboutClaim(Parse p, int i) {
        int obj = p.child(i, "obj");
        return p.child(i, "ccomp") >= 0 || obj >= 0 && CLAIM_NOUN.contains(p.lemma(obj));
    }

    private static boolean aboutInformation(Parse p, int i) {
        int obj = p.child(i, "obj");
        if (obj < 0) {
            obj = p.child(i, "nsubj:pass");
        }
        return obj >= 0 && INFO_NOUN.contains(p.lemma(obj)) || obj < 0 && p.child(i, "ccomp") < 0
                && p.lemma(i).equals("detail");
    }

    private static List<Integer> enhanced(Parse p, int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : p.enhancedChildren(i)) {
            for (String r : relations) {
                if (d.relation().equals(r) && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    // The subjects of the verb, with conjuncts ("Russia and China denied"), through "declined to" and the
    // subject a conjoined verb shares ("Zinoviev confirmed the meeting but withheld details").
    private static List<Integer> subjects(Parse p, int i) {
        List<Integer> out = enhanced(p, i, "nsubj", "nsubj:xsubj");
        if (out.isEmpty()) {
            for (Dependency d : p.children(i)) {
                if (d.relation().startsWith("obl") && hasCase(p, d.dependent(), "by")) {
                    out.add(d.dependent());
                }
            }
        }
        if (out.isEmpty() && p.parent(i) >= 0 && (p.relation(i).equals("xcomp") || p.relation(i).startsWith("conj"))) {
            out = subjects(p, p.parent(i));
        }
        if (out.isEmpty() && p.relation(i).equals("nsubj:pass")) {
            return out;
        }
        if (out.isEmpty()) {
            out = enhanced(p, i, "nsubj:pass").stream()
                    .filter(x -> p.lemma(i).equals("reach")).toList();
        }
        return out;
    }

    private static List<Integer> mainSubjects(Parse p, int i) {
        int gov = p.parent(i);
        if (gov >= 0 && p.relation(i).startsWith("advcl")) {
            return subjects(p, gov);
        }
        return List.of();
    }

    private static boolean hasCase(Parse p, int n, String word) {
        for (Dependency d : p.children(n)) {
            if (d.relation().equals("case") && p.word(d.dependent()).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static String about(Parse p, int i) {
        int obj = p.child(i, "obj");
        if (obj < 0) {
            obj = p.child(i, "nsubj:pass");
        }
        if (obj < 0) {
            obj = p.child(i, "ccomp");
            if (obj >= 0) {
                int[] r = p.subtree(obj, rel -> true);
                return p.span(r[0], r[1]);
            }
            return null;
        }
        int[] r = p.subtree(obj, rel -> !rel.startsWith("acl") && !rel.equals("punct") && !rel.startsWith("conj")
                && !rel.equals("cc"));
        return p.span(r[0], r[1]);
    }

    private Optional<Statement> statement(Speakers sp, int s, Parse p, String kind, List<Integer> who, String about,
                                         int cue) {
        if (who.isEmpty()) {
            return Optional.empty();
        }
        Set<Statement.Party> parties = new LinkedHashSet<>();
        for (int h : who) {
            parties.add(party(sp, s, p, h));
        }
        return Optional.of(new Statement(kind, s, new ArrayList<>(parties), about, p.token(cue).word()));
    }

    private Statement.Party party(Speakers sp, int s, Parse p, int h) {
        int[] range = sp.phrase(p, h);
        // Conjuncts are parties of their own: take the head's own words.
        String text = p.token(h).pos().startsWith("NNP") ? Speakers.properRun(p, h) : p.span(range[0], range[1]);
        if (p.child(h, "conj") >= 0) {
            text = p.token(h).pos().startsWith("NNP") ? Speakers.properRun(p, h) : p.token(h).word();
        }
        ActorMention a = sp.actorAt(s, h);
        // A capital or a country speaks for its government: "no comment from Moscow" is Russia's.
        Optional<Gazetteer.Entry> place = gazetteer.lookup(text);
        if (place.isPresent() && place.get().country() != null
                && (place.get().kind().equals("capital") || place.get().kind().equals("country"))) {
            Gazetteer.Entry e = place.get();
            String country = a != null && a.country() != null ? a.country() : e.country();
            String name = gazetteer.country(country).map(Gazetteer.Entry::name).orElse(e.name());
            return new Statement.Party(text, name, country);
        }
        if (a != null) {
            return new Statement.Party(text, a.name() != null ? a.name() : text, a.country());
        }
        String name = sp.isPronoun(p, h) ? sp.name(s, h) : text;
        return new Statement.Party(text, name, null);
    }
}
