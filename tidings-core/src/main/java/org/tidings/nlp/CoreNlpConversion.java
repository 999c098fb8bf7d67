package org.tidings.nlp;

import java.util.ArrayList;
import java.util.List;
import org.tidings.ingest.Article;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

/** Turns CoreNLP's annotation maps into our own records, so no CoreNLP type leaves this package. */
final class CoreNlpConversion {

    private CoreNlpConversion() {
    }

    static AnnotatedDocument toDocument(Article article, String text, Annotation annotation) {
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<org.tidings.nlp.Timex> timexes = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            coreSentences = List.of();
        }
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap cs = coreSentences.get(si);
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            int firstToken = labels.isEmpty() ? 0 : labels.get(0).index();
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int ti = 0; ti < labels.size(); ti++) {
                CoreLabel l = labels.get(ti);
                String word = l.originalText() != null ? l.originalText() : l.word();
                tokens.add(new Token(ti, word, l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
                        l.beginPosition(), l.endPosition()));
            }
            int begin = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(si, begin, end, text.substring(begin, end), tokens,
                    edges(cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), firstToken),
                    edges(cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), firstToken)));

            List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                continue;
            }
            for (CoreMap m : mentions) {
                int tb = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenOffset(cs);
                int te = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenOffset(cs);
                int mb = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null) {
                    timexes.add(new org.tidings.nlp.Timex(si, tb, te, mb, me, text.substring(mb, me),
                            timex.timexType(), timex.value(), modOf(timex)));
                } else if (type != null && !isNumeric(type)) {
                    entities.add(new EntityMention(si, tb, te, mb, me, text.substring(mb, me), type));
                }
            }
        }
        return new AnnotatedDocument(article, text, sentences, entities, timexes);
    }

    // Mentions carry document-wide token indexes; tokens here are indexed within their sentence.
    private static int sentenceTokenOffset(CoreMap sentence) {
        Integer offset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        return offset == null ? 0 : offset;
    }

    private static boolean isNumeric(String type) {
        return switch (type) {
            case "NUMBER", "ORDINAL", "PERCENT", "MONEY", "DATE", "TIME", "DURATION", "SET" -> true;
            default -> false;
        };
    }

    private static String modOf(Timex timex) {
        try {
            var xml = timex.toXmlElement();
            String mod = xml.getAttribute("mod");
            return mod == null || mod.isEmpty() ? null : mod;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<Dependency> edges(SemanticGraph graph, int firstToken) {
        if (graph == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            deps.add(new Dependency("root", -1, root.index() - firstToken));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - firstToken,
                    e.getDependent().index() - firstToken));
        }
        return deps;
    }
}
