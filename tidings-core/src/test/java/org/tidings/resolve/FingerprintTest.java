package org.tidings.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    // Our own wording, a made-up wire story.
    private static final String WIRE = "Rescue teams in the northern valley pulled eleven people from the mud on "
            + "Tuesday after two days of rain swept away a road bridge and cut off three villages, the regional "
            + "governor said. Helicopters dropped food and water to families stranded on rooftops, and engineers "
            + "began building a temporary crossing downstream. The weather service warned that more rain was "
            + "expected over the weekend and asked residents near the river to move to higher ground. Schools "
            + "in the district will stay closed until Friday, officials said.";

    @Test
    void aSyndicatedCopyWithNewIntroIsANearDuplicate() {
        String copy = "Floods cut off villages in the north. " + WIRE + " (Meridian Wire)";
        Fingerprint a = Fingerprint.of(WIRE);
        Fingerprint b = Fingerprint.of(copy);
        assertTrue(a.nearDuplicate(b), "jaccard " + a.jaccard(b) + " containment " + a.containment(b));
        assertTrue(a.containment(b) > 0.85, "containment " + a.containment(b));
        assertTrue(Arrays.stream(a.bands()).anyMatch(x -> Arrays.stream(b.bands()).anyMatch(y -> x == y)));
    }

    @Test
    void anotherStoryOnTheSameEventIsNot() {
        String other = "Eleven people were rescued from mudslides in the north on Tuesday. The governor of the "
                + "region told reporters that the collapse of a bridge had isolated three villages, and that "
                + "helicopters were supplying stranded families. Forecasters expect more rain at the weekend; "
                + "residents by the river have been told to leave. Local schools remain closed this week.";
        Fingerprint a = Fingerprint.of(WIRE);
        Fingerprint b = Fingerprint.of(other);
        assertFalse(a.nearDuplicate(b), "jaccard " + a.jaccard(b) + " containment " + a.containment(b));
        assertTrue(a.jaccard(b) < 0.1);
    }

    @Test
    void encodesAndDecodes() {
        Fingerprint a = Fingerprint.of(WIRE);
        assertEquals(a, Fingerprint.decode(a.shingles(), a.encode()));
        assertEquals(1.0, a.jaccard(Fingerprint.of(WIRE.toUpperCase())));
        assertEquals(Fingerprint.of(WIRE), Fingerprint.of(WIRE));
    }

    @Test
    void shortTextsAreNotJudged() {
        assertFalse(Fingerprint.of("Two words").nearDuplicate(Fingerprint.of("Two words")));
    }
}
