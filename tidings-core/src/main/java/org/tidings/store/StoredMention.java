package org.tidings.store;

import org.tidings.events.EventMention;

/**
 * An event mention as stored, with the article it was told in.
 *
 * @param id        stable id of the mention: the article id, '-', its position in the article
 * @param articleId the article
 * @param url       the article's url, or null
 * @param outlet    the article's outlet, or null
 * @param published the article's publication time, or null
 * @param mention   the event mention
 */
public record StoredMention(String id, String articleId, String url, String outlet, String published,
                            EventMention mention) {
}
