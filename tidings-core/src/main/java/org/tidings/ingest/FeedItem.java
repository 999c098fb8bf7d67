package org.tidings.ingest;

import java.util.Objects;

/**
 * One item of a feed fetched from the web, as a watch sees it: what identifies it, the page it links to, and its
 * own text.
 *
 * @param key       identifies the item in its feed from one fetch to the next: its guid or Atom id, else its link,
 *                  else the content hash of its text
 * @param link      the page the item links to (absolute), or null
 * @param title     the item's title, may be empty
 * @param published ISO-8601 publication time, or null
 * @param article   the item's own text (content, else description) as an article whose origin is the feed URL and
 *                  "item N", or null when the item carries no text
 */
public record FeedItem(String key, String link, String title, String published, Article article) {

    public FeedItem {
        Objects.requireNonNull(key, "key");
        title = title == null ? "" : title;
    }
}
