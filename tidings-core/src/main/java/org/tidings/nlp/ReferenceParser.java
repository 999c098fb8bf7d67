package org.tidings.nlp;

import java.util.Properties;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The reference cost for {@code tidings bench}: what a dictionary coder of the PETRARCH family pays per
 * article, a CoreNLP full constituency parse of every sentence (with tagging and NER, which such coders
 * also need). Used only to measure; the pipeline itself uses the faster dependency parser.
 */
public final class ReferenceParser {

    private final StanfordCoreNLP corenlp;

    private ReferenceParser() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        this.corenlp = new StanfordCoreNLP(props);
    }

    public static ReferenceParser load() {
        return new ReferenceParser();
    }

    /** Parses the text fully; returns the number of sentences parsed. Thread-safe. */
    public int parse(String text) {
        Annotation annotation = new Annotation(text);
        corenlp.annotate(annotation);
        var sentences = annotation.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? 0 : sentences.size();
    }
}
