package org.tidings.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;

/** Every actor of the seed article, coded as a careful human would, in text order. */
class SeedArticleTest {

    private static final List<String> EXPECTED = List.of(
            "South Korea's Foreign Ministry=KORGOV",
            "the Russian ambassador=RUSGOV",
            "North Korean troops=PRKMIL",
            "Russia=RUS",
            "Yonhap news agency=KORMED",
            "Ukrainian=UKRGOV",
            "South Korean officials=KORGOV",
            "North Korea=PRK",
            "Ukraine=UKR",
            "Moscow=RUSGOV",
            "Pyongyang=PRKGOV",
            "Yonhap=KORMED",
            "South Korea's Ministry of Foreign Affairs=KORGOV",
            "the Russian Ambassador=RUSGOV",
            "Georgy Zinoviev=RUSGOV",
            "North Korea=PRK",
            "its soldiers=PRKMIL",
            "The Deputy Foreign Minister=KORGOV",
            "Kim Hong-kyun=KORGOV",
            "Seoul=KORGOV",
            "the ambassador=RUSGOV",
            "Zinoviev=RUSGOV",
            "North Korea=PRK",
            "South Korean President Yoon Suk Yeol=KORGOV",
            "North Korean troops=PRKMIL",
            "Russia=RUS",
            "Ukraine's Center for Strategic Communications and Information Security=UKRGOV",
            "North Korean soldiers=PRKMIL",
            "The Insider=RUSMED",
            "the soldiers=PRKMIL",
            "Russia=RUS",
            "Vladimir Putin=RUSGOV",
            "Pyongyang=PRK",
            "North Korean leader Kim Jong-un=PRKGOV",
            "South Korean officials=KORGOV",
            "North Korean troops=PRKMIL");

    @Test
    void codesEveryActorOfTheSeedArticle() throws Exception {
        List<String> lines = Files.readAllLines(SharedData.path("seed/000_82426c862c5804d0.txt"), StandardCharsets.UTF_8);
        String body = String.join("\n", lines.subList(1, lines.size())).strip();
        AnnotatedDocument doc = NlpPipeline.shared().annotate(body, LocalDate.of(2024, 10, 21));

        List<ActorMention> mentions = ActorCoder.defaults().code(doc);

        List<String> got = new ArrayList<>();
        for (ActorMention m : mentions) {
            got.add(m.text() + "=" + m.code());
            assertEquals(body.substring(m.begin(), m.end()), m.text(), "offsets");
            assertTrue(m.rule() != null && !m.rule().isEmpty(), "rule");
            assertTrue(m.name() != null, "name");
        }
        // Every expected mention, in order (other mentions, e.g. "Ukraine" in "the Ukraine war", may come between).
        int at = 0;
        for (String e : EXPECTED) {
            int found = got.subList(at, got.size()).indexOf(e);
            assertTrue(found >= 0, () -> "missing " + e + " after position in " + got);
            at += found + 1;
        }
        // Nothing is coded with a country that is not in the article.
        assertTrue(mentions.stream().allMatch(m -> List.of("KOR", "RUS", "PRK", "UKR").contains(m.country())),
                () -> "unexpected country in " + got);
        ActorMention zinoviev = mentions.stream().filter(m -> m.text().equals("Zinoviev")).findFirst().orElseThrow();
        assertEquals("Georgy Zinoviev", zinoviev.name());
        assertEquals("person:georgy-zinoviev", zinoviev.identity(), "the bare surname is the ambassador named before");
        // Known by surname: from the knowledge base (people.tsv has him since e422ba8) or from his earlier full name.
        assertTrue(List.of("name-coreference", "kb-person").contains(zinoviev.rule()), zinoviev.rule());
        ActorMention putin = mentions.stream().filter(m -> m.text().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertEquals("person:vladimir-putin", putin.identity());
    }

    @Test
    void aSurnameRefersBackToTheOfficialNamedBefore() {
        AnnotatedDocument doc = NlpPipeline.shared().annotate("Chilean Ambassador Tomas Velarde Rios met the Peruvian "
                + "foreign minister in Lima on Monday. Velarde Rios later told reporters the talks had gone well.",
                LocalDate.of(2024, 5, 6));
        List<ActorMention> mentions = ActorCoder.defaults().code(doc);
        ActorMention later = mentions.stream().filter(m -> m.sentence() == 1 && m.text().equals("Velarde Rios"))
                .findFirst().orElseThrow(() -> new AssertionError("no later mention in " + mentions));
        assertEquals("CHLGOV", later.code());
        assertEquals("name-coreference", later.rule());
    }
}
