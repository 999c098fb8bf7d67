package org.tidings.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.nlp.NlpPipeline;

/** What the actor coder reads from the article around a name: acronyms told before, whom it was about, the bodies
 * and nationalities named with it, what a capital is the place or the government of. */
class ArticleMemoryTest {

    private static List<ActorMention> code(String text) {
        return ActorCoder.defaults().code(NlpPipeline.shared().annotate(text, LocalDate.of(2024, 5, 1)));
    }

    /** The first actor coded with exactly this text. */
    private static ActorMention mention(List<ActorMention> actors, String text) {
        return actors.stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not coded: " + actors));
    }

    @Test
    void anAcronymGivenInBracketsStandsForItsBodyLater() {
        List<ActorMention> actors = code("Kenya Railways Police (KRP) said the death was not suspicious. "
                + "KRP started an investigation on Monday.");
        ActorMention krp = actors.stream().filter(a -> a.text().equals("KRP") && a.sentence() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("KRP alone not coded: " + actors));
        assertEquals("KEN", krp.country());
        assertEquals("COP", krp.sector());
        assertEquals("acronym", krp.rule());
    }

    @Test
    void anUpperCaseWordThatIsNoAcronymOfTheNameIsLeftAlone() {
        List<ActorMention> actors = code("Kenya Railways Police (KRP) said the death was not suspicious. "
                + "NASA sent a team on Monday.");
        assertTrue(actors.stream().noneMatch(a -> a.text().equals("NASA") && "acronym".equals(a.rule())),
                actors::toString);
    }

    @Test
    void heOpeningASentenceIsWhomTheSentenceBeforeWasAbout() {
        List<ActorMention> actors = code("Antonio Guterres met Iranian President Ebrahim Raisi in Tehran on Monday. "
                + "He is expected to meet Turkish President Recep Tayyip Erdogan later this week.");
        ActorMention he = actors.stream().filter(a -> a.text().equals("He") && a.sentence() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("He not coded: " + actors));
        assertEquals("IGO", he.country(), actors::toString);
    }

    @Test
    void theDatelineDoesNotSayWhatCountryTheStoryIsAbout() {
        List<ActorMention> actors = code("ADDIS ABABA, Ethiopia (AP) _ The Organization of African Unity said Friday "
                + "it would look into the massacres of Tutsis in Rwanda four years ago. Ministers meeting in the "
                + "Ethiopian capital agreed to set up a panel. Hutu soldiers and civilians killed hundreds of "
                + "thousands of people.");
        assertTrue(actors.stream().noneMatch(a -> a.text().equals("civilians") && "ETH".equals(a.country())),
                actors::toString);
    }

    @Test
    void aBodyToldAgainByTheHeadNounOfItsNameIsThatBody() {
        List<ActorMention> actors = code("The FBI sent forty agents to Nairobi on Monday. "
                + "The bureau questioned two suspects. Russia's Foreign Ministry summoned the British ambassador. "
                + "The ministry accused London of lying.");
        ActorMention bureau = mention(actors, "The bureau");
        assertEquals("USA", bureau.country());
        assertEquals("COP", bureau.sector());
        ActorMention ministry = mention(actors, "The ministry");
        assertEquals("RUS", ministry.country());
    }

    @Test
    void aHeadNounNoBodyWasNamedByIsNoActor() {
        List<ActorMention> actors = code("Police arrested two men on Monday. The bureau said nothing.");
        assertTrue(actors.stream().noneMatch(a -> a.text().equals("The bureau")), actors::toString);
    }

    @Test
    void aTitleABodyGivesServesThatBody() {
        List<ActorMention> actors = code("FBI Director Louis Freeh met Kenyan police leaders in Nairobi.");
        ActorMention freeh = mention(actors, "FBI Director Louis Freeh");
        assertEquals("USA", freeh.country());
        assertEquals("COP", freeh.sector(), actors::toString);
    }

    @Test
    void aNationalityToldBesideAPersonOfAStatelessBodyIsTheirCountry() {
        List<ActorMention> actors = code("Prosecutors in Sweden dropped an investigation into Wikileaks co-founder "
                + "Julian Assange, the 48-year-old Australian. British police arrested Assange in April.");
        assertTrue(actors.stream().filter(a -> a.text().contains("Assange")).allMatch(a -> "AUS".equals(a.country())),
                actors::toString);
    }

    @Test
    void aSurnameSharedUnderAnotherFirstNameIsAnotherPerson() {
        List<ActorMention> actors = code("Cuba demanded the return of Elian Gonzalez, a Cuban boy. "
                + "Lazaro Gonzalez said the boy would stay. Pedro Pierluisi Urrutia was sworn in. "
                + "Pierluisi Urrutia said nothing.");
        ActorMention lazaro = mention(actors, "Lazaro Gonzalez");
        assertFalse("name-coreference".equals(lazaro.rule()), actors::toString);
        ActorMention again = mention(actors, "Pierluisi Urrutia");
        assertEquals("name-coreference", again.rule(), actors::toString);
    }

    @Test
    void aCapitalThatLoansAreGivenToIsItsGovernment() {
        List<ActorMention> actors = code("Tokyo said it would extend $500 million in loans to Cairo.");
        ActorMention cairo = mention(actors, "Cairo");
        assertEquals("GOV", cairo.sector(), actors::toString);
    }
}
