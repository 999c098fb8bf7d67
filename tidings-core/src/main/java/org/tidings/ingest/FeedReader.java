package org.tidings.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds through Rome: each item is an article. The item's HTML content (or, when
 * there is none, its description) becomes text; the item link is the URL, its publication (else update) time the
 * publication time, in UTC as Rome gives it; the feed title is the outlet. Rome parses a feed whole, so a feed
 * is capped in size ({@link Limits#maxFeedBytes()}). Feeds fetched by a watch are read item by item
 * ({@link #items}), each item with its key and link.
 */
final class FeedReader implements ArticleReader {

    @Override
    public void read(Source source, Emitter out) throws IOException {
        byte[] bytes = source.readAll(source.limits().maxFeedBytes(), "for a feed, which is parsed whole");
        SyndFeed feed;
        try {
            feed = parse(bytes);
        } catch (InputException e) {
            out.failure(e.getMessage());
            return;
        }
        String outlet = feed.getTitle();
        String language = feed.getLanguage();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            out.at("item " + n);
            try {
                out.article(entry(entry, outlet, language, feed, null));
            } catch (RuntimeException e) {
                Emitter.rethrowSink(e);
                out.failure("unreadable feed item: " + e);
            }
        }
        if (n == 0) {
            out.at(null);
            out.failure("feed has no items");
        }
    }

    /**
     * The items of a feed fetched from {@code feedUrl}, each with its own text as an article when it has any.
     * Relative item links resolve against the feed's link, else against the feed URL.
     */
    static List<FeedItem> items(byte[] bytes, String feedUrl, java.time.Clock clock) throws IOException {
        SyndFeed feed = parse(bytes);
        List<FeedItem> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            Draft d;
            try {
                d = entry(entry, feed.getTitle(), feed.getLanguage(), feed, feedUrl);
            } catch (RuntimeException e) {
                throw new InputException("unreadable feed item " + n + ": " + e, e);
            }
            Article article = Emitter.one(d, feedUrl, "item " + n, clock).orElse(null);
            String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip()
                    : d.url() != null ? d.url()
                    : article != null ? "sha:" + article.id() : "title:" + d.title();
            items.add(new FeedItem(key, d.url(), d.title(), article != null ? article.published()
                    : Dates.normalise(d.published()), article));
        }
        return items;
    }

    /** Parses a whole feed; the exception's message says what is wrong in words a user understands. */
    static SyndFeed parse(byte[] bytes) throws IOException {
        // decoded here rather than by the XML parser, so that stray bytes in a UTF-8 feed do not sink it
        String xml = Decoding.decode(bytes, Decoding.declaredXmlEncoding(bytes));
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            return input.build(new java.io.StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            String root = rootElement(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 16 * 1024)));
            boolean otherXml = root != null && !root.equalsIgnoreCase("rss") && !root.equalsIgnoreCase("feed")
                    && !root.equalsIgnoreCase("rdf:RDF");
            throw new InputException(otherXml ? "XML but not an RSS or Atom feed (root element <" + root + ">)"
                    : "not a readable RSS or Atom feed: " + reason(e), e);
        }
    }

    private static Draft entry(SyndEntry entry, String outlet, String language, SyndFeed feed, String feedUrl) {
        String body = "";
        for (SyndContent c : entry.getContents()) {
            String text = content(c);
            if (text.length() > body.length()) {
                body = text;
            }
        }
        if (body.isEmpty() && entry.getDescription() != null) {
            body = content(entry.getDescription());
        }
        String url = entry.getLink();
        if (url == null && entry.getUri() != null && entry.getUri().matches("(?i)https?://.+")) {
            url = entry.getUri();
        }
        String base = feed.getLink() != null ? feed.getLink() : feedUrl;
        if (url != null && base != null && !url.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            url = java.net.URI.create(base).resolve(url).toString();
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        List<String> authors = new ArrayList<>();
        for (SyndPerson p : entry.getAuthors()) {
            if (p.getName() != null) {
                authors.add(p.getName());
            }
        }
        if (authors.isEmpty() && entry.getAuthor() != null) {
            authors.add(entry.getAuthor());
        }
        String title = entry.getTitle() == null ? "" : Texts.htmlToText(entry.getTitle());
        return new Draft(url, outlet, title, date == null ? null : Dates.iso(date.toInstant()), body, language,
                authors);
    }

    private static String content(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return "";
        }
        String type = c.getType() == null ? "" : c.getType();
        return type.equals("text") || type.equals("text/plain") ? Texts.cleanBody(c.getValue())
                : Texts.htmlToText(c.getValue());
    }

    private static final java.util.regex.Pattern ROOT = java.util.regex.Pattern.compile("<([A-Za-z_][\\w:.-]*)");

    /** The name of the first element, skipping the XML declaration, comments and DOCTYPE. */
    private static String rootElement(byte[] head) {
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceAll("(?s)<!--.*?-->", "");
        java.util.regex.Matcher m = ROOT.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (t != e && t.getMessage() != null && !msg.contains(t.getMessage())) {
            msg += " (" + t.getMessage() + ")";
        }
        return msg;
    }
}
