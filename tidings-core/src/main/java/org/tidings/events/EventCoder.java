package org.tidings.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorEntry;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Dateline;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;

/**
 * Codes events - who did what to whom - from the dependency parses of an article and its coded actors.
 *
 * <p>A verb with its frame (object, particle, complement clause, prepositions) is looked up in the pattern
 * dictionary; the most specific pattern gives the PLOVER type, mode and CAMEO code. The source comes from the
 * subject (or the passive agent), the target from the places the pattern names. A verb inside the complement of
 * a coded verb ("threatened to attack") is not coded again. Negation, modality, future intent and reported
 * speech are read from the clause chain above the verb. Mentions of the same event in one article are merged.
 *
 * <p>This class is the coder's public face and its article-level passes (tributes, earlier events); each sentence
 * is coded by a {@link SentenceCoder}, which wires the package-private parts that do the work.
 */
public final class EventCoder {
    // Types whose act is aimed at someone: told with no one named as its target, a coercion or a threat was nearly
    // always mis-read on our gold articles (7 of 9 such predictions were wrong), so such a half dyad is not coded.
    // (Assaults and promises stay: "North Korea fired two missiles", "Egypt pledged to keep the crossing open".)
    private static final Set<String> AIMED = Set.of("COERCE", "THREATEN");

    private static final Logger log = LoggerFactory.getLogger(EventCoder.class);

    // read by the per-sentence parts
    final Ontology ontology;
    final PatternDictionary patterns;

    private EventCoder(Ontology ontology, PatternDictionary patterns) {
        this.ontology = ontology;
        this.patterns = patterns;
    }

    private static volatile EventCoder defaults;

    /** The coder with the built-in ontology and pattern dictionary (loaded once). */
    public static EventCoder defaults() {
        EventCoder c = defaults;
        if (c == null) {
            synchronized (EventCoder.class) {
                c = defaults;
                if (c == null) {
                    Ontology o = Ontology.defaults();
                    c = new EventCoder(o, PatternDictionary.load("patterns.txt", o));
                    log.info("event coder: {} pattern entries", c.patterns.size());
                    defaults = c;
                }
            }
        }
        return c;
    }

    /** The events of a document, one per event told (repeated tellings merged). */
    public List<EventMention> code(AnnotatedDocument doc, List<ActorMention> actors) {
        return codeEvents(doc, actors).stream().map(CodedEvent::best).toList();
    }

    /** The events of a document with every telling kept as evidence. */
    public List<CodedEvent> codeEvents(AnnotatedDocument doc, List<ActorMention> actors) {
        return Consolidation.consolidate(codeMentions(doc, actors));
    }

    /**
     * Receives the coder's decisions verb by verb, for explaining its output ({@code tidings explain}). Only
     * called when a trace is given, so coding without one costs nothing extra.
     */
    public interface Trace {
        /** The patterns of a verb's lemma that were tried, those that matched, and the one chosen (or null). */
        void tried(int sentence, int token, String lemma, List<String> tried, List<String> matched, String chosen);

        /** A verb whose pattern matched but gave no event, and why. */
        void rejected(int sentence, int token, String pattern, String reason);

        /** An event coded (before its date, place and sources are set). */
        void coded(EventMention mention);
    }

    /** Every telling of an event, sentence by sentence, before consolidation. */
    public List<EventMention> codeMentions(AnnotatedDocument doc, List<ActorMention> actors) {
        return codeMentions(doc, actors, null);
    }

    /** As {@link #codeMentions(AnnotatedDocument, List)}, reporting each decision to {@code trace} (may be null). */
    public List<EventMention> codeMentions(AnnotatedDocument doc, List<ActorMention> named, Trace trace) {
        Objects.requireNonNull(doc, "doc");
        List<ActorMention> actors = outsideDateline(doc, named);
        String datelineCountry = datelineCountry(doc, named);
        List<EventMention> out = new ArrayList<>();
        List<Syntax> read = new ArrayList<>(); // each sentence's syntax, built once (null for an empty sentence)
        for (Sentence s : doc.sentences()) {
            if (s.tokens().isEmpty()) {
                read.add(null);
                continue;
            }
            List<ActorMention> here = CountryPairs.withPairs(s, withNationalities(doc, s,
                    actors.stream().filter(a -> a.sentence() == s.index()).toList()), actors);
            Syntax syn = new Syntax(s);
            here = QuoteSpeakers.withSpeakers(doc, syn, read, here, actors);
            read.add(syn);
            out.addAll(new SentenceCoder(this, doc, syn, here, datelineCountry, trace).code());
        }
        for (EventMention tribute : Tributes.tributes(doc, actors, this)) {
            // a tribute told by a verb of praise is coded already (by the same speaker)
            if (out.stream().noneMatch(m -> m.type().equals("SUPPORT") && m.evidence() != null
                    && m.evidence().sentence() == tribute.evidence().sentence()
                    && m.source().stream().anyMatch(a -> tribute.source().stream()
                            .anyMatch(b -> PhraseActors.overlaps(a, b) || Objects.equals(a.code(), b.code()))))) {
                out.add(tribute);
                if (trace != null) {
                    trace.coded(tribute);
                }
            }
        }
        out.sort(Comparator.comparingInt(m -> m.evidence() == null ? -1 : m.evidence().sentence()));
        List<EventMention> told = EarlierEvents.reactions(doc,
                EarlierEvents.victimsOfAttacks(doc, EarlierEvents.answersToRequests(
                        EarlierEvents.mournedAbroad(out, actors)), actors));
        List<EventMention> kept = new ArrayList<>();
        for (EventMention m : told) {
            EventMention each = EarlierEvents.hasItsOtherSide(m) ? MutualActs.eachWithTheOther(m) : null;
            if (each != null && each.target().isEmpty() && AIMED.contains(each.type())) {
                if (trace != null && m.evidence() != null) {
                    trace.rejected(m.evidence().sentence(), m.evidence().triggerToken(), m.pattern(),
                            "a coercion or threat aimed at no one named (half a dyad)");
                }
            } else if (each != null) {
                kept.add(each);
            } else if (trace != null && m.evidence() != null) {
                trace.rejected(m.evidence().sentence(), m.evidence().triggerToken(), m.pattern(),
                        EarlierEvents.privateAffair(m) ? "goodwill between private people, no news of states"
                                : "no other side found in the article");
            }
        }
        return kept;
    }

