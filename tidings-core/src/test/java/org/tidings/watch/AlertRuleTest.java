package org.tidings.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;
import org.tidings.store.StoredEvent;
import org.tidings.store.StoredMention;

class AlertRuleTest {

    private static final ActorMention SEOUL = new ActorMention(0, 0, 1, 0, 5, "Seoul", "South Korea", "KOR", "GOV",
            "KORGOV", null, "capital-metonymy");
    private static final ActorMention ENVOY = new ActorMention(0, 3, 5, 20, 40, "Russia's ambassador Georgy Zinoviev",
            "Georgy Zinoviev", "RUS", "GOV", "RUSGOV", null, "kb-person");

    /** A summons told by {@code reports} articles. */
    private static StoredEvent summons(int reports) {
        EventMention m = new EventMention("ACCUSE", "disapprove", "110", -2.0, List.of(SEOUL), List.of(ENVOY), null,
                null, "asserted", List.of(), null, null, "summon");
        List<StoredMention> mentions = new java.util.ArrayList<>();
        for (int i = 0; i < reports; i++) {
            mentions.add(new StoredMention("a" + i + "-0", "a" + i, null, "Outlet " + i, "2024-10-21", m));
        }
        return new StoredEvent(42, m, "a0-0", reports, reports, reports, List.of(), List.of(), null, null,
                "single-source", List.of(), List.of(), mentions);
    }

    @Test
    void everyPartMustHold() {
        StoredEvent one = summons(1);
        StoredEvent two = summons(2);
        assertTrue(AlertRule.any().matches(one));
        assertTrue(new AlertRule(null, List.of("KOR"), List.of("ACCUSE", "ASSAULT"), 0, 2).matches(two));
        assertFalse(new AlertRule(null, List.of("KOR"), List.of("ACCUSE"), 0, 2).matches(one), "one report only");
        assertFalse(new AlertRule(null, List.of("JPN"), List.of(), 0, 0).matches(two), "no Japanese actor");
        assertTrue(new AlertRule(null, List.of("rus"), List.of(), 0, 0).matches(two), "the target's country counts");
        assertFalse(new AlertRule(null, null, List.of("ASSAULT"), 0, 0).matches(two));
        assertTrue(new AlertRule(null, null, null, 2, 0).matches(two), "|-2| is at least 2");
        assertFalse(new AlertRule(null, null, null, 5, 0).matches(two), "|-2| is less than 5");
        assertTrue(new AlertRule(List.of("zinoviev"), null, null, 0, 0).matches(two), "by name");
        assertTrue(new AlertRule(List.of("KORGOV"), null, null, 0, 0).matches(two), "by code prefix");
        assertFalse(new AlertRule(List.of("USA"), null, null, 0, 0).matches(two));
    }

    @Test
    void describesItselfAndPrintsALine() {
        assertEquals("type ACCUSE or ASSAULT; country KOR; |Goldstein| at least 5.0; at least 2 reports",
                new AlertRule(null, List.of("KOR"), List.of("ASSAULT", "ACCUSE"), 5, 2).describe());
        assertEquals("every event", AlertRule.any().describe());
        assertEquals("ALERT event 42 undated ACCUSE 110 (Goldstein -2.0) KORGOV -> RUSGOV, 2 reports",
                AlertDispatcher.line(summons(2)));
    }
}
