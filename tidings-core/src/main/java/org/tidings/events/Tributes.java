package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Sentence;

/**
 * Tributes in a report of a death: "'His contribution will never be forgotten,' wrote President Mnangagwa". A
 * statement about the dead, by someone the article names, in words of praise or mourning, is praise of the dead
 * (SUPPORT, CAMEO 051), though no verb of praising tells it.
 */
final class Tributes {

    static final String PATTERN = "tribute";
    /** Sentences (after the dateline) in which an article that reports a death says so. */
    private static final int OPENING = 4;
    /** Sentences apart within which one speaker's words of the same side are one tribute told on. */
    private static final int NEARBY = 3;
    private static final Set<String> DYING = Set.of("die", "pass");
    private static final Set<String> DEATH = Set.of("death");
    // Verbs by which a tribute is paid in words (wider than the coder's verbs of saying: "remembered", "mourned").
    private static final Set<String> TRIBUTE_VERBS = Set.of("say", "write", "tweet", "state", "add", "post", "tell",
            "describe", "call", "remember", "recall", "mourn", "note", "express", "eulogize", "eulogise", "lament");
    private static final Pattern PRAISE = Pattern.compile("(?i)\\b(contributions?|legacy|great(est)?|remembered|hero"
            + "|heroic|tributes?|condolences?|rest in (eternal )?peace|mourn\\w*|sadden\\w*|sad|sorrow|grief|loss"
            + "|icon(ic)?|giant|admired?|inspir\\w+|courage(ous)?|patriot\\w*|statesman|visionary|pioneer\\w*"
            + "|dedicat\\w+|beloved|hono(u)?r(ed)?|gratitude|grateful|extraordinary|remarkable|outstanding"
            + "|brilliant|legend(ary)?|friend|missed|fondly|never be forgotten|passing|wisdom|strength|passion(ate)?"
            + "|towering|titan|devot\\w+|generos\\w+|integrity|champion|mentor|decency|humility|compassion\\w*"
            + "|dignity|selfless\\w*)\\b");
    private static final Pattern BLAME = Pattern.compile("(?i)\\b(dictator\\w*|tyran\\w+|brutal\\w*|crimes?|criminal"
            + "|corrupt\\w*|oppress\\w+|condemn\\w*|atrocit\\w+|murder\\w*|despot\\w*|abuses?)\\b");
    private static final Set<String> REFERENCES = Set.of("he", "his", "him", "she", "her", "hers");

    private Tributes() {
    }

    /** The tributes told in {@code doc}, one per speaker and paragraph, or none when it reports no death. */
    static List<EventMention> tributes(AnnotatedDocument doc, List<ActorMention> actors, EventCoder coder) {
        ActorMention dead = deceased(doc, actors);
        List<EventMention> out = new ArrayList<>();
        if (dead == null) {
            return out;
        }
        String surname = surname(dead);
        EventMention last = null;
        for (Sentence s : doc.sentences()) {
            if (s.index() <= dead.sentence() || !hasLemma(s, TRIBUTE_VERBS)) {
                continue;
            }
            Syntax syn = new Syntax(s);
            for (int v = 0; v < syn.size(); v++) {
                int subject = speaker(syn, v);
                ActorMention speaker = subject < 0 ? null : actorAt(actors, s.index(), subject);
                if (!TRIBUTE_VERBS.contains(syn.lemma(v)) || speaker == null || speaker.country() == null
                        || "MED".equals(speaker.sector()) || surname.equals(surname(speaker))) {
                    continue;
                }
                if (last != null && s.index() - last.evidence().sentence() <= NEARBY
                        && Objects.equals(last.source().get(0).code(), speaker.code())) {
                    break; // "the president ... expressed his sadness. Geingob tweeted ...": one tribute told twice
                }
                String said = paragraph(doc, s.index());
                if (!PRAISE.matcher(said).find() || BLAME.matcher(said).find() || !aboutTheDead(said, surname)) {
                    continue;
                }
                EventMention.Evidence evidence = new EventMention.Evidence(s.index(), s.begin(), s.end(), s.text(),
                        syn.word(v), v);
                last = coder.assemble(doc, "SUPPORT", null, "051", List.of(speaker), List.of(dead), "asserted",
                        List.of(), null, evidence, PATTERN);
                out.add(last); // and on: "X told MSNBC ..., while Y noted his wisdom" is a tribute of each
            }
        }
        return out;
    }

