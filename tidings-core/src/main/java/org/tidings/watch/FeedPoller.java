package org.tidings.watch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.Ingestion;
import org.tidings.events.CodedArticle;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleIds;
import org.tidings.ingest.ArticleSources;
import org.tidings.ingest.FeedItem;
import org.tidings.store.FeedState;
import org.tidings.store.StoreException;
import org.tidings.store.WatchStore;

/**
 * Polls one feed: a conditional GET (If-None-Match, If-Modified-Since), then each item not taken before: its
 * page when robots.txt allows and it can be fetched, else the item's own text; each analysed and stored once. A
 * failing feed rests (exponential backoff), and its state is saved after the poll, so a restarted watch goes on
 * where this one stopped.
 */
final class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final long MAX_FEED_BYTES = 64L << 20;
    private static final long MAX_PAGE_BYTES = 20L << 20;
    private static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, */*;q=0.5";

    /** A feed's outcome, with the articles stored (for the alerts). */
    record Polled(FeedOutcome outcome, List<CodedArticle> stored) {
    }

    private final Ingestion ingestion;
    private final WatchStore state;
    private final Fetcher fetcher;
    private final Robots robots;
    private final WatchOptions options;

    FeedPoller(Ingestion ingestion, Fetcher fetcher, Robots robots, WatchOptions options) {
        this.ingestion = ingestion;
        this.state = ingestion.store().watches();
        this.fetcher = fetcher;
        this.robots = robots;
        this.options = options;
    }

    /** Polls the feed once, unless it is resting; {@code stop} is asked between items. */
    Polled poll(String feed, BooleanSupplier stop) {
        FeedState s = state.feed(feed).orElse(FeedState.fresh(feed));
        Instant now = options.clock().instant();
        if (s.retryAt() != null && now.isBefore(s.retryAt())) {
            LOG.info("feed {}: backing off until {} after {} failures (last: {})", feed, s.retryAt(), s.failures(),
                    s.lastError());
            return new Polled(FeedOutcome.backingOff(feed, s.lastError(), s.retryAt()), List.of());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", ACCEPT_FEED);
        if (s.etag() != null) {
            headers.put("If-None-Match", s.etag());
        }
        if (s.lastModified() != null) {
            headers.put("If-Modified-Since", s.lastModified());
        }
        Fetcher.Response r;
        try {
            r = fetcher.get(URI.create(feed), headers, MAX_FEED_BYTES);
        } catch (IOException e) {
            return failed(s, now, e.getMessage(), null);
        }
        if (r.status() == 304) {
            LOG.info("feed {}: not modified", feed);
            state.saveFeed(new FeedState(feed, s.etag(), s.lastModified(), now, now, "not-modified", 0, null, null));
            return new Polled(FeedOutcome.notModified(feed), List.of());
        }
        if (r.status() / 100 != 2) {
            return failed(s, now, "answered HTTP " + r.status(), retryAfter(r, now));
        }
        List<FeedItem> items;
        try {
            items = ArticleSources.feedItems(r.body(), feed, options.clock());
        } catch (IOException e) {
            return failed(s, now, e.getMessage(), null);
        }
        Counts counts = new Counts();
        for (FeedItem item : items) {
            if (stop.getAsBoolean()) {
                break;
            }
            if (!state.seen(feed, item.key())) {
                take(feed, item, counts);
            }
        }
        // Validators are saved only once every item was looked at: a poll cut short is repeated in full next time.
        boolean complete = !stop.getAsBoolean();
        state.saveFeed(new FeedState(feed, complete ? r.header("ETag").orElse(null) : s.etag(),
                complete ? r.header("Last-Modified").orElse(null) : s.lastModified(), now, now, "fetched", 0, null,
                null));
        LOG.info("feed {}: {} items, {} new, {} stored", feed, items.size(), counts.newItems, counts.stored.size());
        return new Polled(new FeedOutcome(feed, FeedOutcome.Status.FETCHED, items.size(), counts.newItems,
                counts.stored.stream().map(c -> c.document().article().id()).toList(), counts.fromPages,
                counts.fromItemText, counts.duplicates, counts.failures, null, null), counts.stored);
    }

    private static final class Counts {
        int newItems;
        int fromPages;
        int fromItemText;
        int duplicates;
        final List<CodedArticle> stored = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
    }

    private Polled failed(FeedState s, Instant now, String error, Instant serverRetry) {
        int failures = s.failures() + 1;
        Instant retry = now.plus(options.backoff(failures));
        if (serverRetry != null && serverRetry.isAfter(retry)) {
            retry = serverRetry;
        }
        LOG.warn("feed {}: {}; backing off until {} ({} failure{} in a row)", s.url(), error, retry, failures,
                failures == 1 ? "" : "s");
        state.saveFeed(new FeedState(s.url(), s.etag(), s.lastModified(), now, s.lastSuccess(), "failed", failures,
                retry, error));
        return new Polled(FeedOutcome.failed(s.url(), error, retry), List.of());
    }

    /** Retry-After in seconds or as an HTTP date, when the server sent one. */
    private static Instant retryAfter(Fetcher.Response r, Instant now) {
        Optional<String> v = r.header("Retry-After");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return v.get().matches("\\d+") ? now.plus(Duration.ofSeconds(Long.parseLong(v.get())))
                    : ZonedDateTime.parse(v.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    /** Takes one new item: its page, else its own text; analysed and stored unless the text is stored already. */
    private void take(String feed, FeedItem item, Counts counts) {
        counts.newItems++;
        Instant now = options.clock().instant();
        Article article = null;
        String source = null;
        String pageProblem = null;
        if (item.link() != null) {
            PageResult page = page(item);
            if (page.article() != null) {
                article = page.article();
                source = "page";
            } else {
                pageProblem = page.problem();
                LOG.info("feed {}: {}: {}; using the item's own text", feed, item.link(), pageProblem);
            }
        }
        if (article == null && item.article() != null) {
            article = item.article();
            source = "item-text";
        }
        if (article == null) {
            String why = "no text in the item" + (pageProblem == null ? " and no link" : " and " + pageProblem);
            fail(feed, item, counts, why, now);
            return;
        }
        if (ingestion.isStored(article.id())) {
            counts.duplicates++;
            state.markSeen(feed, item.key(), item.link(), article.id(), "duplicate", now);
            return;
        }
        Optional<CodedArticle> coded;
        try {
            coded = ingestion.ingest(article);
        } catch (StoreException e) {
            throw e; // the store failing is no fault of the item: stop the poll, take the item next time
        } catch (RuntimeException e) {
            LOG.warn("feed {}: {}: analysis failed", feed, item.key(), e);
            fail(feed, item, counts, "analysis failed: " + e, now);
            return;
        }
        if (coded.isEmpty()) {
            counts.duplicates++;
            state.markSeen(feed, item.key(), item.link(), article.id(), "duplicate", now);
            return;
        }
        counts.stored.add(coded.get());
        if (source.equals("page")) {
            counts.fromPages++;
        } else {
            counts.fromItemText++;
        }
        LOG.info("feed {}: stored {} ({}) from {}", feed, article.id(), article.title(),
                source.equals("page") ? item.link() : "the item's text");
        state.markSeen(feed, item.key(), item.link(), article.id(), source, now);
    }

    private void fail(String feed, FeedItem item, Counts counts, String why, Instant now) {
        String where = item.link() != null ? item.link() : item.key();
        counts.failures.add(where + ": " + why);
        LOG.warn("feed {}: {}: {}", feed, where, why);
        state.markSeen(feed, item.key(), item.link(), null, "failed: " + why, now);
    }

    /** The article of an item's page, or why there is none. */
    private record PageResult(Article article, String problem) {
    }

    private PageResult page(FeedItem item) {
        URI uri;
        try {
            uri = new URI(item.link());
        } catch (java.net.URISyntaxException e) {
            return new PageResult(null, "the link is not a URL");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            return new PageResult(null, "the link is not an http(s) URL");
        }
        if (!robots.allows(uri)) {
            return new PageResult(null, "robots.txt does not allow fetching it");
        }
        Fetcher.Response r;
        try {
            r = fetcher.get(uri, Map.of("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"),
                    MAX_PAGE_BYTES);
        } catch (IOException e) {
            return new PageResult(null, "cannot fetch the page: " + e.getMessage());
        }
        if (r.status() / 100 != 2) {
            return new PageResult(null, "the page answered HTTP " + r.status());
        }
        String type = r.header("Content-Type").orElse("text/html");
        if (!type.contains("html") && !type.startsWith("text/")) {
            return new PageResult(null, "the page is " + type + ", not HTML");
        }
        Optional<Article> a;
        try {
            a = ArticleSources.page(r.body(), r.charset(), item.link(), options.clock());
        } catch (IOException e) {
            return new PageResult(null, "cannot read the page: " + e.getMessage());
        }
        return a.map(p -> new PageResult(withItem(p, item), null))
                .orElseGet(() -> new PageResult(null, "no article text in the page"));
    }

    // The item knows what the page may not say: its title and publication time.
    private static Article withItem(Article page, FeedItem item) {
        String title = page.title().isBlank() ? item.title() : page.title();
        String published = page.published() != null ? page.published() : item.published();
        if (title.equals(page.title()) && java.util.Objects.equals(published, page.published())) {
            return page;
        }
        return new Article(ArticleIds.of(title, page.body()), page.url(), page.outlet(), title, published,
                page.body(), page.language(), page.authors(), page.origin(), page.ingestedAt());
    }
}
