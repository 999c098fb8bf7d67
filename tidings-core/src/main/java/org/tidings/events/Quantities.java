package org.tidings.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How many an act is of: the count on its object ("sent 12,000 troops", "580 million dollars"), read from
 * digits and from small number words.
 */
final class Quantities {
    // Nouns of a prison term or of charges, told in a phrase of the verb rather than as its object.
    private static final Set<String> TERMS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "count", "counts", "charge", "charges");
    private static final Set<String> TERM_CASES = Set.of("to", "with", "on", "of");

    private final Syntax syn;
    private final FrameMatcher frames;

    Quantities(Syntax syn, FrameMatcher frames) {
        this.syn = syn;
        this.frames = frames;
    }

    /** How many the object of {@code t} (or of its complement) counts, or null. */
    EventMention.Quantity quantity(int t) {
        List<Integer> heads = new ArrayList<>();
        int o = frames.object(t);
        if (o >= 0) {
            heads.add(o);
        }
        for (int c : syn.complements(t)) {
            int co = syn.child(c, "obj");
            if (co >= 0) {
                heads.add(co);
            }
        }
        // "sentenced to 40 years", "charged with seven counts", "pleaded not guilty to seven counts": the term or
        // the counts, when the object counts nothing
        for (int c : syn.children(t, "obl")) {
            if (TERMS.contains(syn.word(c).toLowerCase(Locale.ROOT)) && TERM_CASES.contains(syn.caseOf(c))) {
                heads.add(c);
            }
        }
        for (int h : heads) {
            for (int k : syn.children(h, "nummod")) {
                Long v = count(k, h);
                if (v != null) {
                    return new EventMention.Quantity(v, syn.token(h).word().toLowerCase(Locale.ROOT));
                }
            }
        }
        return null;
    }

    /**
     * The number {@code k} on the noun {@code h} when it counts it: not a number after its noun, which names it
     * ("Area 51", "Route 2"; a currency sign comes first: "$500"), nor a year ("the 2019 bill").
     */
    private Long count(int k, int h) {
        if (k > h && !"$".equals(syn.token(h).pos()) || "DATE".equals(syn.token(k).ner())) {
            return null;
        }
        return number(k);
    }

    /**
     * How many do the act: the count on its subject ("one million people marched", "1.7 million Hongkongers
     * rallied", "more than 400 firefighters fought the blaze"), else on the act's object; or null.
     */
    EventMention.Quantity crowd(int t) {
        int subject = syn.child(t, "nsubj");
        if (subject >= 0) {
            for (int k : syn.children(subject, "nummod")) {
                Long v = count(k, subject);
                if (v != null) {
                    return new EventMention.Quantity(v, syn.token(subject).word().toLowerCase(Locale.ROOT));
                }
            }
        }
        return quantity(t);
    }

    /** The value of a number token ("12,000", "two", "580 million"), or null. */
    Long number(int k) {
        long value;
        String w = syn.word(k).replace(",", "");
        try {
            value = w.matches("\\d+(\\.\\d+)?") ? (long) Double.parseDouble(w) : wordNumber(w);
        } catch (NumberFormatException e) {
            return null;
        }
        if (value < 0) {
            return null;
        }
        for (int c : syn.children(k)) {
            String cw = syn.word(c).replace(",", "");
            if (syn.rel(c).equals("compound") && cw.matches("\\d+(\\.\\d+)?")) {
                // "580 million": the multiplier heads the number
                value = (long) (Double.parseDouble(cw) * Math.max(1, value));
            } else if (syn.rel(c).equals("compound") && wordNumber(cw) > 0) {
                value = wordNumber(cw) * Math.max(1, value); // "one million"
            }
        }
        int nxt = k + 1;
        if (nxt < syn.size()) {
            long mult = switch (syn.word(nxt)) {
                case "thousand" -> 1_000L;
                case "million" -> 1_000_000L;
                case "billion" -> 1_000_000_000L;
                default -> 1L;
            };
            if (mult > 1 && syn.head(nxt) == k) {
                value *= mult;
            }
        }
        return value;
    }

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    /** "two" -> 2, "dozens" -> -1 (not a count): small number words only. */
    static long wordNumber(String w) {
        int i = NUMBER_WORDS.indexOf(w);
        if (i >= 0) {
            return i;
        }
        return switch (w) {
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "hundred" -> 100;
            case "thousand" -> 1000;
            case "million" -> 1_000_000;
            case "billion" -> 1_000_000_000;
            case "dozen" -> 12;
            default -> -1;
        };
    }
}