    /** The subject of a verb of saying; after a quote the parser often takes it for the object ('", wrote X'). */
    private static int speaker(Syntax syn, int v) {
        int subject = syn.child(v, "nsubj");
        int object = syn.child(v, "obj");
        boolean afterQuote = v > 0 && syn.token(v - 1).pos().equals("''")
                || v > 1 && syn.word(v - 1).equals(",") && syn.token(v - 2).pos().equals("''");
        return subject < 0 && object > v && afterQuote ? object : subject;
    }

    /** The coded person whose death the opening of the article reports ("Robert Mugabe ... has died"). */
    private static ActorMention deceased(AnnotatedDocument doc, List<ActorMention> actors) {
        for (Sentence s : doc.sentences().subList(0, Math.min(OPENING + 1, doc.sentences().size()))) {
            if (!hasLemma(s, DYING) && !hasLemma(s, DEATH)) {
                continue; // most articles report no death: no parse to walk
            }
            Syntax syn = new Syntax(s);
            for (int v = 0; v < syn.size(); v++) {
                if (!DYING.contains(syn.lemma(v)) || !syn.token(v).pos().startsWith("VB")
                        || syn.lemma(v).equals("pass") && !"away".equals(syn.particle(v))) {
                    continue;
                }
                int subject = syn.child(v, "nsubj");
                ActorMention a = subject < 0 ? null : actorAt(actors, s.index(), subject);
                if (a != null && a.country() != null && (syn.token(a.tokenEnd() - 1).ner().equals("PERSON")
                        || "pronoun-coreference".equals(a.rule()) && a.name() != null)) {
                    return a; // "He was 101 and died of pneumonia": the person the article opened with
                }
            }
            for (int n = 0; n < syn.size(); n++) {
                // "The death of oceanographer Walter Munk was announced on Friday"
                if (!DEATH.contains(syn.lemma(n)) || !syn.token(n).pos().startsWith("NN")) {
                    continue;
                }
                for (int k : syn.children(n, "nmod")) {
                    ActorMention a = syn.caseOf(k).equals("of") ? actorAt(actors, s.index(), k) : null;
                    if (a != null && a.country() != null && syn.token(a.tokenEnd() - 1).ner().equals("PERSON")) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    /** The sentences of the paragraph that holds sentence {@code i}: a quote often runs over several. */
    private static String paragraph(AnnotatedDocument doc, int i) {
        List<Sentence> all = doc.sentences();
        int first = doc.paragraphStart(i);
        int last = i;
        while (last + 1 < all.size() && !doc.paragraphStartsAt(last + 1)) {
            last++;
        }
        return doc.text().substring(all.get(first).begin(), all.get(last).end());
    }

    private static boolean hasLemma(Sentence s, Set<String> lemmas) {
        return s.tokens().stream().anyMatch(t -> t.lemma() != null && lemmas.contains(t.lemma()));
    }

    private static boolean aboutTheDead(String said, String surname) {
        if (!surname.isEmpty() && said.toLowerCase(Locale.ROOT).contains(surname)) {
            return true;
        }
        for (String w : said.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (REFERENCES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String surname(ActorMention a) {
        String name = a.name() != null ? a.name() : a.text();
        String[] words = name.trim().split("\\s+");
        return words.length == 0 ? "" : words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static ActorMention actorAt(List<ActorMention> actors, int sentence, int token) {
        for (ActorMention a : actors) {
            if (a.sentence() == sentence && a.tokenBegin() <= token && token < a.tokenEnd()) {
                return a;
            }
        }
        return null;
    }
}
