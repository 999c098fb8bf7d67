package org.tidings.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler (RFC 9309): the groups naming our product token, else the
 * {@code *} groups; the longest matching rule decides, and Allow wins a tie; {@code *} matches any run of
 * characters and a final {@code $} anchors the end. No matching rule means allowed.
 */
final class RobotsTxt {

    private record Rule(boolean allow, String pattern) {
    }

    private static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
    private static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")));

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** No robots.txt (4xx): everything may be fetched. */
    static RobotsTxt allowAll() {
        return ALLOW_ALL;
    }

    /** robots.txt unreachable (5xx, no answer): nothing may be fetched, as RFC 9309 asks. */
    static RobotsTxt disallowAll() {
        return DISALLOW_ALL;
    }

    /** The rules of a robots.txt that apply to the crawler whose product token is {@code token}. */
    static RobotsTxt parse(String text, String token) {
        String me = token.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean named = false; // a group names us: then only our groups count, even with no rules
        boolean forMe = false;
        boolean forStar = false;
        boolean inRules = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) { // a new group starts
                    forMe = false;
                    forStar = false;
                    inRules = false;
                }
                String agent = value.split("/")[0].strip().toLowerCase(Locale.ROOT);
                forStar |= agent.equals("*");
                forMe |= agent.equals(me);
                named |= agent.equals(me);
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with nothing allows everything: no rule
                }
                Rule rule = new Rule(key.equals("allow"), value);
                if (forMe) {
                    mine.add(rule);
                }
                if (forStar) {
                    star.add(rule);
                }
            }
        }
        return new RobotsTxt(named ? mine : star);
    }

    /** Whether a path (with its query, as in the URL: "/news/a?id=3") may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        int bestLength = -1;
        for (Rule r : rules) {
            if (matches(r.pattern(), path)) {
                int length = r.pattern().length();
                if (length > bestLength || length == bestLength && r.allow()) {
                    best = r;
                    bestLength = length;
                }
            }
        }
        return best == null || best.allow();
    }

    /** Pattern matching with '*' (any run) and a final '$' (end of the path), from the start of the path. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}
