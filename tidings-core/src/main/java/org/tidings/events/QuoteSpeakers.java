package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Sentence;

/**
 * 'Ford told The Verge: "We have found no defeat device. We are fully cooperating with the government."': a quote
 * runs on over sentences, and "we" or "I" in a sentence of it that has no verb of saying is the one who said it,
 * named with the verb of saying that opened the quote earlier in the paragraph.
 */
final class QuoteSpeakers {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    // how many sentences back a quote may have been opened
    private static final int REACH = 3;

    private QuoteSpeakers() {
    }

    /**
     * The actors of the sentence {@code syn} reads with its quoted "we" and "I" subjects added as their speaker; the
     * list given when there is none to add. {@code before} holds the syntax of each sentence before it (null for an
     * empty one), read already.
     */
    static List<ActorMention> withSpeakers(AnnotatedDocument doc, Syntax syn, List<Syntax> before,
                                           List<ActorMention> here, List<ActorMention> all) {
        Sentence s = syn.sentence;
        int i = s.index();
        Boolean saysItself = null;
        List<ActorMention> out = null;
        for (int k = 0; k < s.tokens().size(); k++) {
            final int at = k;
            if (!FIRST_PERSON.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))
                    || !s.tokens().get(k).pos().equals("PRP") || !doc.quoted(i, k)
                    || here.stream().anyMatch(a -> a.tokenBegin() <= at && at < a.tokenEnd())) {
                continue;
            }
            if (saysItself == null) {
                saysItself = saysItself(doc, syn);
                if (saysItself) {
                    return here; // the speaker is named in the sentence, where the coder finds them
                }
            }
            if (!syn.rel(k).startsWith("nsubj")) {
                continue;
            }
            ActorMention speaker = speakerBefore(doc, i, before, all);
            if (speaker == null) {
                return here;
            }
            if (out == null) {
                out = new ArrayList<>(here);
            }
            out.add(new ActorMention(i, k, k + 1, s.tokens().get(k).begin(), s.tokens().get(k).end(),
                    s.tokens().get(k).word(), speaker.name(), speaker.country(), speaker.sector(), speaker.code(),
                    speaker.identity(), "quote-speaker"));
        }
        return out == null ? here : out;
    }

    /** Whether the sentence has a verb of saying of its own, outside the quote. */
    private static boolean saysItself(AnnotatedDocument doc, Syntax syn) {
        for (int v = 0; v < syn.size(); v++) {
            if (syn.token(v).isVerb() && Lexicon.SPEAKING.contains(syn.lemma(v))
                    && !doc.quoted(syn.sentence.index(), v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor who opened the quote: the subject of the last verb of saying outside quotes in the sentences
     * before, within the paragraph or the one sentence before it ('Ford said:' ending a paragraph), or null.
     */
    private static ActorMention speakerBefore(AnnotatedDocument doc, int i, List<Syntax> before,
                                              List<ActorMention> all) {
        int from = Math.max(0, Math.max(doc.paragraphStart(i) - 1, i - REACH));
        for (int j = i - 1; j >= from; j--) {
            Syntax syn = before.get(j);
            if (syn == null) {
                continue;
            }
            for (int v = syn.size() - 1; v >= 0; v--) {
                if (!syn.token(v).isVerb() || !Lexicon.SPEAKING.contains(syn.lemma(v)) || doc.quoted(j, v)) {
                    continue;
                }
                ActorMention a = actorAt(all, j, syn.child(v, "nsubj"));
                int obj = syn.child(v, "obj");
                if (a == null && obj > v) {
                    a = actorAt(all, j, obj); // '..., wrote Trump': the speaker after the verb, taken for its object
                }
                // the speaker found, or a verb of saying whose speaker is no coded actor: the quote is theirs
                return a;
            }
        }
        return null;
    }

    /** The coded actor whose mention holds token {@code k} of sentence {@code sentence}, or null. */
    private static ActorMention actorAt(List<ActorMention> all, int sentence, int k) {
        return k < 0 ? null : all.stream().filter(m -> m.sentence() == sentence && m.tokenBegin() <= k
                && k < m.tokenEnd() && m.country() != null).findFirst().orElse(null);
    }
}
