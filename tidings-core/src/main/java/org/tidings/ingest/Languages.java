package org.tidings.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap language guess from function words, for sources that do not say. Function words make up a third or
 * more of running text in these languages, so a few hundred words decide it; when unsure it answers null.
 */
final class Languages {

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as",
                    "by", "he", "she", "at", "from", "his", "her", "they", "has", "have", "had", "are", "were",
                    "which", "this", "be", "been", "would", "said", "their", "an", "not", "or", "will", "who"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit",
                    "sich", "des", "auf", "für", "im", "dem", "auch", "es", "wird", "wurde", "sie", "er", "bei"),
            "fr", Set.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans", "pour", "qui",
                    "pas", "sur", "au", "avec", "il", "elle", "ont", "sont", "été", "par", "aux", "ce", "se"),
            "es", Set.of("el", "la", "los", "las", "y", "de", "del", "que", "en", "un", "una", "por", "con",
                    "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "fue", "ha", "sus"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "che", "e", "è", "un", "una", "per", "non", "con",
                    "del", "della", "si", "sono", "ha", "nel", "alla", "anche", "dei", "come"),
            "pt", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "em", "um", "uma",
                    "para", "com", "não", "no", "na", "por", "foi", "mais", "se", "ao", "é"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "te", "op", "zijn", "voor",
                    "met", "die", "aan", "er", "ook", "als", "bij", "werd", "wordt", "naar", "heeft"));

    private Languages() {
    }

    /** ISO 639-1 code of the text's language when it is clear, else null. */
    static String guess(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > 6000 ? text.substring(0, 6000) : text;
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int total = 0;
        Map<String, Integer> hits = new HashMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (total < 12) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        boolean clear = bestHits >= 0.15 * total && bestHits >= 1.5 * second;
        return clear ? best : null;
    }
}
