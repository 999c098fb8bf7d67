package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/** Our fine-grained NER gives the labels and mentions CoreNLP's own fine-grained step gives. */
class FineGrainedNerTest {

    private static final String TEXT = String.join("\n\n",
            "The U.S.-led coalition and Agence France-Presse reported that a United-States-based team arrived.",
            "Police in Sacramento, Calif., and Kitchener-Waterloo, Ontario, said the Chicago-born man was held.",
            "Then-prime minister Thaksin Shinawatra met Secretary of State Mike Pompeo and two Korean-Canadian nuns.",
            "He was convicted of first-degree murder; the Muslim-majority region of Mindanao voted on Monday.",
            "Lt. Gen. Ahmed Hassan, the army chief of staff, told reporters in Cairo that Al-Qaeda fighters fled.",
            "Sgt. Maj. John Smith of Fla. wrote to @peoplesvote-uk and to info@example.org about New York City.");

    @Test
    void labelsAsCoreNlpsFineGrainedStepDoes() {
        Properties coreNlp = new Properties();
        coreNlp.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        coreNlp.setProperty("ssplit.newlineIsSentenceBreak", "two");
        coreNlp.setProperty("ner.applyFineGrained", "true");
        coreNlp.setProperty("ner.model", NlpPipeline.NER_MODELS);
        Properties ours = NlpPipeline.defaultProperties();
        ours.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner," + FineGrainedNer.NAME + ",entitymentions");

        Annotation expected = annotate(coreNlp);
        Annotation actual = annotate(ours);

        assertEquals(labels(expected), labels(actual));
        assertEquals(mentions(expected), mentions(actual));
    }

    private static Annotation annotate(Properties props) {
        Annotation a = new Annotation(TEXT);
        a.set(CoreAnnotations.DocDateAnnotation.class, "2019-05-01");
        new StanfordCoreNLP(props).annotate(a);
        return a;
    }

    private static List<String> labels(Annotation a) {
        List<String> out = new ArrayList<>();
        for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
            out.add(t.word() + "/" + t.ner());
        }
        return out;
    }

    private static List<String> mentions(Annotation a) {
        List<String> out = new ArrayList<>();
        for (CoreMap m : a.get(CoreAnnotations.MentionsAnnotation.class)) {
            out.add(m.get(CoreAnnotations.TextAnnotation.class) + "/" + m.get(CoreAnnotations.EntityTypeAnnotation.class));
        }
        return out;
    }
}
