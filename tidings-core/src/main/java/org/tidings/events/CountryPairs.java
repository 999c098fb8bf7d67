package org.tidings.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;

/**
 * "The two countries", "both nations", "the two presidents": a pair of states (or their leaders) told again, after
 * the article has named them. The phrase
 * is given both countries, as two mentions over the same words, which {@link PhraseActors} reads as one phrase
 * naming two parties ("supplies and investigators to the two countries", after "Kenya and Tanzania").
 */
final class CountryPairs {
    private static final Set<String> STATES = Set.of("countries", "nations", "governments", "states", "neighbours",
            "neighbors");
    // "the two presidents", "both leaders": the heads of the two states named before
    private static final Set<String> LEADERS = Set.of("leaders", "presidents", "premiers", "heads");
    static final String RULE = "events:country-pair";

    private CountryPairs() {
    }

    /** The sentence's mentions, with a pair phrase given the last two countries named before it. */
    static List<ActorMention> withPairs(Sentence s, List<ActorMention> here, List<ActorMention> all) {
        List<Token> toks = s.tokens();
        List<ActorMention> out = null;
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            int b;
            if (w.equals("both")) {
                b = i;
            } else if (w.equals("the") && toks.get(i + 1).word().equalsIgnoreCase("two")) {
                b = i;
                i++;
            } else {
                continue;
            }
            int n = i + 1;
            if (n < toks.size() && toks.get(n).pos().equals("JJ")) {
                n++; // "the two neighbouring countries"
            }
            String noun = n < toks.size() ? toks.get(n).word().toLowerCase(Locale.ROOT) : "";
            boolean leaders = LEADERS.contains(noun);
            if (!STATES.contains(noun) && !leaders) {
                continue;
            }
            final int from = b;
            final int to = n + 1;
            // the actor coder reads "the two presidents" as one of them at most: the pair replaces that reading
            if (!leaders && here.stream().anyMatch(a -> a.tokenBegin() < to && from < a.tokenEnd())) {
                continue;
            }
            List<ActorMention> last = lastTwoCountries(all, s.index(), leaders);
            if (last.size() < 2) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(here);
            }
            out.removeIf(a -> a.tokenBegin() < to && from < a.tokenEnd());
            String text = s.span(from, to);
            for (ActorMention a : last) {
                // states that act as such: their governments
                out.add(new ActorMention(s.index(), from, to, toks.get(from).begin(), toks.get(n).end(), text,
                        text + " (" + a.country() + ")", a.country(), "GOV", a.country() + "GOV", null, RULE));
            }
        }
        return out == null ? here : out;
    }

    /**
     * The two most recent distinct states named, as places or countries, in the sentences before this one; for
     * "the two leaders", their governments' people count too ("Erdogan hosted his Iranian counterpart").
     */
    private static List<ActorMention> lastTwoCountries(List<ActorMention> all, int sentence, boolean leaders) {
        List<ActorMention> earlier = all.stream()
                .filter(a -> a.country() != null && (a.sector() == null || leaders && "GOV".equals(a.sector()))
                        && !Lexicon.INTERNATIONAL.contains(a.country()))
                .filter(a -> a.sentence() < sentence)
                .sorted(Comparator.comparingInt(ActorMention::sentence).thenComparingInt(ActorMention::tokenBegin))
                .toList();
        List<ActorMention> out = new ArrayList<>();
        for (int k = earlier.size() - 1; k >= 0 && out.size() < 2; k--) {
            ActorMention a = earlier.get(k);
            if (out.stream().noneMatch(o -> o.country().equals(a.country()))) {
                out.add(a);
            }
        }
        Collections.reverse(out);
        return out;
    }
}
