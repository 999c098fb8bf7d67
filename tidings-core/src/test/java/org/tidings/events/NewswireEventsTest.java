package org.tidings.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidings.SharedData;
import org.tidings.ingest.Article;
import org.tidings.time.TimexEvaluator;

/**
 * Whole-article gold on real newswire of 1990-2000 (AP, Xinhua, CNN, VOA, PRI: the TempEval-3 training texts in
 * {@code ../shared/eval/time/tbaq-train}, referenced by file), annotated blind by helper sessions that never ran the
 * coder. The floors sit slightly under the scores last measured; raise them as the coder improves.
 * <ul>
 *   <li>A: 13 reports on the 1998 embassy bombings and NATO's enlargement (first scored P 0.50, R 0.33; then used
 *       for development: P 1.00, R 0.71 now);</li>
 *   <li>B: 13 reports of 1998 (Iraq and the inspectors, Kosovo, Northern Ireland, Israel and Lebanon, Nigeria):
 *       kept unseen for a stop (first scored P 0.55, R 0.38, unchanged by that stop's work), then developed on
 *       (P 0.83, R 0.57);</li>
 *   <li>C: 9 reports and editorials of 1990-2000 (the Gulf crisis and war, Elian Gonzalez, the Slepian murder):
 *       first scored P 0.26, R 0.21, unchanged by the work on B; then looked at and developed on (P 0.56,
 *       R 0.32).</li>
 *   <li>D: 12 reports of 1990-2000 (the Gulf crisis of August 1990, Albright in East Africa and the FBI after the
 *       embassy bombings, a Cambodian commander, the Rabin trial, NATO's new members, Castro and the Elian Gonzalez
 *       affair, a car bomb seized in Ireland): annotated blind and kept unseen for a stop (first scored P 0.59,
 *       R 0.30), then developed on (P 0.70, R 0.50);</li>
 *   <li>E: 14 reports of 1990-2000 (Saddam Hussein and Bush in August 1990, Havana and Washington over Elian
 *       Gonzalez, arrests after the embassy bombings, NATO ratification, Australia's republic vote, a fine on a German
 *       party): annotated blind and kept unseen, only its score looked at (first scored P 0.72, R 0.38).</li>
 *   <li>F: 10 reports of 1998-2000 (Albright's trip after the embassy bombings, NATO's new members, the FBI's most
 *       wanted, the Elian Gonzalez appeal): annotated blind by a session that did not see the coder, 35 required
 *       events and 90 optional ones; kept unseen, only its score looked at (first scored P 0.59, R 0.29).</li>
 * </ul>
 */
class NewswireEventsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "timebank-a-gold.jsonl, 13, 0.95, 0.69, 0.80",
        "timebank-b-gold.jsonl, 13, 0.80, 0.54, 0.65",
        "timebank-c-gold.jsonl, 9, 0.53, 0.30, 0.38",
        "timebank-d-gold.jsonl, 12, 0.66, 0.47, 0.55",
        "timebank-e-gold.jsonl, 14, 0.68, 0.35, 0.46",
        "timebank-f-gold.jsonl, 10, 0.55, 0.26, 0.36"})
    void staysAboveItsMeasuredFloors(String goldFile, int articles, double precision, double recall, double f1)
            throws Exception {
        EventEvaluator.TypeScore all = WikinewsDevEventsTest.score(goldFile, articles, g -> {
            TimexEvaluator.GoldDocument doc = TimexEvaluator.read(
                    SharedData.path("eval/time/tbaq-train/" + g.get("file").asText()));
            return Article.ofText(doc.text(), doc.dct());
        });
        WikinewsDevEventsTest.assertAbove(all, precision, recall, f1);
    }
}
