package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void readsTheAgencyOfAWireDateline() {
        String text = "THE HAGUE, Netherlands (AP)_ The court on Friday rejected the objections.";
        Dateline d = Dateline.of(text).orElseThrow();
        assertEquals("AP", d.agency());
        assertEquals(text.indexOf(" The court"), d.end());
        assertTrue(d.covers(text.indexOf("Netherlands")));
        assertTrue(!d.covers(text.indexOf("court")));
    }

    @Test
    void readsDatelinesWithDatesAndDashes() {
        assertEquals("Yonhap", Dateline.of("SEOUL, Oct. 21 (Yonhap) -- South Korea summoned ...")
                .orElseThrow().agency());
        assertEquals("Reuters", Dateline.of("KYIV (Reuters) - Ukraine said ...").orElseThrow().agency());
    }

    @Test
    void aPlaceInCapitalsNeedsNoAgency() {
        Dateline d = Dateline.of("WASHINGTON _ The economy created jobs at a robust pace.").orElseThrow();
        assertNull(d.agency());
        assertEquals("WASHINGTON _".length(), d.end());
    }

    @Test
    void ordinarySentencesHaveNoDateline() {
        assertTrue(Dateline.of("Libya - a country in North Africa - hailed the ruling.").isEmpty());
        assertTrue(Dateline.of("South Korea's Foreign Ministry summoned the Russian ambassador.").isEmpty());
        assertTrue(Dateline.of("Friday, October 18, 2019\n\nThe minister resigned.").isEmpty());
    }
}
