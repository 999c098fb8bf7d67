package org.tidings.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from an HTML page: body text, headline, publication date, authors, language, canonical URL
 * and outlet. Thread-safe; one instance can serve many threads.
 *
 * <pre>{@code
 * ExtractedPage page = new PageExtractor().extract(html, "https://example.com/news/2020/03/27/story");
 * }</pre>
 */
public final class PageExtractor {

    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022»/]+\\s+");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|von|par|por|di|door|av|af)\\s+");

    /** Extracts with today as the latest plausible publication date. */
    public ExtractedPage extract(String html, String url) {
        return extract(html, url, null);
    }

    /**
     * @param html      the page, already decoded (see {@link PageDecoder})
     * @param url       where it was fetched from, or null; used for relative links and dates in the path
     * @param crawlDate when it was fetched, or null for today: no publication date after it is believed
     */
    public ExtractedPage extract(String html, String url, LocalDate crawlDate) {
        Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
        JsonLd ld = JsonLd.of(doc);
        String language = language(doc, ld);
        String outlet = outlet(doc, ld);
        String title = title(doc, ld, outlet);
        String canonical = canonical(doc, url);
        List<String> authors = authors(doc, ld);
        String published = new DateFinder(doc, html == null ? "" : html, url == null ? canonical : url, ld, crawlDate, language).find();
        String ldBody = ld.text("articleBody", false);
        String body = new BodyExtractor().extract(doc);
        body = preferStructuredBody(body, ldBody);
        return new ExtractedPage(canonical, title, body, published, authors, language, outlet);
    }

    /**
     * The JSON-LD articleBody replaces the DOM text only when the DOM found much less: it is often truncated,
     * stale or padded, and it carries no paragraph breaks.
     */
    private static String preferStructuredBody(String body, String ldBody) {
        if (ldBody == null) {
            return body;
        }
        String clean = Jsoup.parse(ldBody).text().strip();
        if (clean.contains("<") && clean.contains(">")) {
            return body;
        }
        int ldWords = words(clean);
        int domWords = words(body);
        if (ldWords >= 50 && domWords < 0.5 * ldWords) {
            String withBreaks = ldBody.contains("\n") ? ldBody.strip().replaceAll("\\s*\n\\s*", "\n\n") : clean;
            return Jsoup.parse(withBreaks).wholeText().strip().isEmpty() ? clean : withBreaks;
        }
        return body;
    }

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static String meta(Document doc, String... keys) {
        for (String key : keys) {
            for (Element m : doc.select("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]")) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String language(Document doc, JsonLd ld) {
        String lang = null;
        Element html = doc.selectFirst("html");
        if (html != null && !html.attr("lang").isBlank()) {
            lang = html.attr("lang");
        } else if (html != null && !html.attr("xml:lang").isBlank()) {
            lang = html.attr("xml:lang");
        }
        if (lang == null) {
            Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = m != null ? m.attr("content") : null;
        }
        if (lang == null || lang.isBlank()) {
            lang = meta(doc, "og:locale");
        }
        if (lang == null || lang.isBlank()) {
            lang = ld.text("inLanguage", true);
        }
        if (lang == null) {
            return null;
        }
        String code = lang.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    private static String outlet(Document doc, JsonLd ld) {
        String site = meta(doc, "og:site_name", "application-name");
        if (site == null) {
            site = ld.publisher();
        }
        if (site == null) {
            // A Twitter handle is the last resort: "@Example" names the outlet, less well.
            String handle = meta(doc, "twitter:site");
            site = handle == null ? null : handle.replaceFirst("^@", "");
        }
        return site == null || site.isBlank() ? null : site.strip();
    }

    /** The headline: og:title or JSON-LD headline, else {@code <title>} less the site name, checked against h1. */
    private static String title(Document doc, JsonLd ld, String outlet) {
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : h1.text().strip();
        List<String> candidates = new ArrayList<>();
        String og = meta(doc, "og:title", "twitter:title");
        if (og != null) {
            candidates.add(og);
        }
        String headline = ld.text("headline", false);
        if (headline != null) {
            candidates.add(headline);
        }
        if (!doc.title().isBlank()) {
            candidates.add(doc.title());
        }
        for (String c : candidates) {
            String t = stripSiteName(Jsoup.parse(c).text().strip(), outlet, h1Text);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return h1Text == null || h1Text.isEmpty() ? null : h1Text;
    }

    static String stripSiteName(String title, String outlet, String h1) {
        if (h1 != null && !h1.isEmpty() && title.startsWith(h1)) {
            return h1;
        }
        String[] parts = TITLE_SEPARATORS.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (outlet != null) {
            String o = outlet.toLowerCase(Locale.ROOT);
            if (last.toLowerCase(Locale.ROOT).contains(o) || o.contains(last.toLowerCase(Locale.ROOT))) {
                return title.substring(0, title.lastIndexOf(last)).replaceFirst("\\s*[|\\-\u2013\u2014:\u00b7\u2022»/]+\\s*$", "").strip();
            }
            if (first.toLowerCase(Locale.ROOT).contains(o) || o.contains(first.toLowerCase(Locale.ROOT))) {
                return title.substring(title.indexOf(first) + first.length()).replaceFirst("^\\s*[|\\-\u2013\u2014:\u00b7\u2022»/]+\\s*", "").strip();
            }
        }
        // Without a known site name, a short last part after " | " is the site's.
        if (last.split("\\s+").length <= 4 && first.split("\\s+").length >= 3 && title.contains(" | ")) {
            return title.substring(0, title.lastIndexOf(" | ")).strip();
        }
        return title;
    }

    private static String canonical(Document doc, String url) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            String href = link.absUrl("href");
            if (!href.isEmpty()) {
                return href;
            }
            if (link.attr("href").startsWith("http")) {
                return link.attr("href");
            }
        }
        String og = meta(doc, "og:url");
        if (og != null && og.startsWith("http")) {
            return og;
        }
        return url == null || url.isBlank() ? null : url;
    }

    private static List<String> authors(Document doc, JsonLd ld) {
        Set<String> names = new LinkedHashSet<>();
        for (String a : ld.authors()) {
            addAuthor(names, a);
        }
        if (names.isEmpty()) {
            String m = meta(doc, "author", "article:author", "sailthru.author", "parsely-author", "dc.creator");
            if (m != null) {
                for (String a : m.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
                    addAuthor(names, a);
                }
            }
        }
        if (names.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], .byline__name, .author-name")) {
                addAuthor(names, e.text());
                if (names.size() >= 5) {
                    break;
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static void addAuthor(Set<String> names, String raw) {
        if (raw == null) {
            return;
        }
        String a = BY.matcher(raw.strip()).replaceFirst("").strip();
        if (a.isEmpty() || a.startsWith("http") || a.length() > 80 || a.contains("@") && !a.contains(" ")) {
            return;
        }
        names.add(a);
    }
}
