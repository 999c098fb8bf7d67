package org.tidings.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidings.events.EventMention.Place;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;
import org.tidings.nlp.Sentence;

class PlaceFinderTest {

    private final PlaceFinder finder = new PlaceFinder();

    private Optional<Place> locate(String text, String trigger) {
        AnnotatedDocument doc = NlpPipeline.shared().annotate(text, LocalDate.of(2024, 10, 21));
        Sentence s = doc.sentences().get(0);
        int t = s.tokens().stream().filter(x -> x.word().equals(trigger)).findFirst().orElseThrow().index();
        return finder.locate(doc, 0, t);
    }

    @Test
    void aCityAfterALocativePreposition() {
        assertEquals(Optional.of(new Place("Kharkiv", "UKR", 49.99, 36.23)),
                locate("Russian forces shelled a market in Kharkiv on Sunday.", "shelled"));
    }

    @Test
    void theDestinationOfAVisit() {
        assertEquals(Optional.of(new Place("Ankara", "TUR", 39.93, 32.86)),
                locate("The minister met his counterpart during a trip to Ankara.", "met"));
        assertEquals(Optional.of(new Place("Moscow", "RUS", 55.76, 37.62)),
                locate("China's foreign minister visited Moscow last week.", "visited"));
    }

    @Test
    void theWiderPlaceOfALandmark() {
        assertEquals(Optional.of(new Place("Mogadishu", "SOM", 2.05, 45.32)),
                locate("A bomb exploded near the presidential palace in Mogadishu.", "exploded"));
        assertEquals(Optional.of(new Place("Kiev", "UKR", 50.45, 30.52)),
                locate("Protesters gathered outside the embassy in Kiev.", "gathered"));
    }

    @Test
    void namedTownsRegionsAndUnknownPlaces() {
        assertEquals(Optional.of(new Place("Bunia", "COD", 1.56, 30.25)),
                locate("Rebels ambushed a convoy near the town of Bunia in Ituri province.", "ambushed"));
        assertEquals(Optional.of(new Place("Donetsk region", "UKR", 48.0, 37.8)),
                locate("Fighting broke out in Ukraine's Donetsk region overnight.", "broke"));
        assertEquals(Optional.of(new Place("Elysee Palace", "FRA", null, null)),
                locate("The summit will be held at the Elysee Palace in Paris.", "held"));
    }

    @Test
    void theStoryHappensInTheFirstCityItsOpeningNames() {
        AnnotatedDocument doc = NlpPipeline.shared().annotate("Police in Britain said on Monday that a man stabbed "
                + "two people in Manchester. The man was arrested.", LocalDate.of(2024, 10, 21));
        assertEquals("Manchester", finder.storyPlace(doc).map(Place::name).orElse(null));
        AnnotatedDocument countryOnly = NlpPipeline.shared().annotate("Russia attacked Ukraine with drones.",
                LocalDate.of(2024, 10, 21));
        assertEquals(Optional.empty(), finder.storyPlace(countryOnly));
    }

    @Test
    void aCountryThatActsIsNotWhereItHappened() {
        assertEquals(Optional.empty(), locate("Russia attacked Ukraine with drones.", "attacked"));
        assertEquals(Optional.empty(), locate("Seoul summoned the Japanese envoy over the remarks.", "summoned"));
    }
}
