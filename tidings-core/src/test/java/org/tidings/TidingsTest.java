package org.tidings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedEvent;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.nlp.AnnotatedDocument;

/** The whole pipeline on the seed article: each event with its own date, place, sources and certainty. */
class TidingsTest {

    private static List<CodedEvent> events;

    @BeforeAll
    static void codeTheSeed() throws Exception {
        String text = Files.readString(SharedData.path("seed/000_82426c862c5804d0.txt"), StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf('\n') + 1).strip();
        Tidings tidings = Tidings.defaults();
        AnnotatedDocument doc = tidings.analyse(Article.ofText(body, LocalDate.of(2024, 10, 21)));
        List<ActorMention> actors = tidings.codeActors(doc);
        events = tidings.codeEvents(doc, actors);
    }

    private static CodedEvent only(String type) {
        List<CodedEvent> found = events.stream().filter(e -> e.best().type().equals(type)).toList();
        assertEquals(1, found.size(), () -> type + " in " + events);
        return found.get(0);
    }

    @Test
    void theSummonsIsDatedOnPublicationInSeoulReportedByYonhap() {
        EventMention summons = only("ACCUSE").best();
        assertEquals("2024-10-21", summons.date().value());
        assertEquals("publication", summons.date().basis());
        assertEquals("Seoul", summons.location().name());
        assertEquals("KOR", summons.location().country());
        assertEquals("reported", summons.certainty());
        assertEquals(List.of("Yonhap"), summons.reportedBy());
        assertTrue(only("ACCUSE").mentions().size() >= 2, "told in sentence 1 and again in sentences 4-6");
    }

    @Test
    void theTroopDispatchIsReportedByOfficialsAndTheAnnouncementIsPlannedOnOctober18() {
        CodedEvent mobilize = only("MOBILIZE");
        EventMention dispatch = mobilize.mentions().stream().filter(m -> m.evidence().sentence() == 1).findFirst()
                .orElseThrow(() -> new AssertionError("no telling in sentence 1: " + mobilize));
        assertEquals("reported", dispatch.certainty());
        assertEquals("2024-W42", dispatch.date().value());
        assertTrue(String.join(" ", dispatch.reportedBy()).contains("officials"), dispatch.reportedBy()::toString);

        EventMention announcement = mobilize.mentions().stream()
                .filter(m -> m.quantity() != null && m.quantity().value() == 12000).findFirst()
                .orElseThrow(() -> new AssertionError("no 12,000 troops telling: " + mobilize));
        assertEquals("2024-10-18", announcement.date().value());
        assertEquals("planned", announcement.certainty());
        assertEquals(List.of("North Korea"), announcement.reportedBy());
    }

    @Test
    void theTreatyIsSignedInJuneInPyongyang() {
        EventMention treaty = only("SUPPORT").best();
        assertEquals("057", treaty.cameo());
        assertEquals("2024-06", treaty.date().value());
        assertEquals("text", treaty.date().basis());
        assertEquals("Pyongyang", treaty.location().name());
        assertEquals("asserted", treaty.certainty());
    }

    @Test
    void yoonsSecurityMeetingIsDatedThatSameDay() {
        EventMention meeting = events.stream().map(CodedEvent::best)
                .filter(e -> e.type().equals("CONSULT") && e.source().stream().anyMatch(a -> "KOR".equals(a.country())))
                .findFirst().orElseThrow(() -> new AssertionError("no security meeting in " + events));
        assertEquals("GOV", meeting.source().get(0).sector());
        assertEquals("KOR", meeting.target().get(0).country(), "his own officials");
        assertEquals("2024-10-18", meeting.date().value(), "'That same day' is the day of 'On October 18'");
        assertEquals("text", meeting.date().basis());
        assertEquals("convened meeting", meeting.evidence().trigger());
    }

    /** The events of a text reported on Wednesday 5 June 2019. */
    private static List<CodedEvent> codeReport(String text) {
        Tidings tidings = Tidings.defaults();
        AnnotatedDocument doc = tidings.analyse(Article.ofText(text, LocalDate.of(2019, 6, 5)));
        return tidings.codeEvents(doc, tidings.codeActors(doc));
    }

    @Test
    void actsDatedYearsBeforeTheReportAreBackgroundAndAnEventOfTheWeekIsNot() {
        List<CodedEvent> coded = codeReport("On Monday, Chilean police arrested the mayor of Valparaiso. "
                + "In 2015, Chilean police arrested a Peruvian fisherman.");
        assertEquals(1, coded.size(), coded::toString);
        assertEquals("2019-06-03", coded.get(0).best().date().value());
        assertEquals(0, coded.get(0).best().evidence().sentence());
    }

