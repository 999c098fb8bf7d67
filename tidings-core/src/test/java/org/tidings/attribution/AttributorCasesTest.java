package org.tidings.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidings.ingest.Article;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;

/**
 * Sentences of our own, each with an event word and the exact source chain and certainty expected
 * ({@code cases.jsonl}: text, trigger, reportedBy, certainty, and the outlet of the article when one is set).
 */
class AttributorCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Attributor attributor = new Attributor();

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AttributorCasesTest.class.getResourceAsStream("cases.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (!line.isBlank()) {
                    out.add(Arguments.of(no, JSON.readTree(line)));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "line {0}")
    @MethodSource("cases")
    void attributesAsExpected(int line, JsonNode c) {
        String text = c.get("text").asText();
        AnnotatedDocument doc = NlpPipeline.shared().annotate(text, LocalDate.of(2024, 10, 21));
        if (c.has("outlet")) {
            Article a = doc.article();
            Article withOutlet = new Article(a.id(), a.url(), c.get("outlet").asText(), a.title(), a.published(),
                    a.body(), a.language(), a.authors(), a.origin(), Instant.EPOCH);
            doc = new AnnotatedDocument(withOutlet, doc.text(), doc.sentences(), doc.entities(), doc.timexes());
        }
        String trigger = c.get("trigger").asText();
        Token found = null;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (found == null && t.word().equals(trigger)) {
                    found = t;
                    Attribution got = attributor.attribute(doc, List.of(), s.index(), t.index());
                    List<String> chain = new ArrayList<>();
                    c.get("reportedBy").forEach(x -> chain.add(x.asText()));
                    assertEquals(new Attribution(c.get("certainty").asText(), chain), got,
                            () -> "line " + line + ": " + text + " [" + trigger + "]");
                }
            }
        }
        if (found == null) {
            throw new AssertionError("line " + line + ": trigger '" + trigger + "' not in: " + text);
        }
    }
}
