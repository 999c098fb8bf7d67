package org.tidings.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    private static final String SITE = """
            # a news site
            User-agent: *
            Disallow: /private/
            Disallow: /*.pdf$
            Allow: /private/press/

            User-agent: BadBot
            User-agent: OtherBot
            Disallow: /
            """;

    @Test
    void theStarGroupAppliesWhenNoGroupNamesUs() {
        RobotsTxt r = RobotsTxt.parse(SITE, "tidings");
        assertTrue(r.allows("/news/2024/10/21/summons"));
        assertFalse(r.allows("/private/draft"));
        assertTrue(r.allows("/private/press/statement"), "the longer Allow wins");
        assertFalse(r.allows("/files/report.pdf"));
        assertTrue(r.allows("/files/report.pdf?download=1"), "$ anchors the end");
        assertTrue(r.allows("/robots.txt"));
    }

    @Test
    void aGroupNamingUsReplacesTheStarGroup() {
        String text = SITE + """

                User-agent: Tidings
                Disallow: /live/
                """;
        RobotsTxt r = RobotsTxt.parse(text, "tidings");
        assertFalse(r.allows("/live/blog"));
        assertTrue(r.allows("/private/draft"), "the * rules are not ours any more");
        RobotsTxt other = RobotsTxt.parse(text, "otherbot");
        assertFalse(other.allows("/news/a"));
    }

    @Test
    void emptyDisallowAllowsAndTiesGoToAllow() {
        assertTrue(RobotsTxt.parse("User-agent: *\nDisallow:\n", "tidings").allows("/a"));
        RobotsTxt tie = RobotsTxt.parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "tidings");
        assertTrue(tie.allows("/a/b"));
        assertTrue(RobotsTxt.allowAll().allows("/x"));
        assertFalse(RobotsTxt.disallowAll().allows("/x"));
    }

    @Test
    void wildcardsMatchAnyRun() {
        assertTrue(RobotsTxt.matches("/*/amp/", "/news/amp/story"));
        assertFalse(RobotsTxt.matches("/*/amp/", "/news/story"));
        assertTrue(RobotsTxt.matches("/search*q=", "/search?lang=en&q=korea"));
        assertTrue(RobotsTxt.matches("/", "/anything"));
        assertFalse(RobotsTxt.matches("/a$", "/ab"));
    }
}
