package org.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternDictionaryTest {

    private static PatternDictionary parse(String text) throws Exception {
        return PatternDictionary.parse(new BufferedReader(new StringReader(text)), "test.txt", Ontology.defaults());
    }

    @Test
    void builtInDictionaryCoversAllSixteenTypes() {
        Ontology o = Ontology.defaults();
        PatternDictionary d = PatternDictionary.load("patterns.txt", o);
        assertEquals(16, o.types().size());
        assertTrue(d.size() > 500, "pattern entries: " + d.size());
        assertTrue(d.forLemma("summon").stream().anyMatch(p -> "ACCUSE".equals(p.type()) && "110".equals(p.cameo())));
        assertTrue(d.forLemma("sign").stream().anyMatch(p -> "SUPPORT".equals(p.type()) && "057".equals(p.cameo())));
        for (String type : o.types().keySet()) {
            assertTrue(hasType(d, type), "no pattern for " + type);
        }
    }

    private static boolean hasType(PatternDictionary d, String type) {
        for (String lemma : new String[] {"agree", "meet", "sign", "lift", "share", "donate", "release", "urge",
                "summon", "reject", "threaten", "protest", "impose", "deploy", "arrest", "attack"}) {
            if (d.forLemma(lemma).stream().anyMatch(p -> type.equals(p.type()))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void readsFramesAndParticles() throws Exception {
        PatternDictionary d = parse("# comment\nx1 | call in, summon | obj=ambassador,envoy | tgt=obj | ACCUSE disapprove 110\n");
        Pattern p = d.forLemma("call").get(0);
        assertEquals("in", p.particle());
        assertEquals(Set.of("ambassador", "envoy"), p.objects());
        assertEquals(-2.0, Ontology.defaults().goldstein("110"), 1e-9);
        assertEquals(2, d.size());
    }

    @Test
    void badLinesAreReportedWithTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("\nx | attack | obj | ASSAULT nomode 190\n"));
        assertTrue(e.getMessage().startsWith("test.txt:2:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("x | attack | frob=1 | ASSAULT - 190\n"));
        assertTrue(e.getMessage().contains("unknown frame condition"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("x | attack | obj | ASSAULT - 999\n"));
        assertTrue(e.getMessage().contains("unknown CAMEO code"), e.getMessage());
    }
}
