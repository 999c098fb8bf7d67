package org.tidings.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tidings.resolve.Mentions.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tidings.events.EventMention;

class ResolverTest {

    private final Resolver resolver = Resolver.defaults();

    @Test
    void sameTypeActorsAndDayFromTwoOutletsIsOneEvent() {
        Report a = report("a1", 0, "Yonhap", "2024-10-21T10:00:00+09:00", "ACCUSE", "KORGOV", "RUSGOV", "2024-10-21", "text");
        Report b = report("b1", 0, "Herald", "2024-10-21T18:00:00+01:00", "ACCUSE", "KOR", "RUSGOV", "2024-10-21", "text");
        MergeDecision d = resolver.compare(a, b);
        assertTrue(d.merged(), d.reasonText());
        assertEquals("a1-0", d.a());
        assertTrue(d.reasons().contains("type ACCUSE +1.0"), d.reasonText());
        assertTrue(d.reasons().contains("same day 2024-10-21 +1.0"), d.reasonText());
        assertTrue(d.reasons().contains("source country KOR +1.0"), d.reasonText());
        assertTrue(d.reasons().contains("target country RUS +1.0"), d.reasonText());
        assertEquals(d, resolver.compare(b, a), "the test is symmetric");
    }

    @Test
    void reversedRolesSameDayStayApart() {
        Report can = report("a1", 0, "Wire", "2024-10-14", "SANCTION", "CANGOV", "INDGOV", "2024-10-14", "text");
        Report ind = report("b1", 0, "Post", "2024-10-15", "SANCTION", "INDGOV", "CANGOV", "2024-10-14", "text");
        MergeDecision d = resolver.compare(can, ind);
        assertFalse(d.merged());
        assertEquals(List.of("sources differ: [CAN] vs [IND]"), d.reasons());
    }

    @Test
    void sameActorsAWeekApartStayApart() {
        Report icbm = report("a1", 0, "Wire", "2023-07-12", "MOBILIZE", "PRKMIL", "", "2023-07-12", "text");
        Report srbm = report("b1", 0, "Dispatch", "2023-07-19", "MOBILIZE", "PRKMIL", "", "2023-07-19", "text");
        assertFalse(resolver.compare(icbm, srbm).merged());
        Report nextDay = report("c1", 0, "Times", "2023-07-13", "MOBILIZE", "PRK", "", "2023-07-13", "text");
        assertTrue(resolver.compare(icbm, nextDay).merged(), resolver.compare(icbm, nextDay).reasonText());
    }

    @Test
    void differentSourceSameTargetSameDayStaysApart() {
        Report usa = report("a1", 0, "Wire", "2024-02-23", "SANCTION", "USAGOV", "RUS", "2024-02-23", "text");
        Report eu = report("b1", 0, "Daily", "2024-02-23", "SANCTION", "IGOEU", "RUS", "2024-02-23", "text");
        assertFalse(resolver.compare(usa, eu).merged());
    }

    @Test
    void datesAtTheirPrecision() {
        Report day = report("a1", 0, "Wire", "2024-10-19", "ACCUSE", "KORGOV", "RUS", "2024-10-18", "text");
        Report month = report("b1", 0, "Monthly", "2024-11-02", "ACCUSE", "KORGOV", "RUS", "2024-10", "text");
        Report week = report("c1", 0, "Weekly", "2024-10-25", "ACCUSE", "KORGOV", "RUS", "2024-W42", "text");
        Report otherMonth = report("d1", 0, "Monthly", "2024-12-02", "ACCUSE", "KORGOV", "RUS", "2024-11", "text");
        MergeDecision dm = resolver.compare(day, month);
        assertTrue(dm.merged(), dm.reasonText());
        assertTrue(dm.reasonText().contains("dates overlap at their precision 2024-10-18/2024-10 +0.5"), dm.reasonText());
        assertTrue(resolver.compare(day, week).merged(), "2024-W42 runs from 14 to 20 October");
        assertFalse(resolver.compare(day, otherMonth).merged());
        assertTrue(resolver.compare(day, otherMonth).reasonText().startsWith("dates apart"));
    }

    @Test
    void publicationDayStandsForTheDaysJustBefore() {
        Report dated = report("a1", 0, "Wire", "2024-06-21", "ACCUSE", "KORGOV", "RUS", "2024-06-21", "text");
        Report undated = report("b1", 0, "Ledger", "2024-06-24", "ACCUSE", "KOR", "RUSGOV", "2024-06-24", "publication");
        assertTrue(resolver.compare(dated, undated).merged(), resolver.compare(dated, undated).reasonText());
        Report late = report("c1", 0, "Ledger", "2024-06-26", "ACCUSE", "KOR", "RUSGOV", "2024-06-26", "publication");
        assertFalse(resolver.compare(dated, late).merged());
    }

