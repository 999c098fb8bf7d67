package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint against a real server with the seed and two examples ingested through the API. */
class ApiTest {

    static Fixture f;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        f = Fixture.get();
        http = f.http;
    }

    static JsonNode ok(Http.Response r) {
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        return r.json();
    }

    static void problem(Http.Response r, int status, String type) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonNode p = r.json();
        assertEquals(status, p.get("status").asInt());
        assertEquals(Problem.TYPE_BASE + type, p.get("type").asText(), r.body());
        assertFalse(p.get("title").asText().isBlank());
        assertFalse(p.get("detail").asText().isBlank());
    }

    @Test
    void ingestReportListsTheStoredArticlesAndTheirEvents() {
        assertEquals(3, f.ingestReport.get("read").asInt());
        assertEquals(3, f.ingestReport.get("stored").asInt());
        assertTrue(f.ingestReport.get("articles").get(0).get("events").size() > 0, f.ingestReport.toString());
    }

    @Test
    void healthAndMetrics() {
        JsonNode h = ok(http.get("/health"));
        assertEquals("ok", h.get("status").asText());
        assertTrue(h.get("articles").asInt() >= 3, h.toString());
        Http.Response m = http.get("/metrics");
        assertEquals(200, m.status());
        assertTrue(m.body().contains("tidings_store_articles " + h.get("articles").asInt()), m.body());
        assertTrue(m.body().contains("tidings_http_requests_total{method=\"GET\",route=\"/health\",status=\"200\"}"),
                m.body());
    }

    @Test
    void openApiDocumentNamesEveryRoute() {
        JsonNode doc = ok(http.get("/openapi.json"));
        assertEquals("3.1.0", doc.get("openapi").asText());
        List<String> routes = f.server.routes();
        assertTrue(routes.size() >= 14, routes.toString());
        for (String route : routes) {
            String[] mp = route.split(" ", 2);
            JsonNode path = doc.get("paths").get(mp[1]);
            assertNotNull(path, "route missing from openapi.json: " + route);
            assertNotNull(path.get(mp[0].toLowerCase(Locale.ROOT)), "method missing from openapi.json: " + route);
        }
        // and the document names nothing the app does not serve
        doc.get("paths").fieldNames().forEachRemaining(p -> assertTrue(
                routes.stream().anyMatch(r -> r.endsWith(" " + p)), "documented but not served: " + p));
        assertEquals(200, http.get("/docs.html").status());
    }

    @Test
    void articleSearchFindsTheSeedWithAMarkedSnippet() {
        JsonNode r = ok(http.get("/api/articles?q=ambassador"));
        assertTrue(r.get("items").size() >= 1);
        JsonNode first = r.get("items").get(0);
        assertTrue(first.get("snippet").asText().toLowerCase(Locale.ROOT).contains("«ambassador»"), first.toString());
        assertTrue(r.get("outlets").isArray());
        int total = ok(http.get("/health")).get("articles").asInt();
        Set<String> seen = new HashSet<>();
        for (int offset = 0; ; offset += 2) {
            JsonNode page = ok(http.get("/api/articles?limit=2&offset=" + offset));
            page.get("items").forEach(a -> seen.add(a.get("id").asText()));
            if (!page.get("more").asBoolean()) {
                break;
            }
            assertEquals(2, page.get("items").size());
        }
        assertEquals(total, seen.size());
    }

    @Test
    void articleListRejectsBadParameters() {
        problem(http.get("/api/articles?limit=-1"), 400, "bad-parameter");
        problem(http.get("/api/articles?limit=100000"), 400, "bad-parameter");
        problem(http.get("/api/articles?from=2024-13-45"), 400, "bad-parameter");
        problem(http.get("/api/articles?offset=x"), 400, "bad-parameter");
    }

    @Test
    void articleDetailHasEntitiesTimexesActorsAndEvents() {
        String id = f.ingestReport.get("articles").get(0).get("id").asText();
        JsonNode a = ok(http.get("/api/articles/" + id));
        String text = a.get("text").asText();
        assertTrue(a.get("entities").size() > 0);
        assertTrue(a.get("timexes").size() > 0);
        assertTrue(a.get("actors").size() > 0);
        assertTrue(a.get("events").size() > 0);
        for (JsonNode e : a.get("entities")) {
            assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()));
        }
        for (JsonNode e : a.get("events")) {
            if (e.has("trigger_start")) {
                String words = text.substring(e.get("trigger_start").asInt(), e.get("trigger_end").asInt());
                assertTrue(e.get("trigger").asText().contains(words), words + " / " + e);
            }
        }
        problem(http.get("/api/articles/nope"), 404, "not-found");
    }

    @Test
    void eventsPageWithCursorsToTheEndAndMatchTheWholeList() {
        JsonNode all = ok(http.get("/api/events?limit=500"));
        int total = all.get("items").size();
        assertTrue(total >= 3, all.toString());
        assertTrue(all.get("next_cursor").isNull());
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok(http.get("/api/events?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("items").forEach(e -> paged.add(e.get("id").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 100);
        List<String> whole = new ArrayList<>();
        all.get("items").forEach(e -> whole.add(e.get("id").asText()));
        assertEquals(whole, paged);
        assertEquals((total + 1) / 2, pages);
    }

    @Test
    void eventFiltersNarrowTheList() {
        JsonNode kor = ok(http.get("/api/events?actor=KOR&limit=500"));
        assertTrue(kor.get("items").size() > 0);
        for (JsonNode e : kor.get("items")) {
            Set<String> codes = new HashSet<>();
            e.get("source").forEach(a -> codes.add(a.path("code").asText("")));
            e.get("target").forEach(a -> codes.add(a.path("code").asText("")));
            assertTrue(codes.stream().anyMatch(c -> c.startsWith("KOR")) || e.toString().contains("Korea"), e.toString());
        }
        String type = kor.get("items").get(0).get("type").asText();
        JsonNode typed = ok(http.get("/api/events?type=" + type + "&limit=500"));
        typed.get("items").forEach(e -> assertEquals(type, e.get("type").asText()));
        JsonNode none = ok(http.get("/api/events?from=2030-01-01"));
        assertEquals(0, none.get("items").size());
        JsonNode oct = ok(http.get("/api/events?from=2024-10-01&to=2024-10-31&limit=500"));
        assertTrue(oct.get("items").size() > 0);
        JsonNode all = ok(http.get("/api/events?limit=500"));
        long reported = 0;
        for (JsonNode e : all.get("items")) {
            reported += e.get("reports").asInt() >= 2 ? 1 : 0;
        }
        JsonNode many = ok(http.get("/api/events?min_reports=2&limit=500"));
        assertEquals(reported, many.get("items").size(), "min_reports counts the reports of resolved events");
        many.get("items").forEach(e -> assertTrue(e.get("reports").asInt() >= 2, e.toString()));
        JsonNode faceted = ok(http.get("/api/events?q=ambassador&facets=true"));
        assertTrue(faceted.get("facets").get("types").size() > 0);
        JsonNode facets = ok(http.get("/api/facets?actor=KOR"));
        assertTrue(facets.get("countries").size() > 0);
    }

    @Test
    void eventListRejectsBadParameters() {
        problem(http.get("/api/events?limit=-5"), 400, "bad-parameter");
        problem(http.get("/api/events?limit=0"), 400, "bad-parameter");
        problem(http.get("/api/events?limit=501"), 400, "bad-parameter");
        problem(http.get("/api/events?from=21/10/2024"), 400, "bad-parameter");
        problem(http.get("/api/events?from=2024-11-01&to=2024-10-01"), 400, "bad-parameter");
        problem(http.get("/api/events?quad=7"), 400, "bad-parameter");
        problem(http.get("/api/events?actor=ZZQXW"), 400, "unknown-actor");
        problem(http.get("/api/events?cursor=garbage!"), 400, "bad-cursor");
        problem(http.get("/api/events?type=DROP%20TABLE"), 400, "bad-parameter");
        problem(http.get("/api/nothing"), 404, "not-found");
    }

    @Test
    void eventDetailHasMentionsAndTheTriggerInItsSentence() {
        JsonNode list = ok(http.get("/api/events?limit=500"));
        JsonNode withEvidence = null;
        for (JsonNode e : list.get("items")) {
            if (!e.get("evidence").isNull()) {
                withEvidence = e;
                break;
            }
        }
        assertNotNull(withEvidence);
        JsonNode e = ok(http.get("/api/events/" + withEvidence.get("id").asText()));
        assertEquals(withEvidence.get("type"), e.get("type"));
        assertEquals(withEvidence.get("id"), e.get("id"));
        assertEquals(withEvidence.get("reports").asInt(), e.get("mentions").size());
        for (JsonNode m : e.get("mentions")) {
            assertFalse(m.get("article").get("id").asText().isBlank(), m.toString());
            assertTrue(m.has("certainty") && m.get("article").has("outlet") && m.has("evidence"), m.toString());
        }
        assertTrue(e.get("decisions").isArray());
        JsonNode ev = e.get("evidence");
        String trigger = ev.get("text").asText().substring(ev.get("trigger_start").asInt(), ev.get("trigger_end").asInt());
        assertTrue(ev.get("trigger").asText().contains(trigger), ev.toString());
        problem(http.get("/api/events/abc-99"), 404, "not-found");
        problem(http.get("/api/events/nodash"), 404, "not-found");
    }

    // The seed (Yonhap) and our Seoul example both tell of South Korea summoning the Russian ambassador.
    private static JsonNode summons() {
        JsonNode list = ok(http.get("/api/events?type=ACCUSE&actor=KOR&from=2024-10-01&to=2024-10-31&min_reports=2"));
        assertTrue(list.get("items").size() > 0, "the summons told by two articles is one event: " + list);
        return list.get("items").get(0);
    }

    @Test
    void anEventToldByTwoArticlesListsBothReportsAndWhyTheyAreOne() {
        JsonNode listed = summons();
        JsonNode e = ok(http.get("/api/events/" + listed.get("id").asText()));
        assertEquals(listed.get("reports").asInt(), e.get("mentions").size());
        Set<String> articles = new HashSet<>();
        for (JsonNode m : e.get("mentions")) {
            articles.add(m.get("article").get("id").asText());
            assertEquals(m.get("id").asText(), m.get("id").asText().strip());
            // every report can be opened as the event it belongs to
            assertEquals(e.get("id"), ok(http.get("/api/events/" + m.get("id").asText())).get("id"));
        }
        assertTrue(articles.size() >= 2, e.toString());
        assertEquals(articles.size(), e.get("articles").asInt());
        JsonNode merged = null;
        for (JsonNode d : e.get("decisions")) {
            if (d.get("merged").asBoolean()) {
                merged = d;
                break;
            }
        }
        assertNotNull(merged, "a decision that joined two reports: " + e.get("decisions"));
        assertTrue(merged.get("reasons").size() > 0, merged.toString());
        assertTrue(e.get("outlets").size() >= 1);
        // the list shows the report count and outlets the detail has
        assertEquals(e.get("outlets"), listed.get("outlets"));
    }

    @Test
    void seriesAndNetworkCountEventsNotMentions() {
        JsonNode all = ok(http.get("/api/events?limit=500"));
        long events = all.get("items").size();
        long mentions = 0;
        for (JsonNode e : all.get("items")) {
            mentions += e.get("reports").asInt();
        }
        assertTrue(mentions > events, "some event has more than one report");
        long charted = 0;
        for (JsonNode p : ok(http.get("/api/series?interval=year")).get("points")) {
            charted += p.get("events").asLong();
        }
        assertEquals(events, charted);
        summons();
        int korean = ok(http.get("/api/events?actor=KOR&type=ACCUSE&from=2024-10-01&to=2024-10-31&min_reports=2"
                + "&limit=500")).get("items").size();
        long dyad = 0;
        for (JsonNode p : ok(http.get("/api/series?source=KOR&target=RUS&interval=month&type=ACCUSE&from=2024-10-01"
                + "&to=2024-10-31&min_reports=2")).get("points")) {
            dyad += p.get("events").asLong();
        }
        assertTrue(dyad >= 1 && dyad <= korean, "each event counts once, not once a report: " + dyad + " > " + korean);
        long edges = 0;
        for (JsonNode edge : ok(http.get("/api/network?level=country&type=ACCUSE&min_reports=2&from=2024-10-01&to=2024-10-31"))
                .get("edges")) {
            edges += edge.get("events").asLong();
            assertTrue(edge.get("events").asLong() <= ok(http.get("/api/events?type=ACCUSE&min_reports=2&from=2024-10-01"
                    + "&to=2024-10-31&limit=500")).get("items").size(), edge.toString());
        }
        assertTrue(edges > 0);
    }

    @Test
    void actorsSearchAndDetail() {
        JsonNode kor = ok(http.get("/api/actors?q=KOR"));
        assertTrue(kor.get("items").size() > 0);
        kor.get("items").forEach(a -> assertTrue(a.get("code").asText().startsWith("KOR")
                || a.get("name").asText("").toLowerCase(Locale.ROOT).contains("kor"), a.toString()));
        JsonNode a = ok(http.get("/api/actors/KOR"));
        assertEquals("KOR", a.get("code").asText());
        assertTrue(a.get("names").size() > 0);
        assertTrue(a.get("types_over_time").size() > 0, a.toString());
        assertTrue(a.get("counterparts").size() > 0, a.toString());
        problem(http.get("/api/actors/ZZQXW"), 404, "not-found");
        problem(http.get("/api/actors?limit=-1"), 400, "bad-parameter");
    }

    @Test
    void seriesBetweenKoreaAndRussiaHasOctober2024() {
        JsonNode s = ok(http.get("/api/series?source=KOR&target=RUS&interval=month"));
        JsonNode oct = null;
        for (JsonNode p : s.get("points")) {
            if (p.get("period").asText().equals("2024-10-01")) {
                oct = p;
            }
        }
        assertNotNull(oct, s.toString());
        assertTrue(oct.get("events").asInt() > 0);
        long byQuad = 0;
        for (String q : Catalog.QUAD_NAMES) {
            byQuad += oct.get(q).asLong();
        }
        assertEquals(oct.get("events").asLong(), byQuad);
        JsonNode week = ok(http.get("/api/series?source=KOR&target=RUS&interval=week"));
        assertTrue(week.get("points").size() > 0);
        JsonNode timeline = ok(http.get("/api/series?interval=day"));
        assertTrue(timeline.get("points").size() > 0);
        problem(http.get("/api/series?source=KOR&target=RUS&interval=fortnight"), 400, "bad-parameter");
        problem(http.get("/api/series?source=KOR&target=ZZQXW"), 400, "unknown-actor");
    }

    @Test
    void networkHasEdgesBetweenKnownNodes() {
        JsonNode g = ok(http.get("/api/network?level=country"));
        assertTrue(g.get("edges").size() > 0, g.toString());
        Set<String> nodes = new HashSet<>();
        g.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        g.get("edges").forEach(e -> {
            assertTrue(nodes.contains(e.get("source").asText()));
            assertTrue(nodes.contains(e.get("target").asText()));
        });
        problem(http.get("/api/network?limit=0"), 400, "bad-parameter");
    }

    @Test
    void exportStreamsEveryEventAsJsonLinesOrCsv() {
        int total = ok(http.get("/api/events?limit=500")).get("items").size();
        Http.Response jsonl = http.get("/api/export?format=jsonl");
        assertEquals(200, jsonl.status());
        String[] lines = jsonl.body().strip().split("\n");
        assertEquals(total, lines.length);
        Http.Response csv = http.get("/api/export?format=csv&actor=KOR");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("id,type,cameo,"));
        problem(http.get("/api/export?format=xml"), 400, "bad-parameter");
    }

    @Test
    void ingestNeedsTheTokenAndSaysWhatIsWrong() {
        Http anonymous = http.withToken(null);
        problem(anonymous.postJson("/api/ingest", "{\"text\":\"x\"}"), 401, "unauthorized");
        problem(http.withToken("wrong").postJson("/api/ingest", "{\"text\":\"x\"}"), 401, "unauthorized");
        problem(http.postJson("/api/ingest", "{not json"), 400, "bad-body");
        problem(http.postJson("/api/ingest", "{\"title\":\"only\"}"), 400, "bad-body");
        problem(http.postJson("/api/ingest", "{\"url\":\"ftp://example.invalid/x\"}"), 400, "bad-parameter");
        problem(http.postBytes("/api/ingest", "text/plain", "hello".getBytes()), 415, "unsupported-media-type");
        // reads stay open on loopback
        assertEquals(200, anonymous.get("/api/events").status());
    }

    @Test
    void pastedTextIsAnalysedAndItsEventsListed() {
        String text = "Finland's foreign minister criticised Hungary on Tuesday for delaying the vote on "
                + "Sweden's membership of the alliance.";
        Http.Response r = http.postJson("/api/ingest", "{\"title\":\"Helsinki rebukes Budapest\",\"outlet\":\"Test Wire\","
                + "\"published\":\"2023-03-07\",\"text\":\"" + text + "\"}");
        assertEquals(201, r.status(), r.body());
        JsonNode report = r.json();
        assertEquals(1, report.get("stored").asInt());
        String id = report.get("articles").get(0).get("id").asText();
        assertEquals("Test Wire", ok(http.get("/api/articles/" + id)).get("outlet").asText());
        // the same text again is a duplicate, not a second article
        JsonNode again = ok(http.postJson("/api/ingest", "{\"title\":\"Helsinki rebukes Budapest\",\"text\":\"" + text + "\"}"));
        assertEquals(1, again.get("duplicates").asInt());
    }
}
