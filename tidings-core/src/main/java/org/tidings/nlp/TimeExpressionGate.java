package org.tidings.nlp;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;

/**
 * Lets SUTime see only the sentences that can hold a time expression.
 *
 * <p>SUTime tries its hundreds of token patterns at every token of every sentence; that was a quarter of our
 * pipeline's CPU. Yet every expression it finds contains a digit or one of a closed set of words: a unit of time,
 * a month, a weekday, a season, a part of the day, a holiday, a decade ("the nineties"), or a word such as
 * "today", "now", "recently" or "ago". (Its number finder also labels numbers in words, NUMBER and ORDINAL, so
 * those words let a sentence through too.) Many sentences of news text hold none, and SUTime can find nothing
 * there; for them the gate answers "no expressions" without running it. Where SUTime runs, it runs as
 * before, with the same document, so what it finds is unchanged. {@code TimeExpressionGateTest} compares the
 * timexes and NER labels with and without the gate.
 *
 * <p>Installed in the NER annotator of a CoreNLP pipeline by {@link #install}; the NER annotator keeps its SUTime
 * in fields without accessors, which are read and set reflectively once. If that fails (another CoreNLP version),
 * the pipeline runs without the gate, correct and slower.
 */
final class TimeExpressionGate implements TimeExpressionExtractor {

    private static final Logger log = LoggerFactory.getLogger(TimeExpressionGate.class);

    // Words a SUTime expression can be built on (besides numbers written in digits). Taken from what SUTime's
    // English rules (english.sutime.txt, defs.sutime.txt, english.holidays.sutime.txt) match, without the words
    // that only modify one of these ("last", "early", "the", number words): those never make an expression alone.
    private static final Set<String> WORDS = Set.of((""
            // units
            + "second seconds sec secs millisecond milliseconds minute minutes min mins hour hours hr hrs day days "
            + "daytime daytimes week weeks wk wks weekday weekdays weekend weekends workweek fortnight fortnights month "
            + "months mo mos quarter quarters year years yr yrs decade decades century centuries centurys millennium "
            + "millenium millennia millenia era eras ages moment time times "
            // months and weekdays, with their abbreviations
            + "january february march april may june july august september october november december jan feb mar "
            + "apr jun jul aug sep sept oct nov dec januarys februarys marchs aprils mays junes julys augusts "
            + "septembers octobers novembers decembers ides nones monday tuesday wednesday thursday friday saturday "
            + "sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays mon mons tue tues wed weds thu "
            + "thur thurs fri fris sat sats sun suns "
            // seasons and parts of the day
            + "spring summer autumn fall winter springs summers autumns falls winters morning mornings afternoon "
            + "afternoons evening evenings night nights tonight tonights tonite tonites nighttime nighttimes overnight "
            + "overnights noon noons midday middays midnight midnights dawn dawns dusk dusks daybreak daybreaks "
            + "daylight daylights sunrise sunrises sunset sunsets sundown sundowns sunup sunups twilight twilights "
            + "lunchtime lunchtimes dinnertime dinnertimes suppertime suppertimes teatime teatimes "
            // deictic and frequency words
            + "today todays tomorrow tomorrows yesterday yesterdays now nowadays currently current recently recent "
            + "lately presently present past future once ago earlier later latest latter previously formerly "
            + "daily weekly monthly yearly annually annual hourly nightly quarterly biannual biannually biennial "
            + "centennial medieval "
            // decades and holidays
            + "twenties thirties forties fifties sixties seventies eighties nineties teens noughts oughts "
            + "christmas xmas x-mas easter halloween thanksgiving valentine inauguration groundhog mayo memorial "
            + "columbus mlk eve birthday "
            // clock words and zones
            + "o'clock am pm a.m. p.m. zulu "
            // numbers in words: SUTime's number finder also gives NUMBER and ORDINAL labels ("one could argue")
            + "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            + "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
            + "hundreds thousand thousands million millions billion billions trillion trillions dozen dozens "
            + "first third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
            + "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth "
            + "seventieth eightieth ninetieth hundredth thousandth millionth billionth half halves").split(" "));

    private final TimeExpressionExtractor sutime;

    private TimeExpressionGate(TimeExpressionExtractor sutime) {
        this.sutime = sutime;
    }

    /** Whether a sentence holds a digit or one of the words a time expression is built on. */
    static boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return true;
                }
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".")) {
                lower = lower.substring(0, lower.length() - 1);
            }
            // "may" is a month only when written as one ("May 5" has its digit anyway).
            if (WORDS.contains(lower) && !w.equals("may")) {
                return true;
            }
            // The NER step joins hyphenated words into one token: "six-year", "mid-June", "year-long".
            if (lower.indexOf('-') >= 0) {
                for (String part : lower.split("-")) {
                    if (WORDS.contains(part) || part.equals("mid")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        if (!mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
            return new ArrayList<>();
        }
        return sutime.extractTimeExpressionCoreMaps(sentence, document);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
        if (!mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
            return new ArrayList<>();
        }
        return sutime.extractTimeExpressionCoreMaps(sentence, docDate);
    }

    @Override
    public void init(String name, Properties props) {
        sutime.init(name, props);
    }

    @Override
    public void init(Options options) {
        sutime.init(options);
    }

    @Override
    public void finalize(CoreMap document) {
        sutime.finalize(document);
    }

    /** Puts the gate before the SUTime of the pipeline's NER annotator; says whether it could. */
    static boolean install(StanfordCoreNLP pipeline) {
        try {
            Field f = sutimeField();
            Object nsc = numberClassifier(pipeline);
            if (nsc == null) {
                log.warn("no SUTime found in the NER annotator; time expressions are looked for in every sentence");
                return false;
            }
            Object current = f.get(nsc);
            if (current instanceof TimeExpressionExtractor t && !(current instanceof TimeExpressionGate)) {
                f.set(nsc, new TimeExpressionGate(t));
            }
            return f.get(nsc) instanceof TimeExpressionGate;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("could not put the time-expression gate before SUTime ({}); every sentence goes to SUTime", e.toString());
            return false;
        }
    }

    /** Whether the pipeline's SUTime sits behind the gate. */
    static boolean installed(StanfordCoreNLP pipeline) throws ReflectiveOperationException {
        Object nsc = numberClassifier(pipeline);
        return nsc != null && sutimeField().get(nsc) instanceof TimeExpressionGate;
    }

    private static Field sutimeField() throws ReflectiveOperationException {
        Field f = NumberSequenceClassifier.class.getDeclaredField("timexExtractor");
        f.setAccessible(true);
        return f;
    }

    /** The NER annotator's number and time classifier, which runs SUTime; null if it has none. */
    private static Object numberClassifier(StanfordCoreNLP pipeline) throws ReflectiveOperationException {
        @SuppressWarnings("unchecked")
        List<Annotator> annotators = (List<Annotator>) read(AnnotationPipeline.class, pipeline, "annotators");
        for (Annotator a : annotators) {
            if (a instanceof NERCombinerAnnotator) {
                NERClassifierCombiner ner = (NERClassifierCombiner) read(NERCombinerAnnotator.class, a, "ner");
                Object nsc = read(NERClassifierCombiner.class, ner, "nsc");
                return nsc instanceof NumberSequenceClassifier ? nsc : null;
            }
        }
        return null;
    }

    private static Object read(Class<?> owner, Object target, String field) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(target);
    }
}
