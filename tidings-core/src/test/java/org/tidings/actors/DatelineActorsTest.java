package org.tidings.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.nlp.NlpPipeline;

/** The dateline of a report ("BERLIN —") ends there: the actor named after it is read without it. */
class DatelineActorsTest {

    @Test
    void anActorRightAfterTheDatelineIsReadWithoutIt() {
        List<ActorMention> actors = ActorCoder.defaults().code(NlpPipeline.shared().annotate(
                "BERLIN — Germany's health minister is stressing the importance of dealing with several vaccine makers.",
                LocalDate.of(2020, 11, 23)));
        ActorMention minister = actors.stream().filter(a -> a.text().endsWith("health minister")).findFirst()
                .orElse(null);
        assertEquals("Germany's health minister DEU/GOV",
                minister == null ? null : minister.text() + " " + minister.country() + "/" + minister.sector());
    }
}
