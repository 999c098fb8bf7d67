package org.tidings.nlp;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's neural dependency parser ({@code depparse}, the English UD model) with the same parses at a lower
 * cost.
 *
 * <p>The parser's model, feature templates and transition system are CoreNLP's own; what is ours is the scoring of
 * each transition and what is kept afterwards. In CoreNLP's annotator the network's output layer is a series of
 * dot products, each a chain of dependent additions the processor cannot overlap, and the products of features
 * outside the model's precomputed set go through one cache under a lock shared by all threads; it also builds
 * five dependency graphs a sentence, of which we read two. Here all output scores (and four hidden units at a time)
 * are summed side by side, each in the same order and precision as CoreNLP sums it, so every score is the same
 * number to the last bit and every parse is the same; the cache takes no lock; and only the basic and enhanced++
 * graphs are built. {@code DependencyParseTest} compares the parses with CoreNLP's.
 *
 * <p>The model's weights are read from the loaded {@link DependencyParser}; five of its fields have no accessor and
 * are read reflectively once, at load.
 */
public final class DependencyParse implements Annotator {

    private static final Logger log = LoggerFactory.getLogger(DependencyParse.class);

    /** The annotator name to give CoreNLP ({@code customAnnotatorClass.<name>}). */
    static final String NAME = "tidingsparse";

    // Hidden-layer products of features outside the model's precomputed set (1,000 floats each), shared by the
    // threads: about 400 MB when full, then emptied (a product is the same whenever it is computed). The 171
    // articles of wikinews-2019 fill 73,000 entries; a cold cache costs the parser about half again its time.
    private static final int CACHE_ENTRIES = 100_000;

    private static volatile Model model;

    private final Model m;

    /** The constructor CoreNLP calls for a custom annotator; the properties are not used. */
    public DependencyParse(String name, Properties props) {
        this.m = model();
    }

