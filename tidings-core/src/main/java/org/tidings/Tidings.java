package org.tidings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.tidings.actors.ActorCoder;
import org.tidings.actors.ActorMention;
import org.tidings.attribution.Attribution;
import org.tidings.attribution.Attributor;
import org.tidings.events.CodedArticle;
import org.tidings.events.CodedEvent;
import org.tidings.events.Consolidation;
import org.tidings.events.EventCoder;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;
import org.tidings.nlp.Timex;
import org.tidings.places.PlaceFinder;
import org.tidings.time.EventDater;
import org.tidings.time.TimeNormalizer;

/**
 * The front door of the library: runs every stage on one article and returns what it found.
 *
 * <pre>{@code
 * CodedArticle coded = Tidings.defaults().process(article);
 * coded.events().forEach(e -> System.out.println(e.type() + " " + e.source() + " -> " + e.target()));
 * }</pre>
 *
 * <p>Stages: CoreNLP analysis, news-aware time normalisation, actor coding, event coding; then each event
 * mention gets its own date, place and attribution, and repeated tellings in the article are merged.
 * Thread-safe: one instance serves all threads of a process.
 */
public final class Tidings {

    // What the event coder reads from the clause itself outranks what the attribution around it says.
    // Acts dated this many years before the report are the story's background.
    private static final int BACKGROUND_YEARS = 2;
    private static final Set<String> CLAUSE_CERTAINTIES = Set.of("negated", "planned", "hypothetical");
    // Deeds done where they are told to happen, unlike words, which are said wherever their speaker is.
    private static final Set<String> ON_THE_SPOT = Set.of("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID");

    private static volatile Tidings defaults;

    private final NlpPipeline nlp;
    private final ActorCoder actors;
    private final EventCoder events;
    private final EventDater dater = new EventDater();
    private final Attributor attributor = new Attributor();
    private final PlaceFinder places = new PlaceFinder();

    public Tidings(NlpPipeline nlp, ActorCoder actors, EventCoder events) {
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The pipeline with the built-in knowledge base and patterns, made on first use. */
    public static Tidings defaults() {
        Tidings t = defaults;
        if (t == null) {
            synchronized (Tidings.class) {
                t = defaults;
                if (t == null) {
                    t = new Tidings(NlpPipeline.shared(), ActorCoder.defaults(), EventCoder.defaults());
                    defaults = t;
                }
            }
        }
        return t;
    }

    /** A pipeline with another actor coder (user dictionaries), sharing the loaded models. */
    public Tidings withActors(ActorCoder actorCoder) {
        return new Tidings(nlp, actorCoder, events);
    }

    public CodedArticle process(Article article) {
        return code(analyse(article));
    }

    /** The linguistic analysis alone (the costly part), with news-aware time expressions. */
    public AnnotatedDocument analyse(Article article) {
        AnnotatedDocument analysed = nlp.annotate(article);
        List<Timex> timexes = TimeNormalizer.normalize(analysed);
        return new AnnotatedDocument(article, analysed.text(), analysed.sentences(), analysed.entities(), timexes);
    }

    /** Codes the actors and events of an analysed article, each event with its date, place and sources. */
    public CodedArticle code(AnnotatedDocument doc) {
        List<ActorMention> actorMentions = actors.code(doc);
        List<EventMention> merged = codeEvents(doc, actorMentions).stream().map(CodedEvent::best).toList();
        return new CodedArticle(doc, actorMentions, merged);
    }

    /**
     * The events of an analysed article with every telling kept: the same event told twice in the article is one
     * {@link CodedEvent} whose mentions keep their own dates and certainty (the announcement of a deployment,
     * planned, and the deployment itself, reported).
     */
    public List<CodedEvent> codeEvents(AnnotatedDocument doc, List<ActorMention> actorMentions) {
        List<EventMention> told = new ArrayList<>();
        Optional<EventMention.Place> story = places.storyPlace(doc);
        for (EventMention m : events.codeMentions(doc, actorMentions)) {
            EventMention situated = situate(doc, actorMentions, story, m);
            if (!background(doc, situated)) {
                told.add(situated);
            }
        }
        return Consolidation.consolidate(told);
    }

    /** The coded actors of an analysed article. */
    public List<ActorMention> codeActors(AnnotatedDocument doc) {
        return actors.code(doc);
    }

    /**
     * Whether a telling is background, not news: an act the text dates two or more years before the report ("in
     * 2017, Conyers resigned"), or one only supposed and aimed at no one ("a ban might work in London").
     */
    private boolean background(AnnotatedDocument doc, EventMention m) {
        if ("hypothetical".equals(m.certainty()) && m.target().isEmpty()) {
            return true;
        }
        LocalDate published = doc.article() == null ? null : doc.article().publicationDate().orElse(null);
        EventMention.EventDate date = m.date();
        if (published == null || date == null || !"text".equals(date.basis()) || date.value() == null
                || !date.value().matches("\\d{4}.*") || m.evidence() == null
                || published.getYear() - Integer.parseInt(date.value().substring(0, 4)) < BACKGROUND_YEARS) {
            return false;
        }
        // only a date the act's own clause gives it; one borrowed from nearby is a guess
        return dater.datesTheAct(doc, doc.timexes(), m.evidence().sentence(), m.evidence().triggerToken());
    }

    /** Whether every source of a report is one of the event's own doers. */
    private static boolean toldByItsDoer(List<String> reportedBy, List<ActorMention> source) {
        return !reportedBy.isEmpty() && reportedBy.stream().allMatch(r -> source.stream()
                .anyMatch(a -> r.equalsIgnoreCase(a.name()) || r.equalsIgnoreCase(a.text())));
    }

    /** Gives a mention its date, place, sources and certainty from the text around it. */
    private EventMention situate(AnnotatedDocument doc, List<ActorMention> actorMentions,
                                 Optional<EventMention.Place> story, EventMention m) {
        EventMention.Evidence ev = m.evidence();
        if (ev == null) {
            return m;
        }
        EventMention.EventDate date = dater.date(doc, doc.timexes(), ev.sentence(), ev.triggerToken());
        EventMention.Place place = places.locate(doc, ev.sentence(), ev.triggerToken()).orElse(m.location());
        if (place == null && (ON_THE_SPOT.contains(m.type())
                || m.source().stream().anyMatch(a -> "JUD".equals(a.sector())))) {
            // "The attacker was shot dead by police", "the judge sentenced him": a deed or a court's act told
            // without its place was done where the story happens, when one of its sides is of that place's country
            place = story.filter(p -> Stream.concat(m.source().stream(), m.target().stream())
                    .anyMatch(a -> p.country().equals(a.country()))).orElse(null);
        }
        Attribution attribution = attributor.attribute(doc, actorMentions, ev.sentence(), ev.triggerToken());
        String certainty = CLAUSE_CERTAINTIES.contains(m.certainty()) ? m.certainty() : attribution.certainty();
        List<String> reportedBy = attribution.reportedBy().isEmpty() ? m.reportedBy() : attribution.reportedBy();
        if (Attributor.REPORTED.equals(certainty) && toldByItsDoer(reportedBy, m.source())) {
            certainty = Attributor.ASSERTED; // "Clinton said he had ordered the strikes": the doer asserts its own act
        }
        return new EventMention(m.type(), m.mode(), m.cameo(), m.goldstein(), m.source(), m.target(),
                date == null ? m.date() : date, place, certainty, reportedBy, m.quantity(), ev, m.pattern());
    }
}
