package org.tidings.ingest;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finishes what readers find and hands it to the sink: cleans the body, gives each article its id, origin,
 * outlet and language, turns an empty body into a failure, and counts both for the file's report. Readers
 * set the place they are at, so a failure thrown out of a reader can still name it.
 */
final class Emitter {

    private final ArticleSink sink;
    private final String file;
    private final Clock clock;
    private String place;
    private int articles;
    private int failures;

    Emitter(ArticleSink sink, String file, Clock clock) {
        this.sink = sink;
        this.file = file;
        this.clock = clock;
    }

    /** Thrown when the sink itself fails: that is not bad input, so it must not be reported as such. */
    static final class SinkException extends RuntimeException {
        SinkException(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Rethrows sink failures from a reader's catch-all for one bad record. */
    static void rethrowSink(RuntimeException e) {
        if (e instanceof SinkException s) {
            throw s;
        }
    }

    void at(String where) {
        this.place = where;
    }

    String place() {
        return place;
    }

    int articles() {
        return articles;
    }

    int failures() {
        return failures;
    }

    /** Emits the article read at the current place, or a failure when it has no body. */
    void article(Draft d) {
        String body = Texts.cleanBody(d.body());
        String published = Dates.normalise(d.published());
        // A first line that is only a date is a dateline, not text (Wikinews, many news sites).
        int cut = body.indexOf('\n');
        String first = cut < 0 ? body : body.substring(0, cut);
        Matcher dateline = Dates.DATELINE.matcher(first.strip());
        if (cut > 0 && dateline.matches()) {
            body = body.substring(cut + 1).strip();
            if (published == null) {
                published = Dates.normalise(dateline.group(1));
            }
        }
        if (body.isEmpty()) {
            failure("empty article (no body text)");
            return;
        }
        String title = Texts.blankToNull(d.title());
        title = title == null ? "" : title;
        String url = Texts.blankToNull(d.url());
        String outlet = Texts.blankToNull(d.outlet());
        if (outlet == null) {
            outlet = Texts.host(url);
        }
        String language = Texts.languageCode(d.language());
        if (language == null) {
            language = Languages.guess(title + "\n" + body);
        }
        List<String> authors = d.authors() == null ? List.of()
                : d.authors().stream().map(Texts::blankToNull).filter(a -> a != null).distinct().toList();
        Article a = new Article(ArticleIds.of(title, body), url, outlet, title, published, body, language, authors,
                new Origin(file, place), clock.instant());
        try {
            sink.article(a);
        } catch (RuntimeException e) {
            throw new SinkException(e);
        }
        articles++;
    }

    /** The article a draft makes at a place, or empty when it has no body text (then there is nothing to report). */
    static java.util.Optional<Article> one(Draft d, String file, String place, Clock clock) {
        Article[] made = new Article[1];
        Emitter e = new Emitter(new ArticleSink() {
            @Override
            public void article(Article article) {
                made[0] = article;
            }

            @Override
            public void failure(ReadFailure failure) {
                // an empty draft: the caller sees the empty result
            }
        }, file, clock);
        e.at(place);
        e.article(d);
        return java.util.Optional.ofNullable(made[0]);
    }

    /** Reports that the current place could not be read. */
    void failure(String reason) {
        failure(place, reason);
    }

    void failure(String where, String reason) {
        try {
            sink.failure(new ReadFailure(new Origin(file, where), reason));
        } catch (RuntimeException e) {
            throw new SinkException(e);
        }
        failures++;
    }
}
