package org.tidings.resolve;

import java.util.Objects;
import org.tidings.events.EventMention;

/**
 * One event mention with the article that tells it: the unit the resolver clusters.
 *
 * @param id        stable mention id: the article id, '-', the mention's position in the article
 * @param articleId the article
 * @param url       the article's url, or null
 * @param outlet    the article's outlet, or null
 * @param published the article's publication time (ISO-8601, as precise as known), or null
 * @param mention   the event mention
 */
public record Report(String id, String articleId, String url, String outlet, String published,
                     EventMention mention) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(mention, "mention");
    }
}
