package org.tidings.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.nlp.NlpPipeline;

/** A titled person the knowledge base does not know takes the one country the sentence names, unless it cannot. */
class SentenceCountryTest {

    private static ActorMention mention(String text, String words) {
        List<ActorMention> actors = ActorCoder.defaults().code(NlpPipeline.shared().annotate(text, LocalDate.of(1998, 8, 8)));
        return actors.stream().filter(a -> a.text().equals(words)).findFirst().orElse(null);
    }

    @Test
    void anUnknownMinisterBelongsToTheCountryHisSentenceNames() {
        ActorMention m = mention("Planning Minister Tran Xuan Gia said Vietnam would cut its spending.",
                "Planning Minister Tran Xuan Gia");
        assertEquals("VNM", m == null ? null : m.country());
    }

    @Test
    void anotherPresidentIsNotThePresidentOfTheCountryWhoseKnownPresidentIsNamedBesideHim() {
        ActorMention m = mention("In a telegram to U.S. President Bill Clinton, President Glafcos Clerides condemned "
                + "the attacks.", "President Glafcos Clerides");
        assertNotEquals("USA", m == null ? null : m.country());
    }

    @Test
    void aChiefOfStaffNamedWithTheBodyHeServesBelongsToThatBody() {
        ActorMention m = mention("Chinese Vice Premier Liu He met White House Chief of Staff Mick Mulvaney in Beijing.",
                "White House Chief of Staff Mick Mulvaney");
        assertEquals("USA/GOV", m == null ? null : m.country() + "/" + m.sector());
    }

    @Test
    void aPlaceSomeoneIsBasedInIsNoActorOfItsOwn() {
        ActorMention m = mention("Since the suit was filed by Soltan, a Washington-based human rights advocate who was "
                + "imprisoned for 21 months in Cairo, Egyptian authorities have imprisoned several of his relatives.",
                "Washington");
        assertNull(m);
    }

    @Test
    void peopleNamedByOriginAndNationAreCitizensOfTheNation() {
        ActorMention m = mention("Many Cuban Americans in Florida protested the ruling.", "Cuban Americans");
        assertEquals("USA/CVL", m == null ? null : m.country() + "/" + m.sector());
        ActorMention serbs = mention("Bosnian Serbs protested the ruling.", "Bosnian Serbs");
        assertEquals("BIH", serbs == null ? null : serbs.country());
    }

    @Test
    void aNeighbourhoodNamedAfterAPlaceAbroadIsNotThatPlace() {
        assertNull(mention("Exiles marched through Little Havana in Miami on Sunday.", "Havana"));
    }
}
