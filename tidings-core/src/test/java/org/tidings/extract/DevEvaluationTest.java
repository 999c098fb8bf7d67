package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;

/** The development sets of both benchmarks; the floors sit a little under the scores measured when written. */
class DevEvaluationTest {

    private final ExtractionEvaluator evaluator = new ExtractionEvaluator(new PageExtractor());

    @Test
    void zyteArticleBodies() throws IOException {
        Path gold = SharedData.path("eval/extract/zyte-dev/ground-truth.json");
        ExtractionEvaluator.BodyScore s = evaluator.scoreBodies(gold, gold.getParent().resolve("html"));
        String msg = String.format("P=%.4f R=%.4f F1=%.4f", s.precision(), s.recall(), s.f1());
        System.out.println("zyte-dev: " + msg);
        assertTrue(s.f1() >= 0.965, msg);
        assertTrue(s.precision() >= 0.96 && s.recall() >= 0.96, msg);
    }

    @Test
    void htmldatePublicationDates() throws IOException {
        Path gold = SharedData.path("eval/pubdate/htmldate-dev/gold.json");
        ExtractionEvaluator.DateScore s = evaluator.scoreDates(gold, gold.getParent().resolve("pages"));
        System.out.println("htmldate-dev: accuracy=" + s.accuracy());
        assertTrue(s.accuracy() >= 0.95, "accuracy " + s.accuracy());
    }
}
