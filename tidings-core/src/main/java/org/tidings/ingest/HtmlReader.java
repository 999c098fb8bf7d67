package org.tidings.ingest;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.extract.ExtractedPage;
import org.tidings.extract.PageExtractor;

/**
 * One HTML page, one article: decoded by BOM, else the HTTP or meta charset, else UTF-8 with windows-1252
 * repair; the article is taken out of the page by {@link PageExtractor}. The outlet is the page's site name,
 * else the URL's host.
 */
final class HtmlReader implements ArticleReader {

    private static final PageExtractor EXTRACTOR = new PageExtractor();
    private static final Pattern CANONICAL = Pattern.compile(
            "<link[^>]+rel\\s*=\\s*[\"']?canonical[\"']?[^>]*>|<meta[^>]+property\\s*=\\s*[\"']og:url[\"'][^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("(?:href|content)\\s*=\\s*[\"']([^\"']+)[\"']",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void read(Source source, Emitter out) throws IOException {
        byte[] bytes = source.readAll(source.limits().maxArticleBytes());
        out.article(page(bytes, null, null, false));
    }

    /**
     * The article of a page.
     *
     * @param httpCharset charset from an HTTP header, or null
     * @param url         where the page was fetched from, or null (then the page's canonical URL is used)
     * @param hostOutlet  name the outlet by the URL's host even when the page names its site
     */
    static Draft page(byte[] bytes, String httpCharset, String url, boolean hostOutlet) throws IOException {
        String declared = httpCharset != null ? httpCharset : Decoding.declaredHtmlCharset(bytes);
        String html = Decoding.decode(bytes, declared);
        if (url == null) {
            url = canonical(html);
        }
        ExtractedPage page = EXTRACTOR.extract(html, url);
        String pageUrl = page.url() != null && !page.url().isBlank() ? page.url() : url;
        String outlet = hostOutlet ? Texts.host(url != null ? url : pageUrl) : page.outlet();
        return new Draft(url != null ? url : pageUrl, outlet, page.title(), page.published(), page.body(),
                page.language(), page.authors());
    }

    private static String canonical(String html) {
        Matcher m = CANONICAL.matcher(html.length() > 4_000_000 ? html.substring(0, 4_000_000) : html);
        while (m.find()) {
            Matcher href = HREF.matcher(m.group());
            if (href.find() && href.group(1).matches("(?i)https?://.+")) {
                return org.jsoup.parser.Parser.unescapeEntities(href.group(1), true);
            }
        }
        return null;
    }
}
