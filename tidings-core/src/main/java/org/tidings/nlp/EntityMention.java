package org.tidings.nlp;

/**
 * A named entity found by NER, as a token span of one sentence.
 *
 * @param sentence   sentence index
 * @param tokenBegin first token
 * @param tokenEnd   token after the last
 * @param begin      char offset in the document text
 * @param end        char offset after the mention
 * @param text       the mention as written
 * @param type       NER type: PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, NATIONALITY, TITLE, ...
 */
public record EntityMention(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String text, String type) {
}
