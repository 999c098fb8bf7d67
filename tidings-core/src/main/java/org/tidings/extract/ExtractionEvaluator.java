package org.tidings.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Scores extraction the way the article-extraction benchmark does: word 4-gram shingles of the body against the
 * ground-truth articleBody (tokens are runs of word characters, counted with multiplicity), precision averaged
 * over pages with a non-empty prediction, recall over pages with a non-empty truth, F1 from those two means;
 * and publication dates by exact-day accuracy (a page without a gold date is right when none is predicted).
 */
public final class ExtractionEvaluator {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page's body result. tp/fp/fn are shingle counts. */
    public record PageScore(String id, double tp, double fp, double fn, String error) {
        public double precision() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Benchmark-level body scores. */
    public record BodyScore(int pages, double precision, double recall, double f1, double accuracy,
                            List<PageScore> perPage) {
    }

    /** One page's date result. */
    public record DateResult(String url, String file, String gold, String predicted, boolean correct) {
    }

    /** Exact-day accuracy over all gold pages. */
    public record DateScore(int pages, int correct, double accuracy, List<DateResult> perPage) {
    }

    private final PageExtractor extractor;

    public ExtractionEvaluator(PageExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * @param groundTruth the benchmark's ground-truth.json: id -> {articleBody, url}
     * @param htmlDir     folder of {@code <id>.html.gz} (or {@code <id>.html}) pages
     */
    public BodyScore scoreBodies(Path groundTruth, Path htmlDir) throws IOException {
        JsonNode gold = JSON.readTree(groundTruth.toFile());
        List<PageScore> pages = new ArrayList<>();
        List<Double> accuracies = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String truth = e.getValue().path("articleBody").asText("");
            String url = e.getValue().path("url").asText(null);
            String predicted = "";
            String error = null;
            try {
                Path file = htmlDir.resolve(id + ".html.gz");
                if (!Files.exists(file)) {
                    file = htmlDir.resolve(id + ".html");
                }
                predicted = extractor.extract(PageDecoder.decode(readPage(file), null), url).body();
            } catch (IOException | RuntimeException ex) {
                error = id + ": " + ex;
            }
            double[] c = shingleCounts(truth, predicted);
            pages.add(new PageScore(id, c[0], c[1], c[2], error));
            accuracies.add(tokenize(truth).equals(tokenize(predicted)) ? 1.0 : 0.0);
        }
        return bodyScore(pages, accuracies);
    }

    static BodyScore bodyScore(List<PageScore> pages, List<Double> accuracies) {
        double p = 0;
        double r = 0;
        int np = 0;
        int nr = 0;
        for (PageScore s : pages) {
            if (s.tp + s.fp > 0) {
                p += s.precision();
                np++;
            }
            if (s.tp + s.fn > 0) {
                r += s.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double acc = accuracies.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new BodyScore(pages.size(), precision, recall, f1, acc, pages);
    }

    /**
     * @param gold     gold.json: url -> {file, date}
     * @param pagesDir folder holding the files it names
     */
    public DateScore scoreDates(Path gold, Path pagesDir) throws IOException {
        JsonNode g = JSON.readTree(gold.toFile());
        List<DateResult> results = new ArrayList<>();
        int correct = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = g.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String url = e.getKey();
            String file = e.getValue().path("file").asText();
            JsonNode d = e.getValue().get("date");
            String goldDate = d == null || d.isNull() ? null : d.asText();
            String predicted = null;
            try {
                predicted = extractor.extract(PageDecoder.decode(readPage(pagesDir.resolve(file)), null), url)
                        .published();
            } catch (IOException | RuntimeException ex) {
                predicted = null;
            }
            String day = predicted == null || predicted.length() < 10 ? predicted : predicted.substring(0, 10);
            boolean ok = goldDate == null ? day == null : goldDate.equals(day);
            if (ok) {
                correct++;
            }
            results.add(new DateResult(url, file, goldDate, predicted, ok));
        }
        return new DateScore(results.size(), correct, results.isEmpty() ? 0 : (double) correct / results.size(),
                results);
    }

    /** Reads a page file, un-gzipping {@code .gz} files. */
    public static byte[] readPage(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        if (raw.length > 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
                in.transferTo(out);
                return out.toByteArray();
            }
        }
        return raw;
    }

    /** True positives, false positives and false negatives of word 4-gram shingles, with multiplicity. */
    public static double[] shingleCounts(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        return new double[] {tp, fp, fn};
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokenize(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        // Like the benchmark: a text of fewer than four tokens is one short shingle; an empty one has none.
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!sh.isEmpty()) {
                counts.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Runs of word characters as Python's {@code \w} defines them: letters, numbers and the underscore. */
    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean w = isWordChar(cp);
            if (w && start < 0) {
                start = i;
            } else if (!w && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Helper for callers that already hold predictions: id -> body. */
    public static BodyScore scoreBodies(Map<String, String> truth, Function<String, String> predicted) {
        List<PageScore> pages = new ArrayList<>();
        List<Double> acc = new ArrayList<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String p = predicted.apply(e.getKey());
            double[] c = shingleCounts(e.getValue(), p == null ? "" : p);
            pages.add(new PageScore(e.getKey(), c[0], c[1], c[2], null));
            acc.add(tokenize(e.getValue()).equals(tokenize(p)) ? 1.0 : 0.0);
        }
        return bodyScore(pages, acc);
    }
}