    private static Model model() {
        Model md = model;
        if (md == null) {
            synchronized (DependencyParse.class) {
                md = model;
                if (md == null) {
                    md = new Model(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()));
                    model = md;
                }
            }
        }
        return md;
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        for (CoreMap sentence : sentences) {
            GrammaticalStructure gs = parse(sentence);
            SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                    GrammaticalStructure.Extras.NONE, null);
            SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(gs,
                    SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhanced);
        }
    }

    /** The transition loop of CoreNLP's parser: at each step the best-scoring transition that can apply. */
    GrammaticalStructure parse(CoreMap sentence) {
        ArcStandard system = m.system;
        Configuration c = system.initialConfiguration(sentence);
        int[] features = new int[m.numTokens];
        double[] hidden = new double[m.hiddenSize];
        double[] scores = new double[m.numLabels];
        while (!system.isTerminal(c)) {
            List<Integer> f = m.parser.getFeatures(c);
            for (int i = 0; i < features.length; i++) {
                features[i] = f.get(i);
            }
            score(features, hidden, scores);
            double best = Double.NEGATIVE_INFINITY;
            String chosen = null;
            for (int j = 0; j < scores.length; j++) {
                if (scores[j] > best) {
                    String t = m.transitions.get(j);
                    if (system.canApply(c, t)) {
                        best = scores[j];
                        chosen = t;
                    }
                }
            }
            system.apply(c, chosen);
        }
        return structure(sentence, c);
    }

    /** The network's forward pass, with CoreNLP's arithmetic. */
    private void score(int[] features, double[] hidden, double[] scores) {
        Arrays.fill(hidden, 0);
        int offset = 0;
        for (int j = 0; j < features.length; j++) {
            int tok = features[j];
            int index = tok * m.numTokens + j;
            int saved = m.savedRow(index);
            if (saved >= 0) {
                double[] row = m.saved[saved];
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += row[i];
                }
            } else {
                float[] slice = cachedSlice(index, tok, offset);
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += slice[i];
                }
            }
            offset += m.embeddingSize;
        }
        float[] b1 = m.b1;
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        outputLayer(m.W2T, hidden, scores);
    }

    private float[] cachedSlice(int index, int tok, int offset) {
        Map<Integer, float[]> c = m.cache;
        float[] slice = c.get(index);
        if (slice == null) {
            slice = slice(m.W1, m.E[tok], offset);
            if (c.size() >= CACHE_ENTRIES) {
                c.clear();
            }
            c.put(index, slice);
        }
        return slice;
    }

    /**
     * W2 times the hidden layer. Each score is summed from the first hidden unit to the last in double precision,
     * as CoreNLP's dot product sums it, so it is the same number to the last bit; but the sums run side by side,
     * one hidden unit at a time across all rows of W2 (held transposed), which the JIT turns into vector
     * instructions: three to four times faster than one row after another.
     */
    static void outputLayer(double[][] w2t, double[] h, double[] scores) {
        Arrays.fill(scores, 0);
        int rows = scores.length;
        for (int k = 0; k < h.length; k++) {
            double x = h[k];
            double[] column = w2t[k];
            for (int r = 0; r < rows; r++) {
                scores[r] += x * column[r];
            }
        }
    }

    /**
     * The hidden-layer product of one embedding: for each hidden unit the float products summed in double and
     * rounded to float, as CoreNLP's {@code matrixMultiplySlice} does, four units at a time.
     */
    static float[] slice(float[][] w1, float[] e, int offset) {
        int units = w1.length;
        int n = e.length;
        float[] out = new float[units];
        int u = 0;
        for (; u + 4 <= units; u += 4) {
            float[] a = w1[u], b = w1[u + 1], c = w1[u + 2], d = w1[u + 3];
            double sa = 0, sb = 0, sc = 0, sd = 0;
            for (int k = 0; k < n; k++) {
                float x = e[k];
                sa += a[offset + k] * x;
                sb += b[offset + k] * x;
                sc += c[offset + k] * x;
                sd += d[offset + k] * x;
            }
            out[u] = (float) sa;
            out[u + 1] = (float) sb;
            out[u + 2] = (float) sc;
            out[u + 3] = (float) sd;
        }
        for (; u < units; u++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += w1[u][offset + k] * e[k];
            }
            out[u] = (float) s;
        }
        return out;
    }

    /** The parse as CoreNLP's {@code DependencyParser.predict} hands it on: a UD grammatical structure. */
    private static GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        for (int i = 1; i <= c.getSentenceSize(); i++) {
            int head = c.getHead(i);
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
            dependencies.add(new TypedDependency(relation, headWord, word));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation r = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return r != null ? r : new GrammaticalRelation(Language.UniversalEnglish, label, null,
                GrammaticalRelation.DEPENDENT);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    /** The loaded parser and its weights, shared by all threads (read only). */
    private static final class Model {
        final DependencyParser parser;
        final ArcStandard system;
        final List<String> transitions;
        final float[][] W1;
        final double[][] W2T;
        final float[][] E;
        final float[] b1;
        final double[][] saved;
        final Map<Integer, float[]> cache = new ConcurrentHashMap<>(1 << 16);
        final int numTokens;
        final int embeddingSize;
        final int hiddenSize;
        final int numLabels;
        // feature index -> row of saved, -1 when not precomputed; indexed directly (no boxing)
        private final int[] savedRows;

        @SuppressWarnings("unchecked")
        Model(DependencyParser parser) {
            long start = System.nanoTime();
            this.parser = parser;
            Classifier classifier = (Classifier) read(DependencyParser.class, parser, "classifier");
            Object sys = read(DependencyParser.class, parser, "system");
            if (!(sys instanceof ArcStandard arc)) {
                throw new IllegalStateException("unexpected parsing system " + sys.getClass().getName());
            }
            this.system = arc;
            this.transitions = List.copyOf((List<String>) read(ParsingSystem.class, system, "transitions"));
            this.W1 = classifier.getW1();
            // W2 transposed and widened to double (exact) for the output layer's vectorised sums.
            float[][] w2 = classifier.getW2();
            this.W2T = new double[w2[0].length][w2.length];
            for (int r = 0; r < w2.length; r++) {
                for (int k = 0; k < w2[r].length; k++) {
                    W2T[k][r] = w2[r][k];
                }
            }
            this.E = classifier.getE();
            this.b1 = classifier.getb1();
            this.saved = (double[][]) read(Classifier.class, classifier, "saved");
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) read(Classifier.class, classifier, "preMap");
            this.embeddingSize = E[0].length;
            this.hiddenSize = W1.length;
            this.numTokens = W1[0].length / embeddingSize;
            this.numLabels = w2.length;
            this.savedRows = new int[E.length * numTokens];
            Arrays.fill(savedRows, -1);
            preMap.forEach((feature, row) -> savedRows[feature] = row);
            log.debug("dependency model ready in {} ms: {} words, {} transitions, {} precomputed", (System.nanoTime()
                    - start) / 1_000_000, E.length, transitions.size(), preMap.size());
        }

        int savedRow(int index) {
            return savedRows[index];
        }

        private static Object read(Class<?> owner, Object target, String field) {
            try {
                Field f = owner.getDeclaredField(field);
                f.setAccessible(true);
                return f.get(target);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("CoreNLP's dependency parser has no readable field '" + field
                        + "' (a CoreNLP version this class was not written for?)", e);
            }
        }
    }
}
