package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.ingest.Article;
import org.tidings.store.ArticleQuery;
import org.tidings.store.Store;

/**
 * {@code tidings watch --once} against a news site and a webhook receiver on loopback ports, run again and again as
 * cron would: each run is a new watcher on the same data directory. The articles are short reports of real events,
 * written for these tests. CoreNLP loads once for the test JVM.
 */
class WatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static final NewsSite.Item SUMMONS = new NewsSite.Item("wire-1001",
            "South Korea summons Russian ambassador", "/news/2024/10/21/seoul-summons-russian-ambassador",
            "Mon, 21 Oct 2024 06:00:00 GMT", "Seoul protests over North Korean troops in Russia.");
    private static final NewsSite.Page SUMMONS_PAGE = new NewsSite.Page("Harbour Post",
            "South Korea summons Russian ambassador over North Korean troops", "2024-10-21T15:00:00+09:00", List.of(
            "South Korea's foreign ministry summoned the Russian ambassador on Monday over the deployment of North "
                    + "Korean troops to Russia.",
            "Vice Foreign Minister Kim Hong-kyun demanded the immediate withdrawal of the troops."));

    private static final NewsSite.Item ENVOY = new NewsSite.Item("wire-1002", "Seoul calls in Moscow's envoy",
            "/news/2024/10/21/seoul-calls-in-moscow-envoy", "Mon, 21 Oct 2024 09:30:00 GMT",
            "Russia's ambassador called in over military cooperation with Pyongyang.");
    private static final NewsSite.Page ENVOY_PAGE = new NewsSite.Page("Eastern Ledger",
            "Seoul calls in Moscow's envoy", "2024-10-21T18:30:00+09:00", List.of(
            "Seoul called in Russia's ambassador Georgy Zinoviev on Monday to protest against Moscow's military "
                    + "cooperation with Pyongyang."));

    // Its page is for members only, and robots.txt keeps crawlers out: the item's own text must do.
    private static final NewsSite.Item LIMA = new NewsSite.Item("wire-1003", "Ishiba and Xi meet in Lima",
            "/members/2024/11/15/ishiba-xi-lima", "Fri, 15 Nov 2024 23:00:00 GMT",
            "Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping in Lima on Friday.");
    private static final NewsSite.Page LIMA_PAGE = new NewsSite.Page("Harbour Post", "Ishiba and Xi meet in Lima",
            "2024-11-15T18:00:00-05:00", List.of("A page no crawler may read, however newsworthy."));

    @Test
    void newItemsAreIngestedOnceAcrossRestartsAndAMatchingEventIsDeliveredOnce() throws Exception {
        Path data = tmp.resolve("data");
        try (NewsSite site = new NewsSite(); WebhookReceiver hook = new WebhookReceiver()) {
            String feed = site.url("/feed.xml");
            String[] watch = {"--data", data.toString(), "watch", "--once", "--host-interval", "50ms",
                    "--alert-types", "ACCUSE", "--alert-country", "KOR", "--alert-min-reports", "2",
                    "--webhook", hook.url(), feed};

            site.add(SUMMONS, SUMMONS_PAGE);
            CliRun first = CliRun.of(watch);
            assertEquals(0, first.exitCode(), first.err());
            assertTrue(first.out().contains(feed + ": 1 item, 1 new: 1 stored (1 from their page, 0 from the item's "
                    + "text)"), first.out());
            Article summons = only(data, "Harbour Post");
            assertTrue(summons.body().contains("Kim Hong-kyun"), "the page's text, not the item's: " + summons.body());
            assertEquals(site.url(SUMMONS.path()), summons.url());
            assertEquals(0, hook.calls.size(), "one report does not make the alert's two");

            CliRun unchanged = CliRun.of(watch);
            assertEquals(0, unchanged.exitCode(), unchanged.err());
            assertTrue(unchanged.out().contains(feed + ": not modified"), unchanged.out());
            assertEquals(1, site.notModified.get(), "the feed answered 304 to the ETag it gave");
            assertEquals(1, site.ifNoneMatch.size());

            site.add(ENVOY, ENVOY_PAGE);
            site.add(LIMA, LIMA_PAGE);
            CliRun later = CliRun.of(watch);
            assertEquals(0, later.exitCode(), later.err());
            assertTrue(later.out().contains(feed + ": 3 items, 2 new: 2 stored (1 from their page, 1 from the item's "
                    + "text)"), later.out());
            assertEquals(1, site.requests(SUMMONS.path()), "a page taken before is not fetched again");
            assertEquals(0, site.requests(LIMA.path()), "robots.txt keeps the watch out of /members/");
            assertEquals(3, articles(data).size());

            // The second report makes the summons an event of two reports: the alert fires, the receiver says 500
            // first, and the retry delivers it.
            assertEquals(2, hook.calls.size(), hook.calls.toString());
            assertEquals(List.of(500, 200), hook.calls.stream().map(WebhookReceiver.Call::answered).toList());
            assertEquals(hook.calls.get(0).delivery(), hook.calls.get(1).delivery(), "the same delivery, tried again");
            JsonNode delivered = JSON.readTree(hook.calls.get(1).body());
            JsonNode event = delivered.get("event");
            assertEquals("ACCUSE", event.get("type").asText());
            assertEquals(2, event.get("reports").asInt());
            assertEquals(List.of("Eastern Ledger", "Harbour Post"), sorted(event.get("outlets")));
            assertTrue(event.get("mentions").get(0).get("sentence").asText().contains("ambassador"), event.toString());
            assertTrue(later.out().contains("1 new matching event, 1 delivered"), later.out());

            // Once more, as after a restart: the feed has not changed, nothing is taken, nothing delivered again.
            CliRun again = CliRun.of(watch);
            assertEquals(0, again.exitCode(), again.err());
            assertEquals(2, site.notModified.get());
            assertEquals(3, articles(data).size());
            assertEquals(2, hook.calls.size(), "delivered once");
            assertEquals(1, site.requests(ENVOY.path()));
        }
    }

    @Test
    void aPageRobotsTxtForbidsIsNotFetchedAndTheItemsOwnTextIsStored() throws Exception {
        Path data = tmp.resolve("data");
        try (NewsSite site = new NewsSite()) {
            site.add(LIMA, LIMA_PAGE);
            CliRun run = CliRun.of("--data", data.toString(), "watch", "--once", "--host-interval", "10ms",
                    "--alert-stdout", "--alert-types", "CONSULT", site.url("/feed.xml"));
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(1, site.requests("/robots.txt"));
            assertEquals(0, site.requests(LIMA.path()), "disallowed for every crawler");
            Article a = articles(data).get(0);
            assertEquals(LIMA.description(), a.body());
            assertEquals(site.url(LIMA.path()), a.url(), "the item's link stays the article's URL");
            assertEquals("Loopback Wire", a.outlet());
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith("ALERT event ") && l.contains("CONSULT")
                    && l.contains("JPNGOV -> CHNGOV")), run.out());
        }
    }

    @Test
    void aFailingFeedIsNamedAndRestsWhileTheOthersGoOn() throws Exception {
        Path data = tmp.resolve("data");
        try (NewsSite site = new NewsSite()) {
            site.add(new NewsSite.Item("wire-2001", "Israeli aircraft strike southern Lebanon", null,
                    "Sun, 20 Oct 2024 18:00:00 GMT",
                    "Israeli aircraft struck targets in southern Lebanon on Sunday, the Israeli military said."), null);
            String broken = site.url("/broken.xml");
            String garbage = site.url("/garbage.xml");
            String good = site.url("/feed.xml");
            String[] watch = {"--data", data.toString(), "watch", "--once", "--host-interval", "10ms", broken, garbage,
                    good};

            CliRun run = CliRun.of(watch);
            assertEquals(1, run.exitCode(), "some feeds failed");
            assertTrue(run.err().contains("tidings watch: " + broken + ": failed: answered HTTP 500; next try after"),
                    run.err());
            assertTrue(run.err().contains(garbage + ": failed: not a readable RSS or Atom feed"), run.err());
            assertTrue(run.out().contains(good + ": 1 item, 1 new: 1 stored (0 from their page, 1 from the item's "
                    + "text)"), run.out());
            assertEquals(1, articles(data).size());

            CliRun again = CliRun.of(watch);
            assertEquals(0, again.exitCode(), again.err());
            assertTrue(again.out().contains(broken + ": skipped, backing off until"), again.out());
            assertTrue(again.out().contains("(last error: answered HTTP 500)"), again.out());
            assertEquals(1, site.requests("/broken.xml"), "a resting feed is not asked");
            assertEquals(1, site.requests("/garbage.xml"));
            assertEquals(2, site.requests("/feed.xml"));
        }
    }

    @Test
    void alertOptionsWithoutATargetAreAUsageError() {
        CliRun run = CliRun.of("--data", tmp.resolve("data").toString(), "watch", "--once", "--alert-types", "ACCUSE",
                "http://127.0.0.1:9/feed.xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("need a target"), run.err());
        CliRun often = CliRun.of("--data", tmp.resolve("data").toString(), "watch", "--every", "1s",
                "http://127.0.0.1:9/feed.xml");
        assertEquals(2, often.exitCode());
        assertTrue(often.err().contains("too often"), often.err());
    }

    private static List<Article> articles(Path data) {
        try (Store store = Store.openReadOnly(data)) {
            return store.articles(ArticleQuery.all());
        }
    }

    private static Article only(Path data, String outlet) {
        List<Article> all = articles(data);
        assertEquals(1, all.size(), all.toString());
        assertEquals(outlet, all.get(0).outlet());
        return all.get(0);
    }

    private static List<String> sorted(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out.stream().sorted().collect(Collectors.toList());
    }

}