    @Test
    void aPlanAndWhatFollowsAreOneEvent() {
        Report plan = report("a1", 0, "Wire", "2024-05-22", "MOBILIZE", "CHNMIL", "TWN", "2024-05-22", "text",
                "planned", null);
        Report done = report("b1", 0, "Review", "2024-05-30", "MOBILIZE", "CHNMIL", "TWN", "2024-05-29", "text");
        assertTrue(resolver.compare(plan, done).merged(), resolver.compare(plan, done).reasonText());
        Report threat = report("c1", 0, "Post", "2024-05-29", "THREATEN", "CHNMIL", "TWN", "2024-05-29", "text");
        MergeDecision d = resolver.compare(done, threat);
        assertTrue(d.merged(), d.reasonText());
        assertTrue(d.reasonText().contains("compatible types MOBILIZE/THREATEN +0.5"), d.reasonText());
    }

    @Test
    void placesFarApartWeighAgainst() {
        EventMention.Place seoul = new EventMention.Place("Seoul", "KOR", 37.57, 126.98);
        EventMention.Place lisbon = new EventMention.Place("Lisbon", "PRT", 38.72, -9.14);
        Report a = report("a1", 0, "Wire", "2024-03-01", "PROTEST", "KORCVL", "", "2024-03-01", "publication",
                "asserted", seoul);
        Report b = report("b1", 0, "Post", "2024-03-01", "PROTEST", "KORCVL", "", "2024-03-01", "publication",
                "asserted", lisbon);
        Report c = report("c1", 0, "Times", "2024-03-01", "PROTEST", "KORCVL", "", "2024-03-01", "publication",
                "asserted", seoul);
        assertFalse(resolver.compare(a, b).merged(), resolver.compare(a, b).reasonText());
        assertTrue(resolver.compare(a, c).merged(), resolver.compare(a, c).reasonText());
    }

    @Test
    void mentionsOfOneArticleAreNeverLinked() {
        Report a = report("a1", 0, "Wire", "2024-03-01", "ACCUSE", "USA", "RUS", "2024-03-01", "text");
        Report b = report("a1", 1, "Wire", "2024-03-01", "ACCUSE", "USA", "RUS", "2024-03-01", "text");
        assertFalse(resolver.compare(a, b).merged());
    }

    @Test
    void everyLinkablePairSharesABlockKey() {
        List<Report> all = sample();
        for (Report a : all) {
            for (Report b : all) {
                if (a != b && resolver.compare(a, b).merged()) {
                    Set<String> keys = Set.copyOf(Resolver.probeKeys(a));
                    assertTrue(Resolver.blockKeys(b).stream().anyMatch(keys::contains), a.id() + " / " + b.id());
                }
            }
        }
    }

