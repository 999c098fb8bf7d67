package org.tidings.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;
import org.tidings.events.EventMention.EventDate;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Timex;
import org.tidings.nlp.Token;

class EventDaterTest {

    private static final LocalDate DCT = LocalDate.of(2024, 10, 21);
    private static final EventDater DATER = new EventDater();

    @BeforeAll
    static void load() {
        NlpPipeline.shared();
    }

    /** The date of the event told by the first occurrence of {@code trigger} in the text. */
    private static String date(AnnotatedDocument doc, List<Timex> timexes, String trigger) {
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.word().equals(trigger)) {
                    EventDate d = DATER.date(doc, timexes, s.index(), t.index());
                    return d.value() + " " + d.basis() + (d.expression() == null ? "" : " " + d.expression());
                }
            }
        }
        throw new AssertionError("no " + trigger + " in " + doc.text());
    }

    private static String date(String text, String trigger) {
        AnnotatedDocument doc = NlpPipeline.shared().annotate(text, DCT);
        return date(doc, TimeNormalizer.normalize(doc), trigger);
    }

    @Test
    void aTemporalModifierOfTheVerbDatesIt() {
        assertEquals("2024-10-15 text Tuesday", date("On Tuesday, the navy seized a cargo ship near the strait.", "seized"));
    }

    @Test
    void eachClauseKeepsItsOwnDate() {
        String text = "The envoy, who arrived in Seoul on Sunday, had met the president in June.";
        assertEquals("2024-10-20 text Sunday", date(text, "arrived"));
        assertEquals("2024-06 text June", date(text, "met"));
    }

    @Test
    void withoutADateTheEventTakesThePublicationDate() {
        assertEquals("2024-10-21 publication", date("The foreign ministry summoned the ambassador.", "summoned"));
    }

    @Test
    void theLastDateOfTheParagraphCarriesOnButNotIntoTheNext() {
        String text = "Rebels attacked the army base on October 3. They also burned two supply trucks.\n\n"
                + "The government condemned the violence.";
        assertEquals("2024-10-03 text October 3", date(text, "burned"));
        assertEquals("2024-10-21 publication", date(text, "condemned"));
    }

    @Test
    void anUndatedActLaterInTheReportTakesTheDayOfItsOpeningParagraph() {
        String text = "On Saturday, police arrested two men near the border.\n\n"
                + "The interior ministry praised the officers.";
        assertEquals("2024-10-19 text Saturday", date(text, "praised"));
    }

    @Test
    void aDateOfTheActsPurposeIsNotTheActsOwn() {
        assertEquals("2024-10-21 publication",
                date("The committee subpoenaed the minister to testify on November 5.", "subpoenaed"));
    }

    @Test
    void aBareYearBeforeIsBackgroundNotCarriedOn() {
        String text = "The president named him security minister in 2016. The president plans to visit him in hospital.";
        assertEquals("2024-10-21 publication", date(text, "visit"));
    }

    @Test
    void aDateAfterSinceOrUntilIsAReferencePointNotTheEventsDate() {
        assertEquals("2024-10-21 publication",
                date("The Indian prime minister arrived in Kathmandu, on his first visit since 2019.", "arrived"));
        assertEquals("2024-10-21 text Monday",
                date("On Monday the two sides resumed talks broken off since 2019.", "resumed"));
    }

    @Test
    void theDateOfAClauseBeforeOrAfterAnotherBoundsItButDoesNotDateIt() {
        String text = "Finland applied to join in May, shortly after Russian troops crossed into Ukraine.";
        assertEquals("2024-05 text May", date(text, "applied"));
        assertEquals("2024-10-21 publication", date(text, "crossed"));
        String dated = "Finland applied to join in May, after Russian troops crossed into Ukraine in February.";
        assertEquals("2024-02 text February", date(dated, "crossed"));
    }

    @Test
    void seedArticle() throws Exception {
        List<String> lines = Files.readAllLines(SharedData.path("seed/000_82426c862c5804d0.txt"), StandardCharsets.UTF_8);
        String body = String.join("\n", lines.subList(1, lines.size())).strip();
        AnnotatedDocument doc = NlpPipeline.shared().annotate(body, DCT);
        List<Timex> timexes = TimeNormalizer.normalize(doc);
        assertEquals("2024-10-21 publication", date(doc, timexes, "summoned"));
        assertEquals("2024-10-18 text October 18", date(doc, timexes, "announced"));
        assertEquals("2024-10-18 text That same day", date(doc, timexes, "convened"));
        assertEquals("2024-06 text June", date(doc, timexes, "signed"));
        assertEquals("2024-W42 text Last week", date(doc, timexes, "dispatching"));
        assertEquals("2024-W42 text Last week", date(doc, timexes, "reported"));
    }
}
