package org.tidings.store;

import java.time.LocalDate;

/**
 * Which stored articles to list. Every filter is optional (null = any).
 *
 * @param outlet   the outlet, compared case-insensitively
 * @param from     first publication day (inclusive); articles without a date are then left out
 * @param to       last publication day (inclusive)
 * @param title    words that must appear in the title (case-insensitive substring)
 * @param idPrefix the start of the article id
 * @param limit    at most this many, 0 for all
 * @param offset   skip this many first
 */
public record ArticleQuery(String outlet, LocalDate from, LocalDate to, String title, String idPrefix,
                           int limit, int offset) {

    public ArticleQuery {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    /** Every article, newest first. */
    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, null, null, 0, 0);
    }

    public ArticleQuery withOutlet(String value) {
        return new ArticleQuery(value, from, to, title, idPrefix, limit, offset);
    }

    public ArticleQuery withDates(LocalDate first, LocalDate last) {
        return new ArticleQuery(outlet, first, last, title, idPrefix, limit, offset);
    }

    public ArticleQuery withTitle(String words) {
        return new ArticleQuery(outlet, from, to, words, idPrefix, limit, offset);
    }

    public ArticleQuery withIdPrefix(String prefix) {
        return new ArticleQuery(outlet, from, to, title, prefix, limit, offset);
    }

    public ArticleQuery withLimit(int max, int skip) {
        return new ArticleQuery(outlet, from, to, title, idPrefix, max, skip);
    }
}