    @Test
    void clusteringDoesNotDependOnOrder() {
        List<Report> all = sample();
        Map<String, String> reference = cluster(all);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Report> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            assertEquals(reference, cluster(shuffled));
        }
        // Chained: a1 (day 12) ~ b1 (day 13) ~ c1 (day 14), though a1 and c1 alone are two days apart.
        assertEquals(reference.get("a1-0"), reference.get("c1-0"));
        assertEquals(Set.of("a1-0", "b1-0", "c1-0", "h1-0"), members(reference, "a1-0"));
        assertEquals(Set.of("d1-0"), members(reference, "d1-0"));
        assertEquals(Set.of("e1-0", "f1-0", "i1-0"), members(reference, "e1-0"));
    }

    @Test
    void incrementalEqualsBatch() {
        List<Report> all = sample();
        Resolver.Clustering c = resolver.clustering();
        all.subList(0, 3).forEach(c::add);
        assertEquals(3, c.clusters().size(), "a1 and c1 are two days apart: two events until b1 comes");
        all.subList(3, all.size()).forEach(c::add);
        assertEquals(cluster(all), c.assignment());
    }

    /**
     * Regression: a mention without a source country was filed under its targets only, and a sourced mention under
     * its sources only, so the two met only when the sourced one came second; shuffled ingest split events.
     */
    @Test
    void aMentionWithoutSourceCountryLinksWhicheverComesFirst() {
        Report sourced = report("a1", 0, "Wire", "2024-05-22", "SANCTION", "ISR", "IRL,NOR", "2024-05-22", "text");
        Report unsourced = report("b1", 0, "Herald", "2024-05-24", "SANCTION", "", "IRLGOV", "2024-05-22", "text");
        Report other = report("c1", 0, "Post", "2024-05-23", "SANCTION", "ISRGOV", "NOR", "2024-05-22", "text");
        assertTrue(resolver.compare(sourced, unsourced).merged(), resolver.compare(sourced, unsourced).reasonText());
        for (List<Report> order : List.of(List.of(sourced, unsourced, other), List.of(unsourced, sourced, other),
                List.of(unsourced, other, sourced), List.of(other, unsourced, sourced))) {
            Map<String, String> a = cluster(order);
            assertEquals(Set.of("a1-0", "b1-0", "c1-0"), members(a, "b1-0"), order.toString());
        }
    }

    private static Set<String> members(Map<String, String> assignment, String id) {
        String cluster = assignment.get(id);
        return assignment.entrySet().stream().filter(e -> e.getValue().equals(cluster)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private Map<String, String> cluster(List<Report> reports) {
        Resolver.Clustering c = resolver.clustering();
        reports.forEach(c::add);
        return c.assignment();
    }

    // a1, c1 first (two days apart, not linkable alone), then the rest.
    private static List<Report> sample() {
        return List.of(
                report("a1", 0, "Wire", "2024-04-12", "ASSAULT", "IRNMIL", "ISR", "2024-04-12", "text"),
                report("c1", 0, "Post", "2024-04-15", "ASSAULT", "IRN", "ISR", "2024-04-14", "text"),
                report("d1", 0, "Post", "2024-04-15", "ASSAULT", "ISRMIL", "IRN", "2024-04-14", "text"),
                report("b1", 0, "Times", "2024-04-14", "ASSAULT", "IRNMIL", "ISRMIL", "2024-04-13", "text"),
                report("e1", 0, "Times", "2024-04-20", "ASSAULT", "ISR", "IRN", "2024-04-19", "text"),
                report("f1", 0, "Herald", "2024-04-22", "ASSAULT", "ISRMIL", "IRN", "2024-04-22", "publication"),
                report("g1", 0, "Herald", "2024-04-22", "CONSULT", "ISRGOV", "USAGOV", "2024-04-21", "text"),
                // Told without a source country: they link through their targets, whatever came first.
                report("h1", 0, "Ledger", "2024-04-15", "ASSAULT", "", "ISRMIL", "2024-04-14", "text"),
                report("i1", 0, "Review", "2024-04-23", "ASSAULT", "", "IRN", "2024-04-19", "text"));
    }

    @Test
    void summaryCountsCopiesOnceAndPicksTheBestDate() {
        Report wire = report("w", 0, "Meridian Wire", "2024-08-01T10:00:00Z", "RETREAT", "RUSGOV", "USA", "2024-08-01", "text");
        Report copy = report("c", 0, "Harbour Gazette", "2024-08-01T12:00:00Z", "RETREAT", "RUSGOV", "USA", "2024-08-01", "text");
        Report other = report("o", 0, "Lantern Post", "2024-08-02T08:00:00Z", "RETREAT", "RUS", "USAGOV", "2024-08-01", "text");
        Report vague = report("v", 0, "Summit Ledger", "2024-08-04T08:00:00Z", "RETREAT", "RUS", "USA", "2024-08", "text");
        ResolvedEvent e = resolver.summarize(List.of(vague, copy, other, wire), List.of(List.of("c", "w")));
        assertEquals(4, e.reports().size());
        assertEquals(4, e.articles());
        assertEquals(3, e.independentReports());
        assertEquals(List.of("Meridian Wire", "Lantern Post", "Summit Ledger"), e.outlets());
        assertEquals(List.of("Meridian Wire", "Harbour Gazette", "Lantern Post", "Summit Ledger"), e.allOutlets());
        assertEquals("2024-08-01", e.event().date().value());
        assertEquals(3, e.dateEvidence().size());
        assertEquals("2024-08-01T10:00:00Z", e.firstReport());
        assertEquals("2024-08-04T08:00:00Z", e.lastReport());
        assertEquals("confirmed", e.corroboration());
        assertEquals(Resolver.eventId("c-0"), e.id());
    }

    @Test
    void corroboration() {
        Report a = report("a", 0, "Northgate", "2024-04-19", "ASSAULT", "ISR", "IRN", "2024-04-19", "text", "alleged", null);
        Report b = report("b", 0, "Riverbend", "2024-04-20", "ASSAULT", "ISR", "IRN", "2024-04-19", "text", "denied", null);
        Report c = report("c", 0, "Summit", "2024-04-22", "ASSAULT", "ISR", "IRN", "2024-04-19", "text", "reported", null);
        assertEquals("denied", resolver.summarize(List.of(a, b, c), List.of()).corroboration());
        assertEquals("single-source", resolver.summarize(List.of(a, c), List.of()).corroboration());
        assertEquals("alleged", resolver.summarize(List.of(a), List.of()).corroboration());
    }
}
