package org.tidings.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention.Place;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;
import org.tidings.nlp.Sentence;
import org.tidings.places.PlaceFinder;

/** The seed article: who reports its events, how surely, where, and what the parties said. */
class SeedAttributionTest {

    private static AnnotatedDocument doc;
    private static List<ActorMention> actors;
    private final Attributor attributor = new Attributor();
    private final PlaceFinder places = new PlaceFinder();

    @BeforeAll
    static void annotate() throws Exception {
        List<String> lines = Files.readAllLines(SharedData.path("seed/000_82426c862c5804d0.txt"), StandardCharsets.UTF_8);
        String body = String.join("\n", lines.subList(1, lines.size())).strip();
        doc = NlpPipeline.shared().annotate(body, LocalDate.of(2024, 10, 21));
        actors = NerActors.of(doc);
    }

    private static int token(int sentence, String word) {
        Sentence s = doc.sentences().get(sentence);
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + word + "' in: " + s.text())).index();
    }

    private Attribution attribution(int sentence, String trigger) {
        return attributor.attribute(doc, actors, sentence, token(sentence, trigger));
    }

    @Test
    void theSummonsIsYonhapsReportAndHappenedInSeoul() {
        assertEquals(new Attribution("reported", List.of("Yonhap")), attribution(0, "summoned"));
        Place seoul = places.locate(doc, 0, token(0, "summoned")).orElseThrow();
        assertEquals("Seoul", seoul.name());
        assertEquals("KOR", seoul.country());
        assertEquals(37.57, seoul.latitude(), 0.01);
        assertEquals(126.98, seoul.longitude(), 0.01);
    }

    @Test
    void theDispatchIsReportedByTheOfficials() {
        assertEquals(new Attribution("reported", List.of("Ukrainian and South Korean officials")),
                attribution(1, "dispatching"));
    }

    @Test
    void theAnnouncementIsNorthKoreasAndPlanned() {
        assertEquals(new Attribution("planned", List.of("North Korea")), attribution(6, "send"));
    }

    @Test
    void theTreatySigningIsAssertedAndTookPlaceInPyongyang() {
        assertEquals(new Attribution("asserted", List.of()), attribution(12, "signed"));
        Place pyongyang = places.locate(doc, 12, token(12, "signed")).orElseThrow();
        assertEquals(new Place("Pyongyang", "PRK", 39.04, 125.76), pyongyang);
    }

    @Test
    void aSentenceGoingOnWithYonhapsReportKeepsYonhap() {
        // The ministry's purpose in calling him in, as Yonhap tells it.
        assertEquals(new Attribution("reported", List.of("Yonhap")), attribution(3, "convey"));
        assertEquals(new Attribution("reported", List.of("Yonhap")), attribution(3, "called"));
        assertEquals(new Attribution("alleged", List.of("Yonhap")), attribution(4, "conveyed"));
        // Zinoviev's own statement: told by the article, no source named.
        assertEquals(new Attribution("asserted", List.of()), attribution(5, "confirmed"));
    }

    @Test
    void hedgesConditionsAndNamedSources() {
        assertEquals(new Attribution("reported", List.of("The Insider")), attribution(10, "speaking"));
        assertEquals(new Attribution("alleged", List.of("The Insider")), attribution(11, "shot"));
        assertEquals(new Attribution("hypothetical", List.of()), attribution(13, "attack"));
        assertEquals(new Attribution("alleged", List.of("South Korean officials")), attribution(14, "participating"));
        assertEquals("alleged", attribution(8, "equipping").certainty());
        assertEquals(List.of("Ukraine's Center for Strategic Communications and Information Security"),
                attribution(8, "equipping").reportedBy());
    }

    @Test
    void theVideoWasShotAtANamedTrainingGroundInRussia() {
        assertEquals(new Place("Sergeyevsky training ground", "RUS", null, null),
                places.locate(doc, 11, token(11, "shot")).orElseThrow());
    }

    @Test
    void statementsOfTheParties() {
        List<Statement> found = new Statements().statements(doc, actors);
        String all = found.stream().map(Statement::toString).collect(Collectors.joining("\n"));
        assertTrue(found.contains(new Statement("no_comment", 2, List.of(
                new Statement.Party("Moscow", "Russia", "RUS"),
                new Statement.Party("Pyongyang", "North Korea", "PRK")), null, "comment")), all);
        assertTrue(found.stream().anyMatch(s -> s.kind().equals("confirmed") && s.sentence() == 5
                && s.parties().size() == 1 && s.parties().get(0).name().equals("Georgy Zinoviev")
                && "the meeting".equals(s.about())), all);
        assertTrue(found.stream().anyMatch(s -> s.kind().equals("withheld") && s.sentence() == 5
                && s.parties().get(0).name().equals("Georgy Zinoviev") && "details".equals(s.about())), all);
        assertTrue(found.stream().anyMatch(s -> s.kind().equals("withheld") && s.sentence() == 14
                && s.parties().get(0).text().equals("South Korean officials")), all);
        assertEquals(4, found.size(), all);
    }
}
