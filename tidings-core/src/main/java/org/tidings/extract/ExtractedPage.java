package org.tidings.extract;

import java.util.List;

/**
 * What a news page holds once the page around the article is taken away.
 *
 * @param url       canonical URL (or the URL it was fetched from), or null
 * @param title     the headline, without the site name
 * @param body      the article text only, paragraphs separated by blank lines
 * @param published publication date "YYYY-MM-DD" or a full ISO-8601 time, or null when not found
 * @param authors   bylines, possibly empty
 * @param language  ISO 639-1 code, or null
 * @param outlet    site name ("BBC News"), or null
 */
public record ExtractedPage(String url, String title, String body, String published, List<String> authors,
                            String language, String outlet) {

    public ExtractedPage {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
