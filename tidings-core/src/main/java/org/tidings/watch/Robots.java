package org.tidings.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * May we fetch this page? Asks the robots.txt of the page's site (scheme, host and port), kept for a while.
 * A missing robots.txt (4xx) allows everything; one that cannot be had (5xx, no answer) allows nothing.
 */
final class Robots {

    private static final Logger LOG = LoggerFactory.getLogger(Robots.class);
    private static final long MAX_BYTES = 512 * 1024; // RFC 9309 asks crawlers to read at least 500 KiB

    private record Entry(RobotsTxt rules, Instant until) {
    }

    private final Fetcher fetcher;
    private final WatchOptions options;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    Robots(Fetcher fetcher, WatchOptions options) {
        this.fetcher = fetcher;
        this.options = options;
    }

    boolean allows(URI page) {
        String site = page.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + page.getRawAuthority();
        Instant now = options.clock().instant();
        Entry e = cache.get(site);
        if (e == null || now.isAfter(e.until())) {
            e = new Entry(load(site), now.plus(options.robotsTtl()));
            cache.put(site, e);
        }
        String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
        return e.rules().allows(page.getRawQuery() == null ? path : path + "?" + page.getRawQuery());
    }

    private RobotsTxt load(String site) {
        URI robots = URI.create(site + "/robots.txt");
        try {
            Fetcher.Response r = fetcher.get(robots, Map.of(), MAX_BYTES);
            if (r.status() / 100 == 2) {
                return RobotsTxt.parse(new String(r.body(), StandardCharsets.UTF_8), options.robotsToken());
            }
            if (r.status() / 100 == 4) {
                return RobotsTxt.allowAll();
            }
            LOG.info("{} answered HTTP {}: fetching no pages of {} for now", robots, r.status(), site);
        } catch (IOException e) {
            LOG.info("cannot read {} ({}): fetching no pages of {} for now", robots, e.getMessage(), site);
        }
        return RobotsTxt.disallowAll();
    }
}
