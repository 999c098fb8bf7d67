package org.tidings.search;

/**
 * One ranked result.
 *
 * @param score     BM25 score
 * @param id        article id
 * @param title     headline
 * @param outlet    outlet, or null
 * @param published publication time as stored, or null
 * @param url       url, or null
 * @param snippet   the best passages of the body, matches marked «like this», passages joined by " … "
 */
public record SearchHit(float score, String id, String title, String outlet, String published, String url,
                        String snippet) {

    /** Marks put around matched words in snippets. */
    public static final String MARK_OPEN = "«";
    public static final String MARK_CLOSE = "»";
}
