package org.tidings.nlp;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.ingest.Article;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;

/**
 * The linguistic analysis of articles with Stanford CoreNLP: tokens, sentences, POS, lemmas, NER with
 * SUTime time expressions (anchored on the publication date) and UD dependency parses.
 *
 * <p>The models take seconds to load and about a gigabyte of heap, so a process shares one instance
 * ({@link #shared()}), created on first use: commands that only query the store never pay for it.
 * {@link #annotate} is safe to call from several threads at once.
 */
public final class NlpPipeline {

    private static final Logger log = LoggerFactory.getLogger(NlpPipeline.class);
    private static volatile NlpPipeline shared;
    private static volatile NlpPipeline withoutParse;

    private final StanfordCoreNLP corenlp;

    private NlpPipeline(Properties props) {
        long start = System.nanoTime();
        this.corenlp = new StanfordCoreNLP(props);
        TimeExpressionGate.install(corenlp);
        log.info("CoreNLP models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** The process-wide pipeline, loaded on first call. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new NlpPipeline(defaultProperties());
                    shared = p;
                }
            }
        }
        return p;
    }

    /**
     * A lighter process-wide pipeline without the dependency parse (tokens, POS, lemmas, NER, SUTime):
     * enough for time expressions, several times faster. Its sentences have no dependencies.
     */
    public static NlpPipeline withoutParse() {
        NlpPipeline p = withoutParse;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = withoutParse;
                if (p == null) {
                    Properties props = defaultProperties();
                    props.setProperty("annotators", ANNOTATORS_WITHOUT_PARSE);
                    p = new NlpPipeline(props);
                    withoutParse = p;
                }
            }
        }
        return p;
    }

    // Fine-grained NER (CITY, COUNTRY, NATIONALITY, TITLE, ...) runs in our own annotator, the same decisions as
    // CoreNLP's at a fraction of the cost; the mentions are built after it, as the ner annotator would.
    static final String ANNOTATORS_WITHOUT_PARSE =
            "tokenize,ssplit,pos,lemma,ner," + FineGrainedNer.NAME + ",entitymentions";

    static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS_WITHOUT_PARSE + "," + NameTags.NAME + "," + DependencyParse.NAME);
        // A blank line ends a sentence: headlines and datelines have no final period.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.useSUTime", "true");
        // Two of CoreNLP's three default NER models. The third (MUC, 7 classes) only adds DATE, TIME, MONEY and
        // PERCENT, which SUTime and the number classifier label anyway. Without it the NER step costs 12% less CPU;
        // events, actors and resolution score the same on all our gold sets, TempEval-3 strict F1 0.875 -> 0.883,
        // value F1 0.793 -> 0.790.
        props.setProperty("ner.model", NER_MODELS);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("customAnnotatorClass." + FineGrainedNer.NAME, FineGrainedNer.class.getName());
        // Proper-noun tags inside names, so that the parser keeps a name whole ("Dar es Salaam").
        props.setProperty("customAnnotatorClass." + NameTags.NAME, NameTags.class.getName());
        // CoreNLP's depparse model and parses, scored faster (see DependencyParse).
        props.setProperty("customAnnotatorClass." + DependencyParse.NAME, DependencyParse.class.getName());
        return props;
    }

    /** Analyses the body of an article; time expressions are anchored on its publication date. */
    public AnnotatedDocument annotate(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.body();
        Annotation annotation = new Annotation(text);
        article.publicationDate().ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        corenlp.annotate(annotation);
        return CoreNlpConversion.toDocument(article, text, annotation);
    }

    /** Analyses a piece of text written on the given day (the anchor for "yesterday", "in June", ...). */
    public AnnotatedDocument annotate(String text, LocalDate written) {
        return annotate(Article.ofText(text, written));
    }
}