    /** The country of the dateline's place ("CAPE TOWN, South Africa (AP) _"), or null. */
    private static String datelineCountry(AnnotatedDocument doc, List<ActorMention> actors) {
        for (Sentence s : doc.sentences().subList(0, Math.min(3, doc.sentences().size()))) {
            Optional<Dateline> d = s.text() == null ? Optional.empty() : Dateline.of(s.text());
            if (d.isPresent()) {
                int end = s.begin() + d.get().end();
                return actors.stream().filter(a -> a.sentence() == s.index() && a.begin() < end
                        && a.country() != null && !"MED".equals(a.sector())).map(ActorMention::country)
                        .findFirst().orElse(null);
            }
        }
        return null;
    }

    /** "ISTANBUL, Turkey (AP) _ Some 1,500 ethnic Albanians marched": the dateline's place is no party to the news. */
    private static List<ActorMention> outsideDateline(AnnotatedDocument doc, List<ActorMention> actors) {
        int[] dateline = doc.sentences().stream().mapToInt(Dateline::tokensOf).toArray();
        return actors.stream().filter(a -> a.sentence() < 0 || a.sentence() >= dateline.length
                || a.tokenBegin() >= dateline[a.sentence()]).toList();
    }

    /**
     * Nationality and country words the actor coder left uncoded ("rejected an Indian proposal", "Israeli army
     * bulldozers") are looked up in its knowledge base, so that they can stand for their country as an actor.
     */
    private static List<ActorMention> withNationalities(AnnotatedDocument doc, Sentence s, List<ActorMention> actors) {
        List<ActorMention> out = null;
        List<Token> toks = s.tokens();
        LocalDate day = doc.article() == null ? null : doc.article().publicationDate().orElse(null);
        for (int i = 0; i < toks.size(); i++) {
            String ner = toks.get(i).ner();
            if (!ner.equals("NATIONALITY") && !ner.equals("COUNTRY")) {
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && toks.get(j).ner().equals(ner)) {
                j++;
            }
            final int b = i;
            final int e = j;
            i = j - 1;
            if (actors.stream().anyMatch(a -> a.tokenBegin() < e && b < a.tokenEnd())
                    || ActorCoder.inPlaceName(toks, b, e)) {
                continue;
            }
            String text = s.span(b, e);
            Optional<ActorEntry> entry = ActorCoder.defaults().lookup(text, day == null ? LocalDate.now() : day);
            if (entry.isEmpty() || entry.get().country() == null) {
                continue;
            }
            ActorEntry en = entry.get();
            if (out == null) {
                out = new ArrayList<>(actors);
            }
            out.add(new ActorMention(s.index(), b, e, toks.get(b).begin(), toks.get(e - 1).end(), text, en.name(),
                    en.country(), null, en.country(), en.id(), "events:uncoded-" + ner.toLowerCase(Locale.ROOT)));
        }
        return out == null ? actors : out;
    }

    /**
     * The one place where an event mention is put together. Date, place and attribution come from stages that
     * are not wired in here yet: the date falls back on the publication date, the place is unknown, and the
     * certainty and sources are what this coder reads from the sentence itself.
     */
    EventMention assemble(AnnotatedDocument doc, String type, String mode, String cameo, List<ActorMention> source,
                          List<ActorMention> target, String certainty, List<String> reportedBy,
                          EventMention.Quantity quantity, EventMention.Evidence evidence, String pattern) {
        String published = doc.article() == null ? null
                : doc.article().publicationDate().map(Object::toString).orElse(null);
        EventMention.EventDate date = new EventMention.EventDate(published, "publication", null);
        return new EventMention(type, mode, cameo, ontology.goldstein(cameo), source, target, date, null, certainty,
                reportedBy, quantity, evidence, pattern);
    }
}
