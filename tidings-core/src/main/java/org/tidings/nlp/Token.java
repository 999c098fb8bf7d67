package org.tidings.nlp;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  the text as written
 * @param lemma dictionary form ("summon" for "summoned")
 * @param pos   Penn Treebank tag
 * @param ner   named-entity tag ("PERSON", "COUNTRY", "NATIONALITY", "TITLE", "DATE", ...) or "O"
 * @param begin char offset of the first character in the document text
 * @param end   char offset after the last character
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
