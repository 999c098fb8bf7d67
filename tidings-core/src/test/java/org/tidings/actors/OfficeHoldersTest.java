package org.tidings.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.nlp.NlpPipeline;

/** People the knowledge base knows by their offices, and bodies it knows by name alone. */
class OfficeHoldersTest {

    private static List<ActorMention> actors(String text, LocalDate day) {
        return ActorCoder.defaults().code(NlpPipeline.shared().annotate(text, day));
    }

    private static ActorMention first(String text, LocalDate day) {
        return actors(text, day).stream().findFirst().orElseThrow(() -> new AssertionError("no actor in: " + text));
    }

    @Test
    void headsOfGovernmentOfSmallerCountriesAreKnown() {
        ActorCoder coder = ActorCoder.defaults();
        assertEquals("BHSGOV", coder.lookup("Hubert Minnis", LocalDate.of(2019, 9, 1)).orElseThrow().code());
        assertEquals("ZAFGOV", coder.lookup("Cyril Ramaphosa", LocalDate.of(2020, 3, 1)).orElseThrow().code());
        assertEquals("POLGOV", coder.lookup("Andrzej Duda", LocalDate.of(2019, 5, 1)).orElseThrow().code());
    }

    @Test
    void theTitleOfTheDayOutranksAnOfficeHeldYearsBefore() {
        // Odinga was prime minister from 2008 to 2013; in 2017 the text calls him what he was then.
        ActorMention odinga = first("Kenyan opposition leader Raila Odinga spoke in Nairobi.",
                LocalDate.of(2017, 10, 12));
        assertEquals("KEN", odinga.country());
        assertEquals("OPP", odinga.sector());
    }

    @Test
    void bodiesNamedWithoutACountryWordAreKnown() {
        ActorCoder coder = ActorCoder.defaults();
        LocalDate day = LocalDate.of(2023, 6, 1);
        assertEquals("RUSJUD", coder.lookup("Investigative Committee of Russia", day).orElseThrow().code());
        assertEquals("RUSGOV", coder.lookup("Roskomnadzor", day).orElseThrow().code());
        assertEquals("IGOMIL", coder.lookup("ATMIS", day).orElseThrow().code());
    }

    @Test
    void aSurnameSharedByTwoOfficeHoldersIsWhoeverHeldOfficeThatDay() {
        ActorCoder coder = ActorCoder.defaults();
        // Fabian Alarcon led Ecuador in 1997-98; Ricardo Alarcon led Cuba's National Assembly from 1993 to 2013
        assertEquals("ECU", coder.lookup("Alarcon", LocalDate.of(1997, 6, 1)).orElseThrow().country());
        assertEquals("CUBLEG", coder.lookup("Alarcon", LocalDate.of(2000, 1, 15)).orElseThrow().code());
        assertEquals("VATREL", coder.lookup("John Paul", LocalDate.of(1998, 1, 20)).orElseThrow().code());
    }

    @Test
    void betweenTwoTermsAPersonIsTheFormerHolderOfTheLast() {
        // Biden was vice president until January 2017 and president from January 2021
        ActorEntry biden = ActorCoder.defaults().lookup("Joe Biden", LocalDate.of(2020, 9, 23)).orElseThrow();
        assertEquals("USAELI", biden.code());
        assertEquals("former Vice President", biden.office());
    }

    @Test
    void aTitleGivenYearsBeforeATermIsTheOfficeOfTheDay() {
        // Kikwete was Tanzania's foreign minister in 1998, president only from 2005
        ActorMention kikwete = first("Tanzanian Foreign Minister Jakaya Kikwete spoke in Dar es Salaam.",
                LocalDate.of(1998, 8, 18));
        assertEquals("TZAGOV", kikwete.code());
    }

    @Test
    void leadersOfCongressAreLegislators() {
        ActorCoder coder = ActorCoder.defaults();
        LocalDate day = LocalDate.of(2020, 9, 23);
        assertEquals("USALEG", coder.lookup("Pelosi", day).orElseThrow().code());
        assertEquals("USALEG", coder.lookup("Mitch McConnell", day).orElseThrow().code());
        assertEquals("USALEG", coder.lookup("Schumer", day).orElseThrow().code());
    }

    @Test
    void aTitledNameOfAnotherCountryIsNotTheKnownPersonOfTheSameSurname() {
        // Nouri al-Maliki led Iraq's government; Riyad al-Maliki was the Palestinian foreign minister
        ActorMention maliki = first("Palestinian Foreign Minister Riyad al-Maliki returned from The Hague.",
                LocalDate.of(2021, 3, 8));
        assertEquals("PSEGOV", maliki.code());
    }

    @Test
    void theNamedAideOfAKnownLeaderServesTheLeadersCountry() {
        ActorMention aide = first("Yeltsin's spokesman Sergei Yastrzhembsky said the talks went well.",
                LocalDate.of(1998, 2, 27));
        assertEquals("RUSGOV", aide.code());
    }

    @Test
    void oneAfterAnotherNamesNoOffice() {
        // "Speaker after speaker" at a rally is a string of people speaking, not the Speaker of a house
        List<ActorMention> actors = actors("Thousands of Americans rallied in Washington against the war. The United "
                + "States must leave Iraq, the organisers said. Speaker after speaker criticised the war.",
                LocalDate.of(2003, 2, 10));
        assertEquals(List.of(), actors.stream().filter(a -> a.sentence() == 2).map(ActorMention::text).toList());
    }
}
