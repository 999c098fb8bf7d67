package org.tidings.actors;

/**
 * A mention of an actor in a document, coded: who it is, of which country and sector.
 *
 * @param sentence   sentence index
 * @param tokenBegin first token of the mention
 * @param tokenEnd   token after the last
 * @param begin      char offset in the document text
 * @param end        char offset after the mention
 * @param text       the mention as written ("South Korea's Foreign Ministry", "the ambassador")
 * @param name       canonical name ("South Korea", "Georgy Zinoviev", "Yonhap")
 * @param country    CAMEO country code ("KOR", "RUS"; "IGO" etc. for international bodies), or null
 * @param sector     CAMEO/PLOVER sector ("GOV", "MIL", "MED", ...), or null for the country as a whole
 * @param code       combined code: country followed by sector ("KORGOV"), or the country alone
 * @param identity   a known person or organisation id from the knowledge base, or null
 * @param rule       the rule that decided the coding, for {@code tidings explain}
 */
public record ActorMention(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String text,
                           String name, String country, String sector, String code, String identity, String rule) {
}
