package org.tidings.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.SharedData;
import org.tidings.nlp.NlpPipeline;

/** The source and target actors of the PLOVER gold standard (dev part): each must be found with its country. */
class GsrActorRecallTest {

    private static final Logger log = LoggerFactory.getLogger(GsrActorRecallTest.class);

    @Test
    void findsTheGoldActorsWithTheirCountry() throws Exception {
        Path gold = SharedData.path("eval/events/plover-gsr-dev.jsonl");
        List<ActorEvaluator.Item> items = ActorEvaluator.readEventGold(gold);
        ActorCoder coder = ActorCoder.defaults();

        ActorEvaluator.Result r = ActorEvaluator.score(items,
                item -> ActorEvaluator.spans(coder.code(NlpPipeline.shared().annotate(item.text(), item.date()))));

        log.info("PLOVER GSR dev actors: {}", r.summary());
        r.missed().stream().filter(m -> !m.got().startsWith("sector"))
                .forEach(m -> log.info("missed {} {} = {} (got {})", m.id(), m.text(), m.expected(), m.got()));
        assertTrue(r.gold() > 300, "gold actors read: " + r.gold());
        assertTrue(r.countryRecall() >= 0.95, r::summary);
    }
}
