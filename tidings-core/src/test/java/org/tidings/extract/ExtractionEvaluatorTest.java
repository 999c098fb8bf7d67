package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionEvaluatorTest {

    @Test
    void tokensAreRunsOfWordCharacters() {
        assertEquals(List.of("It", "s", "a_b", "3", "5", "Größe", "東京"),
                ExtractionEvaluator.tokenize("It's a_b 3.5 — Größe, 東京!"));
    }

    @Test
    void shinglesCountedWithMultiplicity() {
        // truth: a b c d e -> (abcd, bcde); prediction: a b c d x -> (abcd, bcdx)
        assertArrayEquals(new double[] {1, 1, 1}, ExtractionEvaluator.shingleCounts("a b c d e", "a b c d x"));
        assertArrayEquals(new double[] {0, 0, 2}, ExtractionEvaluator.shingleCounts("a b c d e", ""));
        // short texts are one shingle of what they have
        assertArrayEquals(new double[] {1, 0, 0}, ExtractionEvaluator.shingleCounts("a b", "a, b"));
        assertArrayEquals(new double[] {1, 0, 4},
                ExtractionEvaluator.shingleCounts("x y z w x y z w", "x y z w")); // 5 shingles, xyzw twice
    }

    @Test
    void precisionAndRecallAreMeansOverPagesAndF1ComesFromThem() {
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put("p1", "a b c d e");          // predicted half right
        truth.put("p2", "one two three four"); // predicted exactly
        truth.put("p3", "left out entirely here"); // nothing predicted: counts for recall only
        Map<String, String> predicted = Map.of("p1", "a b c d x", "p2", "one two three four", "p3", "");
        ExtractionEvaluator.BodyScore s = ExtractionEvaluator.scoreBodies(truth, predicted::get);
        assertEquals((0.5 + 1.0) / 2, s.precision(), 1e-9);
        assertEquals((0.5 + 1.0 + 0.0) / 3, s.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.5 / 1.25, s.f1(), 1e-9);
        assertEquals(1.0 / 3, s.accuracy(), 1e-9);
    }
}
