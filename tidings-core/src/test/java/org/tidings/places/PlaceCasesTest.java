package org.tidings.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidings.events.EventMention.Place;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;
import org.tidings.nlp.Sentence;

/** Sentences of our own with the place (name and country, or none) expected for an event word. */
class PlaceCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PlaceFinder finder = new PlaceFinder();

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PlaceCasesTest.class.getResourceAsStream("place-cases.jsonl"), StandardCharsets.UTF_8))) {
            int no = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
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
    void locatesAsExpected(int line, JsonNode c) {
        String text = c.get("text").asText();
        AnnotatedDocument doc = NlpPipeline.shared().annotate(text, LocalDate.of(2024, 10, 21));
        Sentence s = doc.sentences().get(0);
        int trigger = s.tokens().stream().filter(t -> t.word().equals(c.get("trigger").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("line " + line + ": no trigger in " + text)).index();
        Place got = finder.locate(doc, 0, trigger).orElse(null);
        String name = c.get("place").isNull() ? null : c.get("place").asText();
        String country = c.get("country").isNull() ? null : c.get("country").asText();
        assertEquals(name == null ? "none" : name + " / " + country,
                got == null ? "none" : got.name() + " / " + got.country(), () -> "line " + line + ": " + text);
    }
}
