package org.tidings.nlp;

import java.util.List;

/**
 * One sentence with its tokens and syntax.
 *
 * @param index        position in the document, from 0
 * @param begin        char offset in the document text
 * @param end          char offset after the sentence
 * @param text         the sentence as written
 * @param tokens       its tokens in order
 * @param basic        basic UD dependencies: a tree
 * @param enhanced     enhanced++ UD dependencies: a graph with collapsed prepositions and propagated conjuncts
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens,
                       List<Dependency> basic, List<Dependency> enhanced) {

    public Sentence {
        tokens = List.copyOf(tokens);
        basic = List.copyOf(basic);
        enhanced = List.copyOf(enhanced);
    }

    /** The text of tokens [from, to), as written in the document. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
    }
}
