package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    @TempDir
    Path dir;

    @Test
    void rss2ItemsAreArticles() {
        Path p = Collected.write(dir, "feed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>Valley Gazette</title>
                    <link>https://www.valley-gazette.test/</link>
                    <language>en-us</language>
                    <item>
                      <title>Council approves new bridge</title>
                      <link>https://www.valley-gazette.test/news/bridge</link>
                      <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
                      <description>Short teaser.</description>
                      <content:encoded><![CDATA[<p>The council voted <b>7 to 2</b> for the bridge.</p><p>Work starts in May.<br>It will take a year.</p><script>track()</script>]]></content:encoded>
                    </item>
                    <item>
                      <title>Teaser only</title>
                      <link>/news/teaser</link>
                      <description>&lt;p&gt;Markets were calm on Wednesday.&lt;/p&gt;</description>
                    </item>
                    <item>
                      <title>No text at all</title>
                    </item>
                  </channel>
                </rss>
                """);
        Collected c = Collected.read(p);
        assertEquals(2, c.articles.size(), c.failures.toString());
        Article a = c.articles.get(0);
        assertEquals("Council approves new bridge", a.title());
        assertEquals("The council voted 7 to 2 for the bridge.\n\nWork starts in May.\nIt will take a year.", a.body());
        assertEquals("https://www.valley-gazette.test/news/bridge", a.url());
        assertEquals("2024-03-05T08:30:00Z", a.published());
        assertEquals("Valley Gazette", a.outlet());
        assertEquals("en", a.language());
        assertEquals("item 1", a.origin().place());
        Article b = c.articles.get(1);
        assertEquals("Markets were calm on Wednesday.", b.body());
        assertEquals("https://www.valley-gazette.test/news/teaser", b.url());
        assertEquals(p + " item 3: empty article (no body text)", c.onlyFailure().toString());
        assertEquals("feed", c.reports.get(0).format());
    }

    @Test
    void atomEntriesAreArticles() {
        Path p = Collected.write(dir, "atom.feed", """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Mountain Wire</title>
                  <id>urn:x:wire</id>
                  <updated>2021-06-01T12:00:00Z</updated>
                  <entry>
                    <title>Avalanche warning raised</title>
                    <link href="https://wire.example.net/avalanche"/>
                    <id>urn:x:1</id>
                    <published>2021-06-01T10:00:00+02:00</published>
                    <updated>2021-06-01T11:00:00+02:00</updated>
                    <author><name>Mia Berg</name></author>
                    <content type="html">&lt;p&gt;The warning level was raised to four on Tuesday.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);
        Article a = Collected.read(p).only();
        assertEquals("Avalanche warning raised", a.title());
        assertEquals("The warning level was raised to four on Tuesday.", a.body());
        assertEquals("2021-06-01T08:00:00Z", a.published());
        assertEquals(List.of("Mia Berg"), a.authors());
        assertEquals("Mountain Wire", a.outlet());
        assertEquals("https://wire.example.net/avalanche", a.url());
    }

    @Test
    void brokenFeedFailsClearly() {
        Path p = Collected.write(dir, "broken.rss", "<rss version=\"2.0\"><channel><title>T</title><item><title>x</item>");
        Collected c = Collected.read(p);
        assertEquals(List.of(), c.articles);
        assertTrue(c.onlyFailure().reason().startsWith("not a readable RSS or Atom feed: "), c.onlyFailure().reason());
    }

    @Test
    void otherXmlIsNamed() {
        Path p = Collected.write(dir, "doc.xml", "<?xml version=\"1.0\"?>\n<!-- a note -->\n<TimeML><TEXT>x</TEXT></TimeML>");
        assertEquals("XML but not an RSS or Atom feed (root element <TimeML>)", Collected.read(p).onlyFailure().reason());
    }

    @Test
    void unknownXmlEncodingFails() {
        Path p = Collected.write(dir, "enc.xml", "<?xml version=\"1.0\" encoding=\"x-bogus-9\"?>\n<rss version=\"2.0\"><channel><title>T</title></channel></rss>");
        assertEquals("unknown declared encoding 'x-bogus-9'", Collected.read(p).onlyFailure().reason());
    }

    @Test
    void strayBytesInAUtf8FeedAreRepaired() {
        byte[] head = "<rss version=\"2.0\"><channel><title>W</title><item><title>Quote</title><description>He said ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = "enough\" and left.</description></item></channel></rss>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0x93; // a windows-1252 left quote in a UTF-8 file
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Article a = Collected.read(Collected.write(dir, "stray.rss", bytes)).only();
        assertEquals("He said \u201cenough\" and left.", a.body());
    }

    @Test
    void latin1FeedIsDecodedByItsDeclaration() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>Le Journal</title>"
                + "<item><title>\u00c9lections</title><description>Les \u00e9lecteurs ont vot\u00e9 dimanche dans le calme.</description></item>"
                + "</channel></rss>";
        Article a = Collected.read(Collected.write(dir, "fr.xml", xml.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).only();
        assertEquals("\u00c9lections", a.title());
        assertEquals("Les \u00e9lecteurs ont vot\u00e9 dimanche dans le calme.", a.body());
    }
}
