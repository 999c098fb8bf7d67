package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;

class NlpPipelineTest {

    @Test
    void analysesTheSeedArticle() throws Exception {
        List<String> lines = Files.readAllLines(SharedData.path("seed/000_82426c862c5804d0.txt"), StandardCharsets.UTF_8);
        String body = String.join("\n", lines.subList(1, lines.size())).strip();

        AnnotatedDocument doc = NlpPipeline.shared().annotate(body, LocalDate.of(2024, 10, 21));

        assertEquals(15, doc.sentences().size());
        assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("Georgy Zinoviev") && e.type().equals("PERSON")),
                () -> "entities: " + doc.entities());
        assertTrue(doc.entities().stream().anyMatch(e -> e.text().contains("Center for Strategic Communications")
                && e.type().equals("ORGANIZATION")), () -> "entities: " + doc.entities());
        List<String> values = doc.timexes().stream().map(Timex::value).toList();
        assertTrue(values.containsAll(List.of("2024-W42", "2024-10-18", "2024-06")), () -> "timexes: " + doc.timexes());
        Sentence first = doc.sentences().get(0);
        assertEquals("summon", first.tokens().stream().filter(t -> t.word().equals("summoned")).findFirst().orElseThrow().lemma());
        assertTrue(first.basic().stream().anyMatch(d -> d.relation().equals("nsubj")), "parsed");
    }
}
