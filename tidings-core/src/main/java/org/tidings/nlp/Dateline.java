package org.tidings.nlp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire report: "NAIROBI, Kenya (AP) _", "SEOUL, Oct. 21 (Yonhap) --", "WASHINGTON _".
 * It tells where the report was filed and by which agency. Its words belong to no clause of the first sentence,
 * though the parser often takes its place name for a subject.
 *
 * @param end    the character offset, in the text it was read from, where the dateline ends
 * @param agency the agency named in brackets, or null
 */
public record Dateline(int end, String agency) {

    // A place (and its country or a date), the agency in brackets, then a dash, an underscore or a colon.
    private static final Pattern WITH_AGENCY = Pattern.compile("^\\s*[A-Z][A-Za-z.' -]{1,40}(?:,[^()\\n]{1,40})?"
            + "\\s*\\(([A-Z][A-Za-z.&' -]{1,30})\\)\\s*(?:--|-|\u2014|\u2013|_|:)");
    // Without an agency only a place in capitals will do: "WASHINGTON _ The economy created ...".
    private static final Pattern CAPITALS = Pattern.compile(
            "^\\s*[A-Z][A-Z.' -]{2,40}(?:,[^()\\n_]{1,40})?\\s*(?:--|\u2014|\u2013|_)");

    /** The dateline that opens {@code text}, if it has one. */
    public static Optional<Dateline> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WITH_AGENCY.matcher(text);
        if (m.find()) {
            return Optional.of(new Dateline(m.end(), m.group(1).strip()));
        }
        m = CAPITALS.matcher(text);
        return m.find() ? Optional.of(new Dateline(m.end(), null)) : Optional.empty();
    }

    /**
     * How many tokens at the start of a sentence form a dateline: none unless the sentence is one of the first
     * three of its document (a title may come before the dateline) and opens with one.
     */
    public static int tokensOf(Sentence sentence) {
        if (sentence.index() > 2 || sentence.text() == null) {
            return 0;
        }
        Optional<Dateline> d = of(sentence.text());
        if (d.isEmpty()) {
            return 0;
        }
        int n = 0;
        while (n < sentence.tokens().size() && sentence.tokens().get(n).begin() - sentence.begin() < d.get().end()) {
            n++;
        }
        return n < sentence.tokens().size() ? n : 0; // a sentence all dateline is a line of its own
    }

    /** Whether the character at {@code offset} lies in the dateline. */
    public boolean covers(int offset) {
        return offset < end;
    }
}