    @Test
    void aDeedToldWithoutItsPlaceHappenedWhereTheStoryIsButWordsDoNot() {
        List<CodedEvent> coded = codeReport("A gunman attacked a police station in the French city of Lyon on "
                + "Monday. French police arrested the gunman. Germany condemned the French government.");
        CodedEvent arrest = coded.stream().filter(e -> e.best().type().equals("COERCE")).findFirst().orElseThrow();
        assertEquals("Lyon", arrest.best().location().name(), coded::toString);
        CodedEvent censure = coded.stream().filter(e -> e.best().type().equals("ACCUSE")).findFirst().orElseThrow();
        assertEquals(null, censure.best().location(), coded::toString);
    }

    @Test
    void aCourtsActToldWithoutItsPlaceHappenedWhereTheStoryIs() {
        List<CodedEvent> coded = codeReport("A man attacked a Spanish police officer in the city of Valencia on "
                + "Monday. On Tuesday, a Spanish judge convicted the man of assault.");
        CodedEvent verdict = coded.stream().filter(e -> e.best().source().stream()
                .anyMatch(a -> "JUD".equals(a.sector()))).findFirst().orElseThrow(() -> new AssertionError(coded));
        assertEquals("Valencia", verdict.best().location().name(), coded::toString);
    }

    @Test
    void anOldDateNearAnActButNotOnItLeavesTheActNews() {
        List<CodedEvent> coded = codeReport("Chile has offered to hand over to Peru two men suspected of bombing a "
                + "bus in 2012, a Chilean newspaper said.");
        assertEquals(1, coded.size(), coded::toString);
        assertEquals("AGREE", coded.get(0).best().type());
    }

    @Test
    void wordsOfMourningForTheDeadAreATributeFromWhoSaysThem() {
        List<CodedEvent> coded = codeReport("Ahmed Karimov, the former president of Uzbekistan, has died at 81. "
                + "He led the country for two decades.\n\n"
                + "\"His contribution to our nation will never be forgotten. May he rest in peace,\" wrote President "
                + "Shavkat Mirziyoyev. Russian President Vladimir Putin said Karimov was a great friend of Russia.");
        List<CodedEvent> tributes = coded.stream().filter(e -> e.best().type().equals("SUPPORT")).toList();
        assertEquals(2, tributes.size(), coded::toString);
        assertEquals(List.of("UZB", "RUS"), tributes.stream().map(e -> e.best().source().get(0).country()).toList());
        tributes.forEach(e -> assertEquals("UZB", e.best().target().get(0).country()));
    }

    @Test
    void withNoDeathReportedPraiseInAQuoteIsNoTribute() {
        List<CodedEvent> coded = codeReport("The Uzbek president Shavkat Mirziyoyev opened a school in Tashkent. "
                + "\"It is a great day,\" said Russian President Vladimir Putin.");
        assertTrue(coded.stream().noneMatch(e -> e.best().type().equals("SUPPORT")), coded::toString);
    }

    @Test
    void aQuoteClosedAtTheStartOfTheNextSentenceLeavesItsSpeakerOutsideIt() {
        // The splitter gives the closing quote mark to the sentence after the quote: "He" there is outside it.
        List<CodedEvent> coded = codeReport("Louisiana Governor John Bel Edwards addressed the public: \"No one "
                + "should take this storm lightly. Low intensity does not mean low impact.\" He said he has "
                + "requested U.S. President Donald Trump declare a state of emergency in Louisiana.");
        CodedEvent request = coded.stream().filter(e -> e.best().type().equals("REQUEST")).findFirst().orElseThrow(
                () -> new AssertionError(coded.toString()));
        assertEquals("USA", request.best().source().get(0).country());
        assertEquals("Donald Trump", request.best().target().get(0).name());
    }

    @Test
    void aCampaignEndedAndItsAnnouncementQuotedAreOneEvent() {
        // "Bill de Blasio, the mayor of New York" keeps his own name, so "de Blasio" later is the same person
        List<CodedEvent> coded = codeReport("Yesterday, Bill de Blasio, the mayor of New York, ended his campaign "
                + "for president of the United States. Mayor de Blasio spoke on television: \"I'm going to end my "
                + "presidential campaign.\"");
        List<CodedEvent> retreats = coded.stream().filter(e -> e.best().type().equals("RETREAT")).toList();
        assertEquals(1, retreats.size(), coded::toString);
        assertEquals(2, retreats.get(0).mentions().size());
    }

    @Test
    void anActToldByItsOwnDoerIsAssertedAndStillSaysWhoToldIt() {
        EventMention strike = codeReport("U.S. President Bill Clinton said Thursday that he had ordered the strikes "
                + "against Sudan.").stream().filter(e -> e.best().type().equals("ASSAULT")).findFirst()
                .orElseThrow().best();
        assertEquals("asserted", strike.certainty());
        assertEquals(List.of("Bill Clinton"), strike.reportedBy());
        EventMention told = codeReport("Officials said Sudanese troops attacked a village in Chad.").stream()
                .filter(e -> e.best().type().equals("ASSAULT")).findFirst().orElseThrow().best();
        assertEquals("reported", told.certainty(), "someone else's word for it");
    }
}
