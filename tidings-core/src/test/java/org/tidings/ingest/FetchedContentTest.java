package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feeds and pages fetched from the web, read from memory: what a watch gets from the ingest stage. */
class FetchedContentTest {

    @Test
    void feedItemsKeepTheirKeyLinkAndOwnText() throws IOException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Post</title>
                  <item><title>Ferry strike ends</title><link>/news/ferry</link><guid>hp-101</guid>
                    <pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate>
                    <description>Ferry crews went back to work on Tuesday.</description></item>
                  <item><title>Link only</title><link>https://harbour-post.test/news/link-only</link></item>
                  <item><title>Text only</title><description>Markets were calm on Wednesday.</description></item>
                </channel></rss>
                """;
        List<FeedItem> items = ArticleSources.feedItems(rss.getBytes(StandardCharsets.UTF_8),
                "https://harbour-post.test/feed.xml", Collected.CLOCK);
        assertEquals(3, items.size());
        FeedItem ferry = items.get(0);
        assertEquals("hp-101", ferry.key());
        assertEquals("https://harbour-post.test/news/ferry", ferry.link(), "relative link against the feed URL");
        assertEquals("Ferry crews went back to work on Tuesday.", ferry.article().body());
        assertEquals("https://harbour-post.test/feed.xml item 1", ferry.article().origin().toString());
        assertEquals("2024-03-05T09:30:00Z", ferry.published());
        FeedItem linkOnly = items.get(1);
        assertEquals("https://harbour-post.test/news/link-only", linkOnly.key());
        assertNull(linkOnly.article(), "no text of its own");
        assertTrue(items.get(2).key().startsWith("sha:"), items.get(2).key());
    }

    @Test
    void aBrokenFeedSaysWhy() {
        IOException e = assertThrows(IOException.class, () -> ArticleSources.feedItems(
                "<rss><channel><item>".getBytes(StandardCharsets.UTF_8), "https://x.test/feed", Collected.CLOCK));
        assertTrue(e.getMessage().startsWith("not a readable RSS or Atom feed"), e.getMessage());
        IOException html = assertThrows(IOException.class, () -> ArticleSources.feedItems(
                "<?xml version=\"1.0\"?><html><body>moved</body></html>".getBytes(StandardCharsets.UTF_8),
                "https://x.test/feed", Collected.CLOCK));
        assertTrue(html.getMessage().contains("not an RSS or Atom feed (root element <html>)"), html.getMessage());
    }

    @Test
    void aPageIsAnArticleFromItsUrl() throws IOException {
        String html = """
                <html lang="en"><head><title>Ferry strike ends</title></head><body><article>
                <h1>Ferry strike ends</h1><p>Ferry crews went back to work on Tuesday after a week-long strike.</p>
                </article></body></html>
                """;
        Article a = ArticleSources.page(html.getBytes(StandardCharsets.UTF_8), "utf-8",
                "https://harbour-post.test/news/ferry", Collected.CLOCK).orElseThrow();
        assertEquals("Ferry strike ends", a.title());
        assertTrue(a.body().contains("week-long strike"), a.body());
        assertEquals("https://harbour-post.test/news/ferry", a.url());
        assertEquals("harbour-post.test", a.outlet());
        assertTrue(ArticleSources.page("<html><body></body></html>".getBytes(StandardCharsets.UTF_8), null,
                "https://harbour-post.test/empty", Collected.CLOCK).isEmpty());
    }
}
