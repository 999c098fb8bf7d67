package org.tidings.nlp;

/**
 * A time expression with its TimeML TIMEX3 normalisation.
 *
 * @param sentence   sentence index
 * @param tokenBegin first token
 * @param tokenEnd   token after the last
 * @param begin      char offset in the document text
 * @param end        char offset after the expression
 * @param text       the expression as written ("last week")
 * @param type       DATE, TIME, DURATION or SET
 * @param value      TIMEX3 value ("2024-W42", "2024-10-18", "P3D", "PRESENT_REF"), or null when unresolved
 * @param mod        TIMEX3 mod ("START", "END", "APPROX", ...), or null
 */
public record Timex(int sentence, int tokenBegin, int tokenEnd, int begin, int end,
                    String text, String type, String value, String mod) {
}
