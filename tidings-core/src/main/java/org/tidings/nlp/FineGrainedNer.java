package org.tidings.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's fine-grained NER ({@code ner.applyFineGrained}: CITY, COUNTRY, STATE_OR_PROVINCE, NATIONALITY,
 * TITLE, ...) from the same KBP gazetteers, with the same decisions, at a fraction of the cost.
 *
 * <p>CoreNLP runs the 586,000 gazetteer lines as TokensRegex patterns: every pattern triggered by a word of the
 * sentence, and the thousand patterns with no literal word (abbreviations such as {@code Calif\.?}) on every
 * sentence, each tried at every token with fresh matcher state. That was half the CPU of our whole pipeline.
 * Every gazetteer pattern is a fixed sequence of one-token patterns, so here the candidates at a token are
 * looked up by the token itself (or its first character, for the abbreviations) and checked directly.
 *
 * <p>What is kept from {@code TokensRegexNERAnnotator} with the default fine-grained settings: entries read
 * in file order with its duplicate rule; the caseless file matched ignoring case with its POS filter
 * {@code (NN|JJ|ADD).*} on at least one token (which CoreNLP applies to every match); a pattern is only
 * tried if a word of the sentence triggers it; non-overlapping matches chosen by priority, length, trigger
 * order and offset; the same rules for when an existing NER label may be overwritten. One difference: where
 * two overlapping matches tie on all of these within one trigger word, CoreNLP's choice depends on hash
 * order (it varies between runs); here the earlier gazetteer line wins.
 *
 * <p>Used as a CoreNLP custom annotator between {@code ner} (run without its fine-grained step and without
 * building mentions) and {@code entitymentions}. The gazetteer is loaded once per process.
 */
public final class FineGrainedNer implements Annotator {

    private static final Logger log = LoggerFactory.getLogger(FineGrainedNer.class);

    /** The annotator name to give CoreNLP ({@code customAnnotatorClass.<name>}). */
    static final String NAME = "tidingsfinener";

