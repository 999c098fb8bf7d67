package org.tidings.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.Ingestion;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleIds;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;
import org.tidings.ingest.Origin;
import org.tidings.ingest.ReadFailure;

/**
 * Runs uploaded files, pasted text and fetched pages through the pipeline into the store and the search index.
 * One ingest at a time: the store has one writer, and analysis already uses the cores.
 */
final class Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    private final Ingestion ingestion;
    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();

    Ingester(Ingestion ingestion, long maxBytes) {
        this.ingestion = ingestion;
        this.maxBytes = maxBytes;
    }

    /** An uploaded file: its name as sent (for the format and the origin) and its content. */
    record Upload(String name, InputStream content) {
    }

    ObjectNode files(List<Upload> uploads) throws IOException {
        Path dir = Files.createTempDirectory("tidings-upload");
        try {
            List<Path> paths = new ArrayList<>();
            int i = 0;
            for (Upload u : uploads) {
                // Only the last part of the name, tamed: it picks the reader by its extension, nothing more.
                String name = u.name() == null ? "upload" : u.name().replaceAll(".*[/\\\\]", "")
                        .replaceAll("[^A-Za-z0-9._-]", "_");
                if (name.isBlank() || name.startsWith(".")) {
                    name = "upload" + name;
                }
                Path p = dir.resolve((i++) + "-" + name);
                try (InputStream in = u.content()) {
                    Files.copy(in, p);
                }
                paths.add(p);
            }
            return ingest(paths, dir);
        } finally {
            deleteAll(dir);
        }
    }

    ObjectNode text(String title, String body, String url, String outlet, String published) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest("bad-parameter", "Bad parameter", "text must not be empty");
        }
        String t = title == null ? "" : title.strip();
        Article a = new Article(ArticleIds.of(t, body), blankToNull(url), blankToNull(outlet), t,
                blankToNull(published), body, null, List.of(), new Origin("pasted text", null), Instant.now());
        Report report = new Report();
        report.read++;
        lock.lock();
        try {
            process(a, report);
            ingestion.commit();
        } finally {
            lock.unlock();
        }
        return report.json();
    }

    ObjectNode url(String address) throws IOException {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad-parameter", "Bad parameter", "url is not a URL: " + address);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw Problem.badRequest("bad-parameter", "Bad parameter", "url must be an http or https URL: " + address);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .header("User-Agent", "tidings").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IOException e) {
            throw new Problem(502, "fetch-failed", "Cannot fetch the page", address + ": " + e.getMessage());
        }
        if (response.statusCode() / 100 != 2) {
            response.body().close();
            throw new Problem(502, "fetch-failed", "Cannot fetch the page",
                    address + " answered " + response.statusCode());
        }
        Path dir = Files.createTempDirectory("tidings-fetch");
        try {
            Path page = dir.resolve("page.html");
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new Problem(413, "too-large", "Content too large", address + " is larger than "
                            + maxBytes + " bytes");
                }
                Files.write(page, bytes);
            }
            return ingest(List.of(page), dir, address);
        } finally {
            deleteAll(dir);
        }
    }

    private ObjectNode ingest(List<Path> paths, Path dir) {
        return ingest(paths, dir, null);
    }

    private ObjectNode ingest(List<Path> paths, Path dir, String fetchedFrom) {
        Report report = new Report();
        List<Article> articles = new ArrayList<>();
        ArticleSources.read(paths, new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void failure(ReadFailure failure) {
                report.failures.add(shown(failure.toString(), dir));
            }
        });
        lock.lock();
        try {
            for (Article a : articles) {
                report.read++;
                if (fetchedFrom != null && a.origin() != null) {
                    a = new Article(a.id(), a.url() == null ? fetchedFrom : a.url(), a.outlet(), a.title(),
                            a.published(), a.body(), a.language(), a.authors(), new Origin(fetchedFrom, null),
                            a.ingestedAt());
                }
                process(a, report);
            }
            ingestion.commit();
        } finally {
            lock.unlock();
        }
        return report.json();
    }

    // Temporary paths mean nothing to the sender: show the name it sent.
    private static String shown(String message, Path dir) {
        return message.replace(dir.toString() + java.io.File.separator, "").replaceAll("(^|\\s)\\d+-", "$1");
    }

    private void process(Article a, Report report) {
        if (ingestion.isStored(a.id())) {
            report.duplicates++;
            return;
        }
        CodedArticle coded;
        try {
            coded = ingestion.tidings().process(a);
        } catch (RuntimeException e) {
            LOG.warn("analysis of {} failed", a.origin(), e);
            report.failures.add((a.origin() == null ? a.id() : a.origin().toString()) + ": analysis failed: " + e);
            return;
        }
        if (ingestion.save(coded)) {
            report.stored.add(coded);
        } else {
            report.duplicates++;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void deleteAll(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.debug("cannot delete {}", dir, e);
        }
    }

    private static final class Report {
        int read;
        int duplicates;
        final List<CodedArticle> stored = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        ObjectNode json() {
            ObjectNode o = Catalog.JSON.createObjectNode();
            o.put("read", read);
            o.put("stored", stored.size());
            o.put("duplicates", duplicates);
            ArrayNode f = o.putArray("failures");
            failures.forEach(f::add);
            ArrayNode arts = o.putArray("articles");
            for (CodedArticle c : stored) {
                Article a = c.document().article();
                ObjectNode art = arts.addObject().put("id", a.id()).put("title", a.title()).put("outlet", a.outlet())
                        .put("published", a.published());
                ArrayNode events = art.putArray("events");
                for (int i = 0; i < c.events().size(); i++) {
                    EventMention e = c.events().get(i);
                    events.addObject().put("id", a.id() + "-" + i).put("type", e.type()).put("cameo", e.cameo())
                            .put("source", Views.codes(e.source())).put("target", Views.codes(e.target()))
                            .put("evidence", e.evidence() == null ? null : e.evidence().text());
                }
            }
            return o;
        }
    }
}
