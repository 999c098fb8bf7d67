package org.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;

/**
 * Our own sentences ({@code sentences.txt}), each with the exact events it must yield: every PLOVER type, and
 * passives, coordination, negation, modality, reported speech and sentences that hold no event.
 */
class EventCoderSentencesTest {

    static Stream<Arguments> sentences() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EventCoderSentencesTest.class.getResourceAsStream("sentences.txt"), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("=>");
                if (parts.length != 2) {
                    throw new IllegalStateException("sentences.txt:" + no + ": expected 'sentence => events'");
                }
                out.add(Arguments.of(no, parts[0].strip(), parts[1].strip()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void codesExactlyTheExpectedEvents(int line, String sentence, String expected) {
        AnnotatedDocument doc = NlpPipeline.shared().annotate(sentence, LocalDate.of(2024, 5, 1));
        List<ActorMention> actors = ActorCoder.defaults().code(doc);
        List<EventMention> events = EventCoder.defaults().code(doc, actors);

        List<String> want = expected.equals("none") ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).toList();
        List<EventMention> left = new ArrayList<>(events);
        for (String w : want) {
            EventMention hit = left.stream().filter(e -> matches(w, e)).findFirst().orElse(null);
            if (hit == null) {
                throw new AssertionError("line " + line + ": missing " + w + "\n  got " + describe(events)
                        + "\n  actors " + actors.stream().map(a -> a.text() + "/" + a.country()).toList());
            }
            left.remove(hit);
        }
        assertEquals(List.of(), describe(left), "line " + line + ": unexpected events");
    }

    /** "TYPE SRC+SRC>TGT [certainty] [q=N | q=-]": type and the sets of countries, plus what else is given. */
    static boolean matches(String spec, EventMention e) {
        String[] f = spec.split("\\s+");
        String[] sides = f[1].split(">");
        if (!f[0].equals(e.type()) || !countries(sides[0]).equals(countriesOf(e.source()))
                || !countries(sides[1]).equals(countriesOf(e.target()))) {
            return false;
        }
        for (int i = 2; i < f.length; i++) {
            if (f[i].equals("q=-")) {
                if (e.quantity() != null) {
                    return false; // "q=-": no count at all
                }
            } else if (f[i].startsWith("q=")) {
                if (e.quantity() == null || e.quantity().value() != Long.parseLong(f[i].substring(2))) {
                    return false;
                }
            } else if (!f[i].equals(e.certainty())) {
                return false;
            }
        }
        return true;
    }

    static TreeSet<String> countries(String side) {
        return side.equals("-") ? new TreeSet<>() : new TreeSet<>(Arrays.asList(side.split("\\+")));
    }

    static TreeSet<String> countriesOf(List<ActorMention> actors) {
        TreeSet<String> s = new TreeSet<>();
        actors.forEach(a -> s.add(a.country()));
        return s;
    }

    static List<String> describe(List<EventMention> events) {
        return events.stream().map(e -> e.type() + " " + String.join("+", countriesOf(e.source())) + ">"
                + (e.target().isEmpty() ? "-" : String.join("+", countriesOf(e.target()))) + " " + e.certainty()
                + (e.quantity() == null ? "" : " q=" + e.quantity().value()) + " [" + e.pattern() + "]").toList();
    }
}
