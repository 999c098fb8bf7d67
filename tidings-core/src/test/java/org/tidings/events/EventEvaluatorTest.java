package org.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EventEvaluatorTest {

    private final ObjectMapper om = new ObjectMapper();

    private JsonNode json(String s) throws Exception {
        return om.readTree(s.replace('\'', '"'));
    }

    @Test
    void matchesOnTypeAndSharedCountriesEachGoldOnce() throws Exception {
        EventEvaluator ev = new EventEvaluator();
        ev.add("r1", "text", json("[{'type':'ASSAULT','source':[{'country':'RUS'}],'target':[{'country':'UKR'}],'quantity':{'value':3}}]"),
                json("[{'type':'ASSAULT','source':[{'country':'RUS'},{'country':'BLR'}],'target':[{'country':'UKR'}],'quantity':{'value':3}},"
                        + "{'type':'ASSAULT','source':[{'country':'RUS'}],'target':[{'country':'UKR'}]}]"));
        EventEvaluator.Report r = ev.report();
        assertEquals(1, r.overall().matched());
        assertEquals(2, r.overall().predicted());
        assertEquals(0.5, r.overall().precision(), 1e-9);
        assertEquals(1.0, r.overall().recall(), 1e-9);
        assertEquals(1, r.extras().size());
        EventEvaluator.AttributeScore q = r.attributes().stream().filter(a -> a.attribute().equals("quantity")).findFirst().orElseThrow();
        assertEquals(1, q.correct(), "the better pair (with the quantity) is matched first");
    }

    @Test
    void goldWithoutTargetAcceptsAnyTargetAndWrongTargetCountryMisses() throws Exception {
        EventEvaluator ev = new EventEvaluator();
        ev.add("a", null, json("[{'type':'AGREE','source':[{'country':'USA'}],'target':[]}]"),
                json("[{'type':'AGREE','source':[{'country':'USA'}],'target':[{'country':'JOR'}]}]"));
        ev.add("b", null, json("[{'type':'REJECT','source':[{'country':'SRB'}],'target':[{'country':'AUS'}]}]"),
                json("[{'type':'REJECT','source':[{'country':'SRB'}],'target':[]}]"));
        EventEvaluator.Report r = ev.report();
        assertEquals(1, r.overall().matched());
        assertEquals(1, r.misses().size());
        assertEquals("b", r.misses().get(0).recordId());
    }

    @Test
    void optionalGoldCountsNeitherWayAndAnyOfListsAreAccepted() throws Exception {
        EventEvaluator ev = new EventEvaluator();
        ev.add("s", null, json("[{'type':'MOBILIZE','source':[{'country':'PRK'}],'target':[{'country':'UKR'}],"
                        + "'certainty_any_of':['reported','planned'],'event_date_any_of':['2024-W42','2024-10-18']},"
                        + "{'type':'CONSULT','optional':true,'source':[{'country':'KOR'}],'target':[{'country':'KOR'}]}]"),
                json("[{'type':'MOBILIZE','source':[{'country':'PRK'}],'target':[{'country':'UKR'}],'certainty':'planned','event_date':'2024-10-21'},"
                        + "{'type':'CONSULT','source':[{'country':'KOR'}],'target':[{'country':'KOR'}]}]"));
        EventEvaluator.Report r = ev.report();
        assertEquals(1, r.overall().predicted());
        assertEquals(1, r.overall().matched());
        assertEquals(1, r.overall().gold());
        EventEvaluator.AttributeScore c = r.attributes().stream().filter(a -> a.attribute().equals("certainty")).findFirst().orElseThrow();
        EventEvaluator.AttributeScore d = r.attributes().stream().filter(a -> a.attribute().equals("event_date")).findFirst().orElseThrow();
        assertEquals(1, c.correct());
        assertEquals(0, d.correct());
        assertEquals(1, d.total());
        EventEvaluator.TypeScore mob = r.perType().stream().filter(t -> t.type().equals("MOBILIZE")).findFirst().orElseThrow();
        assertEquals(1.0, mob.f1(), 1e-9);
    }

    @Test
    void aGoldActorOfTwoDefensibleCountriesMatchesEitherButNoOther() throws Exception {
        EventEvaluator ev = new EventEvaluator();
        String gold = "[{'type':'ACCUSE','source':[{'country':'GBR'}],'target':[{'country_any_of':['GBR','IRL']}]}]";
        ev.add("irl", null, json(gold), json("[{'type':'ACCUSE','source':[{'country':'GBR'}],'target':[{'country':'IRL'}]}]"));
        ev.add("usa", null, json(gold), json("[{'type':'ACCUSE','source':[{'country':'GBR'}],'target':[{'country':'USA'}]}]"));
        EventEvaluator.Report r = ev.report();
        assertEquals(1, r.overall().matched());
        assertEquals("usa", r.misses().get(0).recordId());
    }
}
