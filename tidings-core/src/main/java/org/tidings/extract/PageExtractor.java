package org.tidings.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from an HTML page: body text, title and publication metadata.
 *
 * <p>First version: paragraphs of the {@code <article>} element (or of the whole body), title from
 * og:title or {@code <title>}, date from the article:published_time meta tag or a {@code <time>} element.
 */
public final class PageExtractor {

    public ExtractedPage extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : root.select("p")) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        String title = meta(doc, "og:title");
        if (title == null) {
            title = doc.title();
        }
        String published = meta(doc, "article:published_time");
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            published = time == null ? null : time.attr("datetime");
        }
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        return new ExtractedPage(url, title, String.join("\n\n", paragraphs), published, List.of(),
                lang.isEmpty() ? null : lang.substring(0, Math.min(2, lang.length())), meta(doc, "og:site_name"));
    }

    private static String meta(Document doc, String property) {
        Element m = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return m == null || m.attr("content").isBlank() ? null : m.attr("content").strip();
    }
}
