package org.tidings.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Token;

/**
 * Codes the events of one sentence. Every word whose frame matches a pattern is a candidate; the outermost are
 * coded first, and a word within the scope of a coded verb is part of that verb's event ("threatened to attack").
 * Then the readers of what no single verb tells add their events: allegations, censures, requests acted on, and
 * those who "followed suit".
 *
 * <p>The work is done by the parts wired here, each over the same parse and actors: {@link FrameMatcher} (patterns
 * and frames), {@link PhraseActors}, {@link Subjects} and {@link Targets} (who acts on whom), {@link SuppliedActors}
 * (actors the text leaves unnamed), {@link ModalityReader} (how surely), {@link Quantities}, and
 * {@link EventBuilder}, which puts an event together.
 */
final class SentenceCoder {
    /** Verbs of compelling: what one was forced to do was done. */
    private static final Set<String> FORCING = Set.of("force", "compel", "coerce");
    // Noun compounds whose first word the tagger reads as a verb ("police press officer").
    private static final Set<String> PRESS_COMPOUNDS = Set.of("press officer", "press secretary", "press release",
            "press conference", "press office", "press spokesman", "press spokeswoman", "press briefing",
            "press statement", "press aide", "press attache", "press service");

    private final PatternDictionary patterns;
    private final AnnotatedDocument doc;
    private final Syntax syn;
    private final EventCoder.Trace trace;
    private final FrameMatcher frames;
    private final VerbScope scope;
    private final EventBuilder builder;
    private final Allegations allegations;
    private final Censures censures;
    private final RequestsActedOn requestsActedOn;
    private final SuitFollowers suitFollowers;
    private final Culprits culprits;

    SentenceCoder(EventCoder coder, AnnotatedDocument doc, Syntax syn, List<ActorMention> actors,
                  String datelineCountry, EventCoder.Trace trace) {
        this.patterns = coder.patterns;
        this.doc = doc;
        this.syn = syn;
        this.trace = trace;
        PhraseActors phrases = new PhraseActors(syn, actors);
        this.frames = new FrameMatcher(syn, coder.patterns, phrases);
        this.scope = new VerbScope(syn, frames);
        Subjects subjects = new Subjects(doc, syn, frames, phrases);
        Targets targets = new Targets(syn, frames, phrases, subjects);
        SuppliedActors supplied = new SuppliedActors(doc, syn, phrases, targets, datelineCountry);
        this.builder = new EventBuilder(coder, doc, syn, phrases, frames, subjects, targets, supplied,
                new ModalityReader(syn, frames, phrases), new Quantities(syn, frames));
        this.allegations = new Allegations(syn, phrases, builder);
        this.censures = new Censures(syn, actors, phrases, scope, builder);
        this.requestsActedOn = new RequestsActedOn(syn, phrases, subjects, builder);
        this.suitFollowers = new SuitFollowers(syn, phrases, supplied, builder);
        this.culprits = new Culprits(syn, phrases, subjects, builder);
    }

    /** Reports to the trace the patterns of a word that were tried, those that matched, and the one chosen. */
    private void traceTried(int t, Pattern best) {
        List<Pattern> ps = patterns.forLemma(syn.lemma(t));
        if (trace == null || ps.isEmpty()) {
            return;
        }
        trace.tried(syn.sentence.index(), t, syn.lemma(t), ps.stream().map(Pattern::id).toList(),
                ps.stream().filter(p -> frames.matches(p, t)).map(Pattern::id).toList(),
                best == null ? null : best.id());
    }

