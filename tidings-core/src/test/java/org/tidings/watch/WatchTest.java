package org.tidings.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchTest {

    private static final AlertRule RULE = new AlertRule(List.of(), List.of("kor"), List.of("accuse", "ASSAULT"), 0, 2);

    @Test
    void theSameWatchHasTheSameIdAndAnotherAnother() {
        Watch a = Watch.of(List.of("https://news.test/feed.xml", "https://news.test/feed.xml"), Duration.ofMinutes(10),
                Alert.webhook(RULE, URI.create("http://127.0.0.1:9/hook")));
        Watch b = Watch.of(List.of("https://news.test/feed.xml"), Duration.ofMinutes(10),
                Alert.webhook(new AlertRule(null, List.of("KOR"), List.of("ASSAULT", "ACCUSE"), 0, 2),
                        URI.create("http://127.0.0.1:9/hook")));
        assertEquals(List.of("https://news.test/feed.xml"), a.feeds(), "no repeats");
        assertEquals(a.id(), b.id(), "rule parts are normalised");
        assertEquals(a.alert().id(), b.alert().id());
        Watch c = Watch.of(List.of("https://news.test/feed.xml"), Duration.ofMinutes(10), Alert.stdout(RULE));
        assertNotEquals(a.id(), c.id());
        assertNotEquals(a.alert().id(), c.alert().id(), "another target is another alert");
    }

    @Test
    void badWatchesAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> Watch.of(List.of(), null, null));
        IllegalArgumentException ftp = assertThrows(IllegalArgumentException.class,
                () -> Watch.of(List.of("ftp://news.test/feed"), null, null));
        assertTrue(ftp.getMessage().contains("http or https"), ftp.getMessage());
        IllegalArgumentException often = assertThrows(IllegalArgumentException.class,
                () -> Watch.of(List.of("https://news.test/feed"), Duration.ofSeconds(2), null));
        assertTrue(often.getMessage().contains("too often"), often.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AlertRule(null, null, null, 11, 0));
    }

    @Test
    void intervalsReadAndPrint() {
        assertEquals(Duration.ofMinutes(10), Watch.parseInterval("10m"));
        assertEquals(Duration.ofSeconds(90), Watch.parseInterval("90"));
        assertEquals(Duration.ofHours(2), Watch.parseInterval("PT2H"));
        assertEquals(Duration.ofDays(1), Watch.parseInterval("1d"));
        assertThrows(IllegalArgumentException.class, () -> Watch.parseInterval("soon"));
        assertEquals("10m", Watch.format(Duration.ofMinutes(10)));
        assertEquals("90s", Watch.format(Duration.ofSeconds(90)));
        assertEquals("2h", Watch.format(Duration.ofHours(2)));
        assertEquals(Watch.DEFAULT_EVERY, Watch.of(List.of("https://news.test/feed"), null, null).every());
    }

    @Test
    void jsonRoundTrip() {
        Watch w = Watch.of(List.of("https://news.test/a.xml", "https://news.test/b.xml"), Duration.ofMinutes(15),
                Alert.webhook(new AlertRule(List.of("Zinoviev"), List.of("KOR"), List.of("ACCUSE"), 1.5, 2),
                        URI.create("https://hooks.test/tidings")));
        Watch back = Watch.fromJson(w.toJson().toString());
        assertEquals(w, back);
        Watch plain = Watch.fromJson("{\"feed\": \"https://news.test/a.xml\", \"every\": 600}");
        assertEquals(Duration.ofMinutes(10), plain.every());
        assertNull(plain.alert());
        Watch stdout = Watch.fromJson("{\"feeds\": [\"https://news.test/a.xml\"], \"every\": \"1h\", "
                + "\"alert\": {\"types\": \"ACCUSE,ASSAULT\", \"stdout\": true}}");
        assertEquals(List.of("ACCUSE", "ASSAULT"), stdout.alert().rule().types());
        assertNull(stdout.alert().webhook());
        IllegalArgumentException noTarget = assertThrows(IllegalArgumentException.class,
                () -> Watch.fromJson("{\"feeds\": [\"https://news.test/a.xml\"], \"alert\": {\"types\": [\"ACCUSE\"]}}"));
        assertTrue(noTarget.getMessage().contains("needs a target"), noTarget.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Watch.fromJson("[1, 2]"));
        assertThrows(IllegalArgumentException.class, () -> Watch.fromJson("{\"feeds\": "));
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        WatchOptions o = WatchOptions.defaults();
        assertEquals(Duration.ZERO, o.backoff(0));
        assertEquals(Duration.ofMinutes(1), o.backoff(1));
        assertEquals(Duration.ofMinutes(2), o.backoff(2));
        assertEquals(Duration.ofMinutes(8), o.backoff(4));
        assertEquals(Duration.ofHours(6), o.backoff(30));
        assertEquals("tidings", o.robotsToken());
    }
}
