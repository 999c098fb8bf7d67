package org.tidings.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news report as it came in: the unit every later stage works on.
 *
 * @param id         stable content hash (see {@link ArticleIds}); the same text always gets the same id
 * @param url        where the report was published, or null when unknown
 * @param outlet     who published it ("Yonhap", "bbc.co.uk"), or null when unknown
 * @param title      headline, may be empty
 * @param published  ISO-8601 publication time as precise as known: "2024-10-21",
 *                   "2024-10-21T10:07:57" (zone unknown) or "2024-10-21T10:07:57+09:00"; null when unknown
 * @param body       the article text, paragraphs separated by blank lines
 * @param language   ISO 639-1 code ("en"), or null when unknown
 * @param authors    bylines, possibly empty
 * @param origin     the file and the place in it the article was read from
 * @param ingestedAt when Tidings read it
 */
public record Article(
        String id,
        String url,
        String outlet,
        String title,
        String published,
        String body,
        String language,
        List<String> authors,
        Origin origin,
        Instant ingestedAt) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A bare piece of text written on the given day (null when unknown), as the measuring commands read it. */
    public static Article ofText(String text, LocalDate written) {
        return new Article(ArticleIds.of("", text), null, null, "", written == null ? null : written.toString(), text,
                "en", List.of(), new Origin("<text>", null), Instant.now());
    }

    /** The publication day, when the publication time is known. */
    public Optional<LocalDate> publicationDate() {
        if (published == null || published.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The publication time with its zone, when the zone is known. */
    public Optional<OffsetDateTime> publicationTime() {
        if (published == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(published));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The publication time on the local clock of the outlet, when a time of day is known. */
    public Optional<LocalDateTime> publicationLocalTime() {
        if (published == null || published.length() < 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(published.length() > 19 ? published.substring(0, 19) : published));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
