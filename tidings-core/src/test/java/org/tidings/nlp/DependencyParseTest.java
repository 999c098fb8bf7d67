package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

/** Our dependency annotator gives, edge for edge, the basic and enhanced++ graphs CoreNLP's depparse gives. */
class DependencyParseTest {

    private static final String TEXT = String.join("\n\n",
            "Seoul summoned the Russian ambassador on Monday, and the foreign ministry demanded that the troops leave.",
            "The treaty that the two leaders signed in June was ratified by parliament, officials said.",
            "Neither Hanoi nor Manila, whose fishing fleets were shelled near the reef, has accepted the ruling.",
            "Protesters, some carrying flags and others banners, marched from the square to the embassy of the United "
                    + "States, where police, who had been warned the night before, fired tear gas at around 3 p.m.",
            "Rebels are to withdraw 12,000 fighters from the northern province by the end of the year.",
            "Talks between the two sides, which began in Doha, were suspended after a drone struck a convoy.");

    private static StanfordCoreNLP corenlp;
    private static StanfordCoreNLP ours;

    @BeforeAll
    static void load() {
        Properties theirs = new Properties();
        theirs.setProperty("annotators", "tokenize,ssplit,pos,depparse");
        theirs.setProperty("ssplit.newlineIsSentenceBreak", "two");
        corenlp = new StanfordCoreNLP(theirs);
        Properties mine = NlpPipeline.defaultProperties();
        mine.setProperty("annotators", "tokenize,ssplit,pos," + DependencyParse.NAME);
        ours = new StanfordCoreNLP(mine);
    }

    @Test
    void parsesAsCoreNlpsDepparseDoes() {
        List<String> expected = graphs(corenlp, TEXT);
        List<String> actual = graphs(ours, TEXT);
        assertEquals(12, actual.size());
        assertEquals(expected, actual);
    }

    @Test
    void parsesRealNewsAsCoreNlpDoes() {
        List<String> bodies = new ArrayList<>();
        ArticleSources.read(List.of(SharedData.path("corpora/wikinews-2019/wikinews_2019.csv")),
                ArticleSink.of(article -> {
                    if (bodies.size() < 25) {
                        bodies.add(article.body());
                    }
                }, failure -> { }));
        assertEquals(25, bodies.size());
        int sentences = 0;
        for (String body : bodies) {
            List<String> expected = graphs(corenlp, body);
            List<String> actual = graphs(ours, body);
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertEquals(expected.get(i), actual.get(i), "sentence " + (i / 2 + 1) + " of the article opening '"
                        + body.substring(0, Math.min(60, body.length())) + "'");
            }
            assertEquals(expected.size(), actual.size());
            sentences += expected.size() / 2;
        }
        assertTrue(sentences > 150, "parsed " + sentences + " sentences");
    }

    /**
     * Per sentence, the basic and the enhanced++ graph as the edges the pipeline hands on, in their order. (The
     * graphs' own text differs in one way: CoreNLP builds three other graphs first, so a word copied for a
     * conjunct is marked reach-20''' there and reach-20' here; it is the same word either way.)
     */
    private static List<String> graphs(StanfordCoreNLP pipeline, String text) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        List<String> out = new ArrayList<>();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = s.get(CoreAnnotations.TokensAnnotation.class).get(0).index();
            out.add(CoreNlpConversion.edges(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
                    first).toString());
            out.add(CoreNlpConversion.edges(s.get(
                    SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), first).toString());
        }
        return out;
    }
}