    /** The events of the sentence, in the order of their words. */
    List<EventMention> code() {
        List<int[]> cands = new ArrayList<>();  // token, pattern index into chosen
        List<Pattern> chosen = new ArrayList<>();
        for (int t = 0; t < syn.size(); t++) {
            Token tok = syn.token(t);
            // Verbs, predicative adjectives ("willing to"), and nouns the tagger mistook for verbs ("would blockade")
            if (!(tok.isVerb() || tok.pos().startsWith("JJ") || syn.child(t, "aux") >= 0 && syn.child(t, "cop") < 0
                    || frames.eventNoun(t))) {
                continue;
            }
            // "called the stabbing an act of barbarity": a gerund with an article names an act, it does not tell one
            if (tok.pos().equals("VBG") && (syn.child(t, "det") >= 0 || t > 0 && syn.token(t - 1).pos().equals("DT"))
                    && !frames.eventNoun(t)) {
                continue;
            }
            // "Police press officer Monika Kosiec": a noun compound the tagger read as a verb and its object
            if (t + 1 < syn.size() && PRESS_COMPOUNDS.contains(syn.word(t).toLowerCase(Locale.ROOT) + " "
                    + syn.lemma(t + 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            // "followed suit" does what another did; it sues no one
            if (SuitFollowers.followedSuit(syn, t)) {
                continue;
            }
            // "Xi told visiting Brazilian counterpart Lula that ...": the parser takes "visiting" for a clause told,
            // with the one addressed as its object; it only says who is the guest
            if (syn.lemma(t).equals("visit") && tok.pos().equals("VBG") && syn.rel(t).equals("xcomp")
                    && syn.head(t) == t - 1 && Lexicon.SPEECH.contains(syn.lemma(t - 1))
                    && syn.child(t - 1, "obj") < 0) {
                continue;
            }
            Pattern p = frames.bestMatch(t);
            traceTried(t, p);
            if (p != null) {
                cands.add(new int[] {t, chosen.size()});
                chosen.add(p);
            }
        }
        // Outer verbs first: a verb within the scope of a coded verb is part of that event.
        cands.sort(Comparator.comparingInt(c -> scope.depth(c[0])));
        List<Integer> taken = new ArrayList<>();
        Set<Integer> failed = new HashSet<>();
        List<EventMention> out = new ArrayList<>();
        for (int[] c : cands) {
            int t = c[0];
            Pattern p = chosen.get(c[1]);
            // A verb that told no event leaves free the quote it introduces ('defended his decision, "... I will
            // destroy the economy of Turkey"'): what is said in the quote is an act of its own.
            var outer = taken.stream().filter(a -> scope.inScope(a, t)
                    && !(failed.contains(a) && doc.quoted(syn.sentence.index(), t)
                    && !doc.quoted(syn.sentence.index(), a))).findFirst();
            if (outer.isPresent()) {
                if (trace != null) {
                    trace.rejected(syn.sentence.index(), t, p.id(), "within the scope of the coded verb '"
                            + syn.token(outer.get()).word() + "'");
                }
                continue;
            }
            if (!p.noun()) {
                // a told noun that gives no event leaves the verbs below it free ("the attack launched by Iran")
                taken.add(t);
            }
            if (p.blocks()) {
                if (trace != null) {
                    trace.rejected(syn.sentence.index(), t, p.id(), "blocking pattern (not an event)");
                }
                continue;
            }
            builder.why = "no event";
            EventMention m = p.noun() ? builder.buildNoun(t, p) : builder.build(t, p);
            if (m != null) {
                if (p.noun()) {
                    taken.add(t);
                }
                out.add(m);
                if (trace != null) {
                    trace.coded(m);
                }
            } else {
                failed.add(t);
                if (FORCING.contains(syn.lemma(t)) && !p.noun()) {
                    // "was forced to resign", "floods forced thousands to flee": compelled by no one named, the
                    // act still took place and is told for itself
                    taken.remove(Integer.valueOf(t));
                }
                if (trace != null) {
                    trace.rejected(syn.sentence.index(), t, p.id(), builder.why);
                }
            }
        }
        out = allegations.read(out);
        out.addAll(censures.read(out, taken));
        out.addAll(requestsActedOn.read());
        out.addAll(suitFollowers.read(out));
        out.addAll(culprits.read());
        out.sort(Comparator.comparingInt(m -> m.evidence().triggerToken()));
        return out;
    }
}
