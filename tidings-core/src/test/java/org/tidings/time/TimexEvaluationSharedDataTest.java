package org.tidings.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;

/**
 * TempEval-3 Task A on a fixed subset of the TimeBank+AQUAINT training data (every fourth file, for CI time);
 * the floors sit a little below what it scored (relaxed F1 0.941, value F1 0.793, strict F1 0.875).
 */
class TimexEvaluationSharedDataTest {

    @Test
    void tbaqSubsetScoresAboveTheFloors() throws Exception {
        Path dir = SharedData.path("eval/time/tbaq-train");
        List<Path> files = TimexEvaluator.timeMlFiles(dir);
        TimexEvaluator.Score total = null;
        for (int i = 0; i < files.size(); i += 4) {
            TimexEvaluator.GoldDocument g = TimexEvaluator.read(files.get(i));
            List<TimexEvaluator.Span> pred = TimeNormalizer.annotate(g.text(), g.dct()).stream()
                    .map(t -> new TimexEvaluator.Span(t.begin(), t.end(), t.text(), t.type(), t.value())).toList();
            TimexEvaluator.Score s = TimexEvaluator.score(files.get(i).toString(), g.gold(), pred);
            total = total == null ? s : total.plus(s, "tbaq-subset");
        }
        TimexEvaluator.Score t = total;
        System.out.println(t.line());
        assertTrue(t.relaxedF1() >= FLOOR_RELAXED, t::line);
        assertTrue(t.valueF1() >= FLOOR_VALUE, t::line);
        assertTrue(t.strictF1() >= FLOOR_STRICT, t::line);
    }

    static final double FLOOR_RELAXED = 0.935;
    static final double FLOOR_VALUE = 0.785;
    static final double FLOOR_STRICT = 0.865;
}
