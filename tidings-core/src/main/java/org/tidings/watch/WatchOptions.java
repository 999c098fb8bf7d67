package org.tidings.watch;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a watcher behaves on the network.
 *
 * @param userAgent         sent with every request; its first word ("tidings") is the robots.txt product token
 * @param hostInterval      the least time between two requests to one host (feeds, robots.txt and pages alike)
 * @param timeout           for connecting and for each answer
 * @param backoffBase       how long a feed rests after its first failure; each further failure doubles it
 * @param backoffMax        the longest rest
 * @param deliveryTries     tries per poll to deliver an alert (a 5xx or no answer is tried again)
 * @param deliveryPause     the wait before the second try; it doubles before each further one
 * @param deliveryGiveUp    after this many tries in all (over several polls) a delivery is given up
 * @param robotsTtl         how long a host's robots.txt is believed
 * @param clock             the time (tests set it)
 */
public record WatchOptions(String userAgent, Duration hostInterval, Duration timeout, Duration backoffBase,
                           Duration backoffMax, int deliveryTries, Duration deliveryPause, int deliveryGiveUp,
                           Duration robotsTtl, Clock clock) {

    public static final String USER_AGENT = "tidings/0.1 (news event coder; +https://github.com/tidings/tidings)";

    public WatchOptions {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(clock, "clock");
        if (hostInterval.isNegative() || timeout.isNegative() || timeout.isZero() || backoffBase.isNegative()
                || backoffMax.compareTo(backoffBase) < 0 || deliveryPause.isNegative() || robotsTtl.isNegative()) {
            throw new IllegalArgumentException("watch options out of range");
        }
        if (deliveryTries < 1 || deliveryGiveUp < deliveryTries) {
            throw new IllegalArgumentException("at least one delivery try, and no fewer in all than per poll");
        }
    }

    /** One request a second per host, 20 s timeouts, backoff from 1 minute to 6 hours, 3 tries per delivery. */
    public static WatchOptions defaults() {
        return new WatchOptions(USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofMinutes(1),
                Duration.ofHours(6), 3, Duration.ofSeconds(2), 12, Duration.ofHours(1), Clock.systemUTC());
    }

    public WatchOptions withHostInterval(Duration d) {
        return new WatchOptions(userAgent, d, timeout, backoffBase, backoffMax, deliveryTries, deliveryPause,
                deliveryGiveUp, robotsTtl, clock);
    }

    public WatchOptions withDeliveryPause(Duration d) {
        return new WatchOptions(userAgent, hostInterval, timeout, backoffBase, backoffMax, deliveryTries, d,
                deliveryGiveUp, robotsTtl, clock);
    }

    public WatchOptions withClock(Clock c) {
        return new WatchOptions(userAgent, hostInterval, timeout, backoffBase, backoffMax, deliveryTries,
                deliveryPause, deliveryGiveUp, robotsTtl, c);
    }

    /** The robots.txt product token: the user agent's first word, before any '/'. */
    String robotsToken() {
        String first = userAgent.strip().split("[\\s/]", 2)[0];
        return first.isEmpty() ? "tidings" : first;
    }

    /** The rest before the next poll of a feed that failed {@code failures} times in a row. */
    Duration backoff(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        Duration d = backoffBase;
        for (int i = 1; i < failures && d.compareTo(backoffMax) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(backoffMax) > 0 ? backoffMax : d;
    }
}
