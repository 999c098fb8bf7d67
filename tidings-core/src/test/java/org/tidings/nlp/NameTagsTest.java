package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The words inside a recognised name are proper nouns to the parser, so a name does not become a clause. */
class NameTagsTest {

    @Test
    void keepsACityNameWholeForTheParser() {
        // Untouched, the tagger reads "es" as a verb and the parser makes "Dar" its subject.
        Sentence s = NlpPipeline.shared()
                .annotate("Albright flew on to Dar es Salaam and met the Tanzanian president.", LocalDate.of(1998, 8, 18))
                .sentences().get(0);

        Token es = s.tokens().stream().filter(t -> t.word().equals("es")).findFirst().orElseThrow();
        assertEquals("NNP", es.pos());
        assertEquals("es", es.lemma());
        // the name's words hang on its last word, and the sentence's root is still the journey
        Dependency ofEs = s.basic().stream().filter(d -> d.dependent() == es.index()).findFirst().orElseThrow();
        assertEquals("compound", ofEs.relation());
        assertEquals("Salaam", s.tokens().get(ofEs.governor()).word());
        Dependency root = s.basic().stream().filter(d -> d.relation().equals("root")).findFirst().orElseThrow();
        assertEquals("flew", s.tokens().get(root.dependent()).word());
    }
}
