package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tidings.SharedData;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;

/** The gate before SUTime skips sentences without changing a single time expression or NER label. */
class TimeExpressionGateTest {

    @Test
    void letsThroughWhatCanHoldATime() {
        assertTrue(TimeExpressionGate.mayHoldTime(tokens("The envoy was summoned on Monday.")));
        assertTrue(TimeExpressionGate.mayHoldTime(tokens("Troops arrived 12 days after the vote.")));
        assertTrue(TimeExpressionGate.mayHoldTime(tokens("Talks resumed in the nineties under May's plan.")));
        assertTrue(TimeExpressionGate.mayHoldTime(tokens("Shelling continued overnight and into the afternoon.")));
        assertTrue(TimeExpressionGate.mayHoldTime(tokens("The embassy recently closed.")));
        assertFalse(TimeExpressionGate.mayHoldTime(tokens("The ministry may reject the protest note.")));
        assertFalse(TimeExpressionGate.mayHoldTime(tokens("Rebels shelled the northern town, officials said.")));
    }

    @Test
    void changesNoTimeExpressionOrLabel() throws Exception {
        List<Article> articles = new ArrayList<>();
        int limit = Integer.getInteger("tidings.gate.articles", 30);
        ArticleSources.read(List.of(SharedData.path("corpora/wikinews-2019/wikinews_2019.csv")),
                ArticleSink.of(a -> {
                    if (articles.size() < limit) {
                        articles.add(a);
                    }
                }, failure -> { }));
        articles.add(Article.ofText("Seoul said on Monday it had summoned the envoy. That same day, the ministry said "
                + "troops had been sent in June. Officials in Kyiv said the drills would run every week until the "
                + "spring, and for the first time since the eighties.", LocalDate.of(2024, 10, 21)));

        NlpPipeline gated = NlpPipeline.withoutParse();
        // A second pipeline with its own annotators: CoreNLP shares annotators between pipelines of equal settings.
        StanfordCoreNLP.clearAnnotatorPool();
        Properties props = NlpPipeline.defaultProperties();
        props.setProperty("annotators", NlpPipeline.ANNOTATORS_WITHOUT_PARSE);
        StanfordCoreNLP plain = new StanfordCoreNLP(props);
        assertFalse(TimeExpressionGate.installed(plain));

        int sentences = 0;
        int skipped = 0;
        int timexes = 0;
        for (Article a : articles) {
            AnnotatedDocument withGate = gated.annotate(a);
            Annotation annotation = new Annotation(a.body());
            a.publicationDate().ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
            plain.annotate(annotation);
            AnnotatedDocument without = CoreNlpConversion.toDocument(a, a.body(), annotation);

            assertEquals(without.timexes(), withGate.timexes(), a.url());
            assertEquals(labels(without), labels(withGate), a.url());
            assertEquals(without.entities(), withGate.entities(), a.url());
            timexes += without.timexes().size();
            for (var s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences++;
                if (!TimeExpressionGate.mayHoldTime(s.get(CoreAnnotations.TokensAnnotation.class))) {
                    skipped++;
                }
            }
        }
        assertTrue(timexes > 100, timexes + " time expressions");
        assertTrue(skipped > sentences / 5, "the gate kept SUTime from " + skipped + " of " + sentences + " sentences");
        System.out.printf("time-expression gate: %d articles, %d sentences, %d skipped, %d time expressions alike%n",
                articles.size(), sentences, skipped, timexes);
    }

    private static List<String> labels(AnnotatedDocument d) {
        List<String> out = new ArrayList<>();
        d.sentences().forEach(s -> s.tokens().forEach(t -> out.add(t.word() + "/" + t.ner())));
        return out;
    }

    private static List<CoreLabel> tokens(String text) {
        return new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "").tokenize();
    }
}
