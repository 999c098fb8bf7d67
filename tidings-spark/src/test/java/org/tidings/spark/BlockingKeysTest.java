package org.tidings.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;
import org.tidings.resolve.Report;
import org.tidings.resolve.Resolver;

/** Every pair the resolver may link meets under some key, and is decided in one block only. */
class BlockingKeysTest {

    private static ActorMention actor(String country) {
        return new ActorMention(0, 0, 1, 0, 1, country, country, country, "GOV", country + "GOV", null, "test");
    }

    private static Report report(String article, String type, List<ActorMention> source, List<ActorMention> target,
                                 String date) {
        EventMention m = new EventMention(type, null, "110", -2.0, source, target,
                date == null ? null : new EventMention.EventDate(date, "text", "on Monday"), null, "asserted",
                List.of(), null, null, "test");
        return new Report(article + "-0", article, null, "Outlet " + article, "2024-10-21", m);
    }

    @Test
    void aMentionWithoutSourceMeetsOneWithThroughTheTarget() {
        Report noSource = report("a", "ACCUSE", List.of(), List.of(actor("RUS")), "2024-10-21");
        Report withSource = report("b", "ACCUSE", List.of(actor("KOR")), List.of(actor("RUS")), "2024-10-21");
        assertTrue(Resolver.defaults().compare(noSource, withSource).merged(), "the resolver links them");
        assertNotNull(BlockingKeys.firstShared(BlockingKeys.of(noSource), BlockingKeys.of(withSource)));
    }

    @Test
    void compatibleTypesShareAGroupAndEachPairOneBlock() {
        Report protest = report("a", "PROTEST", List.of(actor("KOR")), List.of(actor("RUS")), "2024-10-21");
        Report accuse = report("b", "ACCUSE", List.of(actor("KOR")), List.of(actor("RUS")), "2024-10-21");
        List<String> shared = new java.util.ArrayList<>(BlockingKeys.of(protest));
        shared.retainAll(BlockingKeys.of(accuse));
        assertEquals(2, shared.size(), "both countries, one week: " + shared);
        assertEquals(shared.stream().sorted().findFirst().orElseThrow(),
                BlockingKeys.firstShared(BlockingKeys.of(protest), BlockingKeys.of(accuse)));
    }

    @Test
    void apartInTimeOrUndatedMeansNoSharedKey() {
        Report october = report("a", "ACCUSE", List.of(actor("KOR")), List.of(actor("RUS")), "2024-10-21");
        Report june = report("b", "ACCUSE", List.of(actor("KOR")), List.of(actor("RUS")), "2024-06-21");
        assertNull(BlockingKeys.firstShared(BlockingKeys.of(october), BlockingKeys.of(june)));
        Report noCountry = report("c", "ACCUSE", List.of(), List.of(), "2024-10-21");
        assertEquals(List.of(), BlockingKeys.of(noCountry));
    }
}
