package org.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;

/** Which tellings of one article are one event. */
class ConsolidationTest {

    private static ActorMention actor(int sentence, String text, String country, String sector) {
        return new ActorMention(sentence, 0, 2, 0, text.length(), text, text, country, sector,
                country + (sector == null ? "" : sector), null, "role+demonym");
    }

    private static EventMention lawsuit(ActorMention source, List<ActorMention> target) {
        return new EventMention("ACCUSE", "allege", "115", -2.0, List.of(source), target, null, null, "asserted",
                List.of(), null, new EventMention.Evidence(source.sentence(), 0, 10, "text", "sue", 1), "sue.bare");
    }

    @Test
    void aLawsuitToldTwiceIsOneEventWithBothTellings() {
        ActorMention ministry = actor(0, "the Chilean ministry", "CHL", "GOV");
        List<CodedEvent> events = Consolidation.consolidate(List.of(
                lawsuit(actor(0, "Peruvian fishermen", "PER", "AGR"), List.of(ministry)),
                lawsuit(actor(3, "the Peruvian fishermen", "PER", "AGR"), List.of())));
        assertEquals(1, events.size(), events::toString);
        assertEquals(2, events.get(0).mentions().size());
        assertEquals("CHL", events.get(0).best().target().get(0).country(), "the telling with a target is the best");
    }

    @Test
    void twoSidesSuingWithNoDefendantNamedAreTwoEvents() {
        List<CodedEvent> events = Consolidation.consolidate(List.of(
                lawsuit(actor(1, "a Puerto Rican senator", "PRI", "LEG"), List.of()),
                lawsuit(actor(2, "a Puerto Rican union", "PRI", "LAB"), List.of())));
        assertEquals(2, events.size(), events::toString);
    }

    @Test
    void oneSideSuingTwiceWithNoDefendantNamedIsOneEvent() {
        List<CodedEvent> events = Consolidation.consolidate(List.of(
                lawsuit(actor(1, "a Puerto Rican senator", "PRI", "LEG"), List.of()),
                lawsuit(actor(2, "the senator", "PRI", "LEG"), List.of())));
        assertEquals(1, events.size(), events::toString);
    }

    @Test
    void arrestsOfDifferentNumbersOfPeopleAreTwoEvents() {
        ActorMention sheriff = actor(0, "Sheriff Lee", "USA", "COP");
        EventMention one = new EventMention("COERCE", "arrest", "173", -5.0, List.of(sheriff),
                List.of(actor(0, "one person", "USA", "CVL")), null, null, "asserted", List.of(), null,
                new EventMention.Evidence(0, 0, 10, "text", "arrested", 1), "arrest");
        EventMention three = new EventMention("COERCE", "arrest", "173", -5.0, List.of(actor(1, "They", "USA", "COP")),
                List.of(actor(1, "three", "USA", "CVL")), null, null, "asserted", List.of(), null,
                new EventMention.Evidence(1, 0, 10, "text", "arrested", 1), "arrest");
        assertEquals(2, Consolidation.consolidate(List.of(one, three)).size());
    }

    @Test
    void strikesTheTextDatesToDifferentDaysAreTwoEventsAndOnADayOneEvent() {
        ActorMention russia = actor(0, "Russian missiles", "RUS", "MIL");
        ActorMention kharkiv = actor(0, "Kharkiv", "UKR", null);
        EventMention monday = strike(russia, kharkiv, new EventMention.EventDate("2024-04-29", "text", "on Monday"));
        EventMention wednesday = strike(russia, kharkiv,
                new EventMention.EventDate("2024-05-01", "text", "on Wednesday"));
        EventMention undated = strike(russia, kharkiv, new EventMention.EventDate("2024-05-01", "publication", null));
        assertEquals(2, Consolidation.consolidate(List.of(monday, wednesday)).size());
        assertEquals(1, Consolidation.consolidate(List.of(monday, undated)).size(), "a date not told is no other day");
    }

    private static EventMention strike(ActorMention source, ActorMention target, EventMention.EventDate date) {
        return new EventMention("ASSAULT", null, "190", -10.0, List.of(source), List.of(target), date, null,
                "asserted", List.of(), null, new EventMention.Evidence(source.sentence(), 0, 10, "text", "struck", 1),
                "attack");
    }

    @Test
    void peopleHeldAndToldByTheirNumbersAreTwoArrestsWhenTheNumbersDiffer() {
        AnnotatedDocument doc = NlpPipeline.shared().annotate("Police in Belfast arrested two men on Sunday. Police in "
                + "Belfast arrested six Protestants on suspicion of rioting.", LocalDate.of(1998, 3, 22));
        List<EventMention> coded = EventCoder.defaults().code(doc, ActorCoder.defaults().code(doc));
        List<CodedEvent> arrests = Consolidation.consolidate(coded).stream()
                .filter(e -> e.best().type().equals("COERCE")).toList();
        assertEquals(2, arrests.size(), arrests::toString);
    }
}
