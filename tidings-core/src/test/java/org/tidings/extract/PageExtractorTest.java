package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

    private final PageExtractor extractor = new PageExtractor();

    private static final String P1 = "The harbour authority in Port Vell said on Tuesday that it would close the old"
            + " ferry terminal for repairs, after inspectors found cracks in two of its supporting piers.";
    private static final String P2 = "Ferries will use the northern quay until the work is finished, which the"
            + " authority expects to take about four months, according to a statement published on its website.";
    private static final String P3 = "Local traders, who depend on passengers walking past their stalls, asked the"
            + " city council for help, saying that the move would cut their sales by half during the summer.";

    /** A news page carrying one of each kind of boilerplate around a three-paragraph article. */
    private static String newsPage(String extraHead, String insideArticle) {
        return """
                <!DOCTYPE html>
                <html lang="en-GB"><head>
                <meta charset="utf-8">
                <title>Ferry terminal to close for repairs | The Harbour Gazette</title>
                <meta property="og:site_name" content="The Harbour Gazette">
                <link rel="canonical" href="https://gazette.example/news/ferry-terminal-repairs">
                %s
                </head><body>
                <div id="cookie-banner"><p>We use cookies to improve your experience. By continuing to browse you
                  accept our use of cookies, as explained in our privacy notice.</p><button>Accept</button></div>
                <header class="site-header"><a href="/">The Harbour Gazette</a></header>
                <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
                  <li><a href="/weather">Weather</a></li></ul></nav>
                <main>
                <article>
                  <h1>Ferry terminal to close for repairs</h1>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
                    <a href="#">Email this story</a></div>
                  <figure><img src="pier.jpg" alt=""><figcaption>The old terminal seen from the water.
                    Photo: Marta Vidal</figcaption></figure>
                  <div class="article-body">
                    <p>%s</p>
                    <div class="ad-slot"><p>Advertisement</p><p>Buy two ferry tickets, get the third one free
                      this week only at all our ticket offices.</p></div>
                    <p>%s</p>
                    %s
                    <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up to receive
                      our newsletter with the day's top stories, every morning at seven.</p></div>
                    <p>%s</p>
                    <span class="image-credit">Photograph by Marta Vidal for the Gazette</span>
                  </div>
                  <div class="related-articles"><h2>Related</h2><ul>
                    <li><a href="/a">New cruise terminal opens in the south harbour after two years</a></li>
                    <li><a href="/b">City council approves the budget for harbour works next year</a></li>
                    <li><a href="/c">Fishermen protest against the new quay fees at the port</a></li></ul></div>
                </article>
                <section id="comments" class="comments"><h2>3 comments</h2>
                  <div class="comment"><p>I have taken that ferry every day for twenty years, and the cracks
                    were visible to anyone who looked closely at the piers, so this is no surprise.</p>
                    <time datetime="2031-05-03">3 May 2031</time></div></section>
                </main>
                <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Storm warning for the coast this
                  weekend</a></li></ol></aside>
                <footer><p>© The Harbour Gazette. All rights reserved. Registered office in the old town.</p>
                  </footer>
                </body></html>
                """.formatted(extraHead, P1, P2, insideArticle, P3);
    }

    @Test
    void keepsTheArticleAndDropsEveryKindOfBoilerplate() {
        ExtractedPage page = extractor.extract(newsPage("", ""), "https://gazette.example/news/ferry");
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, page.body());
    }

    @Test
    void keepsHeadingsListsAndQuotesInsideTheArticle() {
        String inside = "<h2>What happens next</h2><ul><li>Repairs start in June and run for four months.</li>"
                + "<li>Ferries move to the northern quay.</li></ul>"
                + "<blockquote><p>We will not take risks with the safety of passengers.</p></blockquote>";
        ExtractedPage page = extractor.extract(newsPage("", inside), null);
        assertEquals(P1 + "\n\n" + P2 + "\n\nWhat happens next\n\nRepairs start in June and run for four months."
                + "\n\nFerries move to the northern quay.\n\nWe will not take risks with the safety of passengers."
                + "\n\n" + P3, page.body());
    }

    @Test
    void labelLinesInOtherLanguagesAndCategoryLinesAreDropped() {
        String inside = "<p>Iklan</p><p>Reklama</p><p>Filed under: Harbour, Transport</p><p>Tags: ferries, repairs</p>";
        ExtractedPage page = extractor.extract(newsPage("", inside), null);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, page.body());
    }

    @Test
    void readsMetadata() {
        String head = """
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                 "headline":"Ferry terminal to close for repairs","datePublished":"2031-05-02T09:30:00+02:00",
                 "dateModified":"2031-05-04T11:00:00+02:00",
                 "author":[{"@type":"Person","name":"Joan Puig"},{"@type":"Person","name":"Ada Roca"}],
                 "publisher":{"@type":"Organization","name":"Harbour Gazette Ltd"}}</script>""";
        ExtractedPage page = extractor.extract(newsPage(head, ""), "https://gazette.example/news/ferry?utm=x",
                LocalDate.of(2031, 5, 10));
        assertEquals("Ferry terminal to close for repairs", page.title());
        assertEquals("2031-05-02T09:30+02:00", page.published());
        assertEquals(List.of("Joan Puig", "Ada Roca"), page.authors());
        assertEquals("en", page.language());
        assertEquals("https://gazette.example/news/ferry-terminal-repairs", page.url());
        assertEquals("The Harbour Gazette", page.outlet());
    }

    @Test
    void titleLosesTheSiteNameWithoutOgTitle() {
        ExtractedPage page = extractor.extract(newsPage("", ""), null);
        assertEquals("Ferry terminal to close for repairs", page.title());
    }

    @Test
    void publicationDateFromMetaIgnoresTheModifiedOne() {
        String head = "<meta property=\"article:modified_time\" content=\"2031-06-01T10:00:00Z\">"
                + "<meta property=\"article:published_time\" content=\"2031-04-28\">";
        assertEquals("2031-04-28", extractor.extract(newsPage(head, ""), null, LocalDate.of(2031, 6, 2)).published());
    }

    @Test
    void aUtcTimeIsReadInTheSitesZone() {
        // 01:30 UTC on 2 May is still 1 May in New York (the page's own timestamps say -04:00).
        String head = "<meta property=\"article:published_time\" content=\"2031-05-02T01:30:00Z\">"
                + "<script>var slot = {\"shown\": \"2031-05-01T18:00:00-04:00\"};</script>";
        ExtractedPage page = extractor.extract(newsPage(head, ""), null, LocalDate.of(2031, 6, 1));
        assertEquals("2031-05-01T21:30-04:00", page.published());
    }

    @Test
    void publicationDateFromTheUrl() {
        ExtractedPage page = extractor.extract(newsPage("", ""), "https://gazette.example/2031/04/30/ferry-terminal",
                LocalDate.of(2031, 5, 10));
        assertEquals("2031-04-30", page.published());
    }

    @Test
    void publicationDateFromAVisibleDateLineNotFromAComment() {
        String html = newsPage("", "").replace("<h1>Ferry terminal to close for repairs</h1>",
                "<h1>Ferry terminal to close for repairs</h1><div class=\"article-date\">Published 29 April 2031,"
                        + " updated 2 May 2031</div>");
        ExtractedPage page = extractor.extract(html, null, LocalDate.of(2031, 5, 10));
        assertEquals("2031-04-29", page.published());
        assertFalse(page.body().contains("Published"));
    }

    @Test
    void aDateAfterTheCrawlIsNotBelieved() {
        String head = "<meta property=\"article:published_time\" content=\"2031-05-02\">";
        // The comment date (3 May 2031) must not be taken either; nothing plausible is left.
        assertNull(extractor.extract(newsPage(head, ""), null, LocalDate.of(2030, 1, 1)).published());
    }

    @Test
    void germanAndSpanishDatesWrittenOut() {
        String de = "<html lang=de><body><h1>Hafen</h1><p class=\"datum\">Veröffentlicht am 27. März 2031</p>"
                + "<p>" + P1 + "</p></body></html>";
        assertEquals("2031-03-27", extractor.extract(de, null, LocalDate.of(2031, 4, 1)).published());
        String es = "<html lang=es><body><h1>Puerto</h1><span class=\"fecha\">5 de abril de 2031</span>"
                + "<p>" + P1 + "</p></body></html>";
        assertEquals("2031-04-05", extractor.extract(es, null, LocalDate.of(2031, 4, 10)).published());
    }

    @Test
    void jsonLdArticleBodyWhenTheDomHasLittle() {
        String body = (P1 + " " + P2 + " " + P3).replace("'", "");
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\"" + body + "\"}</script></head><body><div id=\"app\"><p>Loading…</p></div>"
                + "</body></html>";
        assertEquals(body, extractor.extract(html, null).body());
    }

    @Test
    void brokenHtmlUnclosedTagsAndNoBody() {
        String html = "<html><title>Broken | Site</title><div class=content><p>" + P1 + "<p>" + P2
                + "<div><b>unclosed bold <i>and italic";
        ExtractedPage page = extractor.extract(html, null);
        assertTrue(page.body().startsWith(P1 + "\n\n" + P2), page.body());
        assertEquals("", extractor.extract("", null).body());
        assertEquals("", extractor.extract("<<<>>> not html at all &&&", null).body().replaceAll("[^a-z]", "")
                .replace("nothtmlatall", ""));
        assertEquals(P1, extractor.extract("<p>" + P1, null).body());
    }

    @Test
    void aTwentyMegabytePageIsHandled() {
        StringBuilder sb = new StringBuilder(21_000_000).append("<html><body><div class=\"article-body\">");
        int i = 0;
        while (sb.length() < 20_000_000) {
            sb.append("<div class=\"row\"><p>Paragraph ").append(i++).append(", ").append(P1).append("</p>");
            sb.append("<ul><li><a href=\"/l").append(i).append("\">link ").append(i).append("</a></li></ul></div>");
        }
        sb.append("</div></body></html>");
        long start = System.nanoTime();
        ExtractedPage page = extractor.extract(sb.toString(), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(page.body().startsWith("Paragraph 0, " + P1), page.body().substring(0, 200));
        assertTrue(page.body().contains("Paragraph " + (i - 1) + ", "));
        assertFalse(page.body().contains("link 7"));
        assertTrue(millis < 60_000, "took " + millis + " ms");
    }

    @Test
    void nonUtf8PageDecodedFromItsMetaCharset() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Café</title></head><body><p>"
                + "Le café du port a rouvert ses portes après l’été, à la grande joie des habitués du quartier.</p>"
                + "</body></html>";
        byte[] bytes = html.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ExtractedPage page = extractor.extract(PageDecoder.decode(bytes, null), null);
        assertEquals("Le café du port a rouvert ses portes après l’été, à la grande joie des habitués du quartier.",
                page.body());
        assertEquals("Café", page.title());
    }
}
