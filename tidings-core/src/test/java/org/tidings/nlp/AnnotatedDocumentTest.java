package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Quotations and paragraphs across the sentences of a document. */
class AnnotatedDocumentTest {

    private static final Pattern WORD = Pattern.compile("\"|[\\p{L}']+|[.:,]");

    /** A document of the given sentences (each a span of {@code text}), tokenised on words, quote marks and stops. */
    private static AnnotatedDocument document(String text, String... sentences) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        boolean open = false;
        for (String sentence : sentences) {
            int begin = text.indexOf(sentence, from);
            List<Token> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(sentence);
            while (m.find()) {
                String pos = m.group().equals("\"") ? ((open = !open) ? "``" : "''") : "NN";
                tokens.add(new Token(tokens.size(), m.group(), m.group(), pos, "O", begin + m.start(), begin + m.end()));
            }
            out.add(new Sentence(out.size(), begin, begin + sentence.length(), sentence, tokens, List.of(), List.of()));
            from = begin + sentence.length();
        }
        return new AnnotatedDocument(null, text, out, List.of(), List.of());
    }

    @Test
    void aQuoteRunsOverSentencesAndClosesInTheNextOne() {
        // the splitter gives the closing mark to the third sentence: "He" there stands outside the quote
        AnnotatedDocument doc = document("The governor said: \"Stay home. Take care.\" He left.",
                "The governor said: \"Stay home.", "Take care.", "\" He left.");
        assertTrue(doc.quoted(0, 5), "'Stay' is quoted");
        assertTrue(doc.quoted(1, 0), "'Take' is still quoted");
        assertFalse(doc.quoted(2, 1), "'He' is after the closing mark");
    }

    @Test
    void aNewParagraphStartsOutsideAnyQuote() {
        AnnotatedDocument doc = document("She said: \"We will win.\n\nThey left.", "She said: \"We will win.", "They left.");
        assertTrue(doc.paragraphStartsAt(1));
        assertFalse(doc.quoted(1, 0), "an unclosed quote does not run into the next paragraph");
    }
}
