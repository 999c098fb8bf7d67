package org.tidings.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.nlp.NlpPipeline;

/**
 * Our own gold file ({@code actors-gold.jsonl}, sentences written by us): every actor mention marked, with
 * country and sector. Conventions: every reference to a country, a capital or a known place is a mention
 * (coded to the country, with GOV when a capital acts); role nouns, organisations and people are coded
 * country + sector; a demonym modifying a thing ("Ukrainian grain") names its country; people are coded by
 * their office on the day the sentence was written.
 */
class OwnGoldActorsTest {

    private static final Logger log = LoggerFactory.getLogger(OwnGoldActorsTest.class);

    @Test
    void codesOurGoldMentionsPerField() throws Exception {
        Path gold = Path.of(OwnGoldActorsTest.class.getResource("actors-gold.jsonl").toURI());
        List<ActorEvaluator.Item> items = ActorEvaluator.readActorGold(gold);
        ActorCoder coder = ActorCoder.defaults();

        ActorEvaluator.Result r = ActorEvaluator.score(items,
                item -> ActorEvaluator.spans(coder.code(NlpPipeline.shared().annotate(item.text(), item.date()))));

        log.info("own actor gold: {}", r.summary());
        r.missed().forEach(m -> log.info("missed {} '{}' = {} (got {})", m.id(), m.text(), m.expected(), m.got()));
        r.wrong().forEach(m -> log.info("extra or wrong {} '{}' = {}", m.id(), m.text(), m.got()));
        assertTrue(r.gold() >= 200, "gold mentions: " + r.gold());
        assertTrue(items.stream().allMatch(i -> i.missing().isEmpty()), "every gold mention is found in its text");
        assertTrue(r.countryPrecision() >= 0.95 && r.countryRecall() >= 0.95, r::summary);
        assertTrue(r.sectorPrecision() >= 0.90 && r.sectorRecall() >= 0.90, r::summary);
    }
}
