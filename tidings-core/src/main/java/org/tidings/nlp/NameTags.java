package org.tidings.nlp;

import java.util.List;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

/**
 * Proper-noun tags for the words inside a name, before the parse. The tagger reads the inner words of some names
 * as verbs or common nouns ("Dar es Salaam": es/VBZ; "Daniel arap Moi": arap/NN), and the parser then builds a
 * clause out of the name ("Dar" the subject of "es"), losing the sentence around it. Where the named-entity
 * recognizer has found the whole name, its inner words (and the last word of a person's name) are tagged NNP, as
 * its other words are, and keep their own form as lemma.
 *
 * <p>Used as a CoreNLP custom annotator after {@code ner} and before the dependency parse. Only open-class tags
 * change: "of" in "Strait of Hormuz" or "the" in "The Hague" are words the parse needs.
 */
public final class NameTags implements Annotator {

    /** The annotator name to give CoreNLP ({@code customAnnotatorClass.<name>}). */
    static final String NAME = "tidingsnametags";

    private static final Set<String> NAMES = Set.of("PERSON", "CITY", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> OPEN_TAGS = Set.of("VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "NN", "JJ", "RB");

    /** The constructor CoreNLP calls for a custom annotator; the properties are not used. */
    public NameTags(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            retag(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    /** Tags NNP the open-class words inside each name of a sentence's tokens. */
    static void retag(List<CoreLabel> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            int j = i + 1;
            while (j < tokens.size() && ner != null && ner.equals(tokens.get(j).ner())) {
                j++;
            }
            if (ner != null && NAMES.contains(ner) && j - i >= 2 && tokens.get(i).tag().startsWith("NNP")) {
                // a person's name ends in a name ("Cory Wilson"), a place's may end in a common noun ("Helmand
                // province")
                int last = ner.equals("PERSON") ? j - 1 : j - 2;
                for (int k = i + 1; k <= last; k++) {
                    CoreLabel t = tokens.get(k);
                    if (OPEN_TAGS.contains(t.tag()) && Character.isLetter(t.word().charAt(0))) {
                        t.setTag("NNP");
                        t.setLemma(t.word());
                    }
                }
            }
            i = j;
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }
}
