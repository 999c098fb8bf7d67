package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void commonFormsBecomeIso() {
        assertEquals("2019-01-04T12:30:00", Dates.normalise("2019-01-04 12:30:00"));
        assertEquals("2019-01-04T12:30:00", Dates.normalise("2019-01-04T12:30"));
        assertEquals("2019-01-04T12:30:00Z", Dates.normalise("2019-01-04 12:30:00 UTC"));
        assertEquals("2019-01-04T12:30:00+02:00", Dates.normalise("2019-01-04T12:30:00.250+02:00"));
        assertEquals("2019-01-04T12:30:00+02:00", Dates.normalise("2019-01-04T12:30:00+0200"));
        assertEquals("2024-03-05T09:30:00+01:00", Dates.normalise("Tue, 5 Mar 2024 09:30:00 +0100"));
        assertEquals("2024-10-21T22:07:57", Dates.normalise("Monday, October 21, 2024 10:07:57 PM"));
        assertEquals("2019-03-03", Dates.normalise("March 3, 2019"));
        assertEquals("2019-03-03", Dates.normalise("3 March 2019"));
        assertEquals("2019-03-03", Dates.normalise(" 2019-03-03 "));
        assertEquals("2020-09-13T12:26:40Z", Dates.normalise("1600000000"));
    }

    @Test
    void unknownFormsAreNull() {
        assertNull(Dates.normalise("yesterday"));
        assertNull(Dates.normalise("2019-13-45"));
        assertNull(Dates.normalise("  "));
        assertNull(Dates.normalise(null));
    }
}