    private static final Pattern LITERAL = Pattern.compile("[^\\[\\]?.\\\\^$()*+{}|]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LIST = Pattern.compile("\\s*,\\s*");
    private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
    private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");
    // Hyphenated words CoreNLP's ner keeps apart ("Chicago-based").
    private static final Set<String> HYPHEN_EXCEPTIONS = Set.of("based", "area", "registered", "headquartered",
            "native", "born", "raised", "backed", "controlled", "owned", "resident", "trained", "educated");
    private static final int CASELESS_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static volatile Gazetteer gazetteer;

    private final Gazetteer g;

    /** The constructor CoreNLP calls for a custom annotator; the properties are not used. */
    public FineGrainedNer(String name, Properties props) {
        this.g = gazetteer();
    }

    private static Gazetteer gazetteer() {
        Gazetteer gz = gazetteer;
        if (gz == null) {
            synchronized (FineGrainedNer.class) {
                gz = gazetteer;
                if (gz == null) {
                    long start = System.nanoTime();
                    gz = new Gazetteer();
                    gz.read(DefaultPaths.DEFAULT_KBP_REGEXNER_CASELESS, true);
                    gz.read(DefaultPaths.DEFAULT_KBP_REGEXNER_CASED, false);
                    gz.finish();
                    log.info("fine-grained NER gazetteer: {} entries in {} ms", gz.entries.size(),
                            (System.nanoTime() - start) / 1_000_000);
                    gazetteer = gz;
                }
            }
        }
        return gz;
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences != null) {
            for (CoreMap sentence : sentences) {
                annotateSentence(sentence.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens != null) {
            for (CoreLabel token : tokens) {
                token.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, token.ner());
            }
        }
    }

    private void annotateSentence(List<CoreLabel> original) {
        List<CoreLabel> tokens = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        mergeHyphenated(original, tokens, spans);
        List<Match> matches = findNonOverlapping(tokens);
        for (Match m : matches) {
            if (validPos(tokens, m.start, m.end) && mayOverwrite(m.entry, tokens, m.start, m.end)) {
                for (int i = m.start; i < m.end; i++) {
                    tokens.get(i).setNER(m.entry.type);
                    int[] span = spans.get(i);
                    for (int j = span[0]; j < span[1]; j++) {
                        original.get(j).setNER(m.entry.type);
                    }
                }
            }
        }
    }

    /**
     * The tokens CoreNLP's ner annotator classifies and its fine-grained step matches: hyphenated words are one
     * token ("U.S.-led", "Al-Qaeda"), except before words such as "based" or "born". Each merged token is a
     * light copy (word, tag, label of its first token); {@code spans} gets the original tokens it covers.
     */
    private static void mergeHyphenated(List<CoreLabel> original, List<CoreLabel> merged, List<int[]> spans) {
        for (int i = 0; i < original.size(); i++) {
            CoreLabel t = original.get(i);
            int last = merged.size() - 1;
            CoreLabel prev = last >= 0 ? merged.get(last) : null;
            boolean join = false;
            if (prev != null && "".equals(prev.after()) && "-".equals(t.word())) {
                join = i + 1 < original.size() && !HYPHEN_EXCEPTIONS.contains(original.get(i + 1).word());
            } else if (prev != null && prev.word() != null && prev.word().endsWith("-") && "".equals(prev.after())
                    && !HYPHEN_EXCEPTIONS.contains(t.word())) {
                join = true;
            }
            if (join) {
                prev.setWord(prev.word() + t.word());
                prev.setAfter(t.after());
                spans.get(last)[1] = i + 1;
            } else {
                CoreLabel copy = new CoreLabel();
                copy.setWord(t.word());
                copy.setTag(t.tag());
                copy.setNER(t.ner());
                if (t.containsKey(CoreAnnotations.AfterAnnotation.class)) {
                    copy.setAfter(t.after());
                }
                merged.add(copy);
                spans.add(new int[] {i, i + 1});
            }
        }
    }

    /** All matches of all entries (each entry's own matches leftmost and apart), then the best that don't overlap. */
    private List<Match> findNonOverlapping(List<CoreLabel> tokens) {
        int n = tokens.size();
        String[] words = new String[n];
        Map<String, Integer> firstLower = new HashMap<>();
        Map<String, Integer> firstExact = new HashMap<>();
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).word();
            if (words[i] != null) {
                firstLower.putIfAbsent(words[i].toLowerCase(), i);
                firstExact.putIfAbsent(words[i], i);
            }
        }
        List<Match> all = new ArrayList<>();
        IdentityHashMap<Entry, Integer> lastEnd = new IdentityHashMap<>();
        List<Entry> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = words[i];
            if (w == null) {
                continue;
            }
            candidates.clear();
            String fold = fold(w);
            g.addTo(candidates, g.caselessFirst.get(fold));
            g.addTo(candidates, g.casedFirst.get(w));
            if (!w.isEmpty()) {
                g.addTo(candidates, g.regexFirst.get(fold.substring(0, 1)));
            }
            candidates.addAll(g.regexAnyFirst);
            for (Entry e : candidates) {
                Integer end = lastEnd.get(e);
                if (end != null && i < end || !e.matchesAt(words, i)) {
                    continue;
                }
                // CoreNLP tries a pattern only when some word of the sentence is its trigger word.
                long order;
                if (e.trigger == null) {
                    order = e.index;
                } else {
                    Integer first = e.caseless ? firstLower.get(e.trigger) : firstExact.get(e.trigger);
                    if (first == null) {
                        continue;
                    }
                    order = ((first + 1L) * 2 + (e.caseless ? 1 : 0)) * g.entries.size() + e.index;
                }
                all.add(new Match(e, i, i + e.tokens.length, order));
                lastEnd.put(e, i + e.tokens.length);
            }
        }
        if (all.isEmpty()) {
            return List.of();
        }
        all.sort(Match.BEST_FIRST);
        boolean[] taken = new boolean[n];
        List<Match> chosen = new ArrayList<>();
        for (Match m : all) {
            boolean free = true;
            for (int i = m.start; i < m.end && free; i++) {
                free = !taken[i];
            }
            if (free) {
                Arrays.fill(taken, m.start, m.end, true);
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt((Match m) -> m.start).thenComparingInt(m -> m.end));
        return chosen;
    }

    // CoreNLP applies the caseless file's POS pattern to every match: at least one token must be a noun or adjective.
    private static boolean validPos(List<CoreLabel> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String pos = tokens.get(i).tag();
            if (pos != null && VALID_POS.matcher(pos).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean mayOverwrite(Entry entry, List<CoreLabel> tokens, int start, int end) {
        boolean allLocation = true;
        for (int i = start; i < end && allLocation; i++) {
            String ner = tokens.get(i).ner();
            allLocation = "LOCATION".equals(ner) || "GPE".equals(ner);
        }
        if (allLocation) {
            return true;
        }
        int prevEnd = start - 1;
        int nextStart = end;
        String startNer = tokens.get(start).ner();
        String endNer = tokens.get(end - 1).ner();
        if (startNer != null && !g.labels.contains(startNer)) {
            while (prevEnd >= 0 && startNer.equals(tokens.get(prevEnd).ner())) {
                prevEnd--;
            }
        }
        if (endNer != null && !g.labels.contains(endNer)) {
            while (nextStart < tokens.size() && endNer.equals(tokens.get(nextStart).ner())) {
                nextStart++;
            }
        }
        if (prevEnd != start - 1 || nextStart != end) {
            return false; // the match cuts across an entity already found
        }
        if (startNer == null) {
            return true;
        }
        for (int i = start + 1; i < end; i++) {
            if (!startNer.equals(tokens.get(i).ner())) {
                return true;
            }
        }
        if (entry.overwritable.contains(startNer)) {
            return true;
        }
        return !NO_DEFAULT_OVERWRITE.contains(entry.type) && g.labels.contains(startNer);
    }

    /** Case folding under which two strings are equal exactly when {@link String#equalsIgnoreCase} says so. */
    static String fold(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = Character.toLowerCase(Character.toUpperCase(cs[i]));
        }
        return new String(cs);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class,
                CoreAnnotations.NamedEntityTagAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class);
    }

    /** One gazetteer line: a fixed sequence of token patterns and the label it gives. */
    private static final class Entry {
        final int index;
        final String[] tokens;
        final Pattern[] regexes; // null where the token is a literal word
        final boolean caseless;
        final String type;
        final Set<String> overwritable;
        final double priority;
        final String trigger; // the word (lower-cased if caseless) that makes CoreNLP try this pattern; null: always

        Entry(int index, String[] tokens, Pattern[] regexes, boolean caseless, String type, Set<String> overwritable,
                double priority, String trigger) {
            this.index = index;
            this.tokens = tokens;
            this.regexes = regexes;
            this.caseless = caseless;
            this.type = type;
            this.overwritable = overwritable;
            this.priority = priority;
            this.trigger = trigger;
        }

        boolean matchesAt(String[] words, int start) {
            if (start + tokens.length > words.length) {
                return false;
            }
            for (int k = 0; k < tokens.length; k++) {
                String w = words[start + k];
                if (w == null) {
                    return false;
                }
                Pattern p = regexes == null ? null : regexes[k];
                boolean ok = p != null ? p.matcher(w).matches()
                        : caseless ? tokens[k].equalsIgnoreCase(w) : tokens[k].equals(w);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Match(Entry entry, int start, int end, long order) {
        // Highest priority, then longest, then first triggered, then leftmost (weights are all zero).
        static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble((Match m) -> -m.entry.priority)
                .thenComparingInt(m -> -(m.end - m.start))
                .thenComparingLong(Match::order)
                .thenComparingInt(Match::start)
                .thenComparingInt(Match::end);
    }

    /** The entries of both gazetteer files, indexed by what their first token can be. */
    private static final class Gazetteer {
        final List<Entry> entries = new ArrayList<>();
        final Map<String, Object> caselessFirst = new HashMap<>(1 << 20);
        final Map<String, Object> casedFirst = new HashMap<>();
        final Map<String, Object> regexFirst = new HashMap<>();
        final List<Entry> regexAnyFirst = new ArrayList<>();
        final Set<String> labels = new HashSet<>();
        private final Map<List<String>, Entry> seen = new HashMap<>(1 << 20);
        private final Map<String, Pattern> compiled = new HashMap<>();
        private final Map<String, Set<String>> overwritableSets = new HashMap<>();

        void read(String resource, boolean caseless) {
            try (BufferedReader in = IOUtils.readerFromString(resource)) {
                int lineNo = 0;
                for (String line; (line = in.readLine()) != null; ) {
                    lineNo++;
                    String[] f = line.split("\t");
                    if (f.length < 2 || f.length > 5) {
                        throw new IllegalArgumentException(resource + " line " + lineNo + ": " + f.length + " columns");
                    }
                    add(f, caseless);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }

        private void add(String[] f, boolean caseless) {
            String pattern = f[0].trim();
            if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
                throw new IllegalArgumentException("TokensRegex entries are not supported: " + pattern);
            }
            String[] tokens = WHITESPACE.split(pattern);
            String type = f[1].trim();
            int comma = type.indexOf(',');
            if (comma > 0) {
                type = type.substring(0, comma).trim();
            }
            type = type.intern();
            Set<String> overwritable = f.length > 2
                    ? overwritableSets.computeIfAbsent(f[2].trim(), s -> Set.copyOf(Arrays.asList(LIST.split(s))))
                    : Set.of();
            double priority = f.length > 3 ? Double.parseDouble(f[3].trim()) : 0.0;
            if (f.length > 4 && Integer.parseInt(f[4].trim()) != 0) {
                throw new IllegalArgumentException("match groups are not supported: " + pattern);
            }
            List<String> key = new ArrayList<>(tokens.length);
            for (String t : tokens) {
                key.add(caseless ? t.toLowerCase() : t);
            }
            Entry old = seen.get(key);
            if (old != null && priority <= old.priority) {
                return; // CoreNLP keeps the first of duplicate lines unless the later one has a higher priority
            }
            Pattern[] regexes = null;
            String trigger = null;
            int triggerLength = -1;
            for (int k = 0; k < tokens.length; k++) {
                String t = tokens[k];
                if (LITERAL.matcher(t).matches()) {
                    int length = t.equals("-LRB-") || t.equals("-RRB-") ? 1 : t.length();
                    if (length > triggerLength) {
                        trigger = caseless ? t.toLowerCase() : t;
                        triggerLength = length;
                    }
                } else {
                    if (regexes == null) {
                        regexes = new Pattern[tokens.length];
                    }
                    int flags = caseless ? CASELESS_FLAGS : 0;
                    regexes[k] = compiled.computeIfAbsent(flags + "\t" + t, s -> Pattern.compile(t, flags));
                }
            }
            Entry e = new Entry(entries.size(), tokens, regexes, caseless, type, overwritable, priority,
                    trigger == null ? null : trigger.intern());
            entries.add(e);
            seen.put(key, e);
            labels.add(type);
            if (regexes == null || regexes[0] == null) {
                index(caseless ? caselessFirst : casedFirst, caseless ? fold(tokens[0]) : tokens[0], e);
            } else {
                String first = requiredFirstChar(tokens[0]);
                if (first == null) {
                    regexAnyFirst.add(e);
                } else {
                    index(regexFirst, first, e);
                }
            }
        }

        void finish() {
            seen.clear();
            compiled.clear();
            labels.add("O");
            labels.add("MISC");
        }

        // The folded first character every string matching the regex starts with, if that is plain to see.
        private static String requiredFirstChar(String regex) {
            if (regex.length() < 2 || regex.indexOf('|') >= 0 || !Character.isLetterOrDigit(regex.charAt(0))
                    || "?*{".indexOf(regex.charAt(1)) >= 0 || Character.isSurrogate(regex.charAt(0))) {
                return null;
            }
            return fold(regex.substring(0, 1));
        }

        @SuppressWarnings("unchecked")
        private static void index(Map<String, Object> map, String key, Entry e) {
            map.merge(key, e, (a, b) -> {
                if (a instanceof Entry first) {
                    List<Entry> list = new ArrayList<>(2);
                    list.add(first);
                    list.add((Entry) b);
                    return list;
                }
                ((List<Entry>) a).add((Entry) b);
                return a;
            });
        }

        @SuppressWarnings("unchecked")
        void addTo(List<Entry> out, Object indexed) {
            if (indexed instanceof Entry e) {
                out.add(e);
            } else if (indexed != null) {
                out.addAll((List<Entry>) indexed);
            }
        }
    }
}
