package org.tidings.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.Ingestion;
import org.tidings.events.CodedArticle;
import org.tidings.ingest.Article;
import org.tidings.search.SearchFilters;
import org.tidings.search.SearchHit;
import org.tidings.search.SearchIndex;
import org.tidings.store.ArticleQuery;
import org.tidings.store.Store;
import org.tidings.watch.Watch;
import org.tidings.watch.WatchOptions;

/**
 * The Tidings HTTP server: a JSON API, its OpenAPI document and the web pages, over the store of one data
 * directory.
 *
 * <p>The server is the store's one writer (DuckDB allows one writing process): it opens the store read-write,
 * saves ingests through it, and serves reads from further connections to the same database in this process.
 * Another process cannot write the store while the server runs. Over a Parquet output ({@link ServerOptions#parquet()})
 * the store is read-only, uploads are refused, and the search index is built in a temporary folder at start.
 *
 * <p>Access: on a loopback address reads are open; on any other address every request needs the token
 * ({@code Authorization: Bearer TOKEN}, or the {@code tidings_token} cookie for pages). Writes always need the
 * token in the header; without a configured one, a random token is made at start ({@link #writeToken()}).
 *
 * <p>Watches registered through {@code /api/watches} are kept in the store and polled by one scheduler thread
 * ({@link WatchScheduler}) through the same store writer.
 */
public final class TidingsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TidingsServer.class);
    static final String COOKIE = "tidings_token";
    private static final String PROBLEM_JSON = "application/problem+json";
    // how often the registered watches are looked at for one that is due (each has its own interval)
    private static final java.time.Duration WATCH_TICK = java.time.Duration.ofSeconds(15);

    private final ServerOptions options;
    private final String token;
    private final boolean tokenForReads;
    private final Store store;
    private final SearchIndex index;
    private final Catalog catalog;
    private final Ingester ingester;
    private final WatchScheduler watches;
    private java.nio.file.Path indexDir;
    private final List<String> routes = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Javalin app;
    // reads the events into memory while the server already answers (100,000 take seconds)
    private final Thread warmUp;

    private TidingsServer(ServerOptions options, String token, boolean tokenForReads) {
        this.options = options;
        this.token = token;
        this.tokenForReads = tokenForReads;
        this.store = options.parquet() ? Store.openParquet(options.dataDir()) : Store.open(options.dataDir());
        SearchIndex idx = null;
        Catalog cat = null;
        try {
            idx = options.parquet() ? temporaryIndex(store) : SearchIndex.open(store);
            cat = new Catalog(store, 4);
        } catch (RuntimeException e) {
            if (idx != null) {
                idx.close();
            }
            store.close();
            throw e;
        }
        this.index = idx;
        this.catalog = cat;
        this.warmUp = new Thread(() -> {
            try {
                catalog.warm();
            } catch (RuntimeException e) {
                LOG.debug("events not read ahead: {}", e.getMessage());
            }
        }, "tidings-events-warm-up");
        warmUp.setDaemon(true);
        Ingestion ingestion = new Ingestion(store, index);
        this.ingester = new Ingester(ingestion, options.maxUploadBytes());
        this.watches = new WatchScheduler(ingestion, WatchOptions.defaults(), WATCH_TICK);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxUploadBytes();
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(),
                    io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/tidings/server/web";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.events(events -> events.handlerAdded(info -> {
                if (info.getHttpMethod().isHttpMethod()) {
                    routes.add(info.getHttpMethod().name() + " " + info.getPath());
                }
            }));
        });
        register();
    }

    // A Parquet output is read-only and may be shared: its search index is built apart, for this run only.
    private SearchIndex temporaryIndex(Store parquet) {
        try {
            indexDir = Files.createTempDirectory("tidings-index");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot make a folder for the search index: " + e.getMessage(), e);
        }
        SearchIndex index = SearchIndex.open(indexDir);
        try {
            index.sync(parquet);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    /**
     * Starts a server.
     *
     * @throws IllegalArgumentException when asked to listen on a non-loopback address without a token
     */
    public static TidingsServer start(ServerOptions options) {
        boolean loopback = loopback(options.bind());
        if (!loopback && options.token() == null) {
            throw new IllegalArgumentException("refusing to listen on " + options.bind()
                    + " without a token: give --token or TIDINGS_TOKEN, or bind to 127.0.0.1");
        }
        String token = options.token() != null ? options.token() : randomToken();
        TidingsServer server = new TidingsServer(options, token, !loopback);
        try {
            server.app.start(options.bind(), options.port());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info("serving {} on {}", options.dataDir(), server.url());
        server.warmUp.start();
        return server;
    }

    static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the bind address " + bind, e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return "http://" + host + ":" + port() + "/";
    }

    /** The token that writes (and, off loopback, every request) need. */
    public String writeToken() {
        return token;
    }

    /** Whether every request needs the token (the server listens beyond loopback). */
    public boolean tokenForReads() {
        return tokenForReads;
    }

    /** "GET /api/events", ... : every route the app serves, as registered. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        try {
            watches.close();
            app.stop();
            if (warmUp.isAlive()) {
                warmUp.join(); // it reads through the connections closed next
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                catalog.close();
            } finally {
                try {
                    index.close();
                } finally {
                    store.close();
                    deleteIndexDir();
                }
            }
        }
    }

    private void deleteIndexDir() {
        if (indexDir == null) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = Files.walk(indexDir)) {
            for (java.nio.file.Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("cannot delete the search index {}: {}", indexDir, e.getMessage());
        }
    }

    // ---- routes ----

    private void register() {
        app.before(this::access);
        app.before(ctx -> ctx.attribute("started", System.nanoTime()));
        app.after(this::count);
        app.exception(Problem.class, (e, ctx) -> problem(ctx, e.status, e.typeUri(), e.title, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String type = switch (status) {
                case 404 -> "not-found";
                case 413 -> "too-large";
                default -> "http-" + status;
            };
            String title = switch (status) {
                case 404 -> "Not found";
                case 413 -> "Content too large";
                default -> "Request failed";
            };
            problem(ctx, status, Problem.TYPE_BASE + type, title, e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, 500, Problem.TYPE_BASE + "internal", "Internal error", "the server failed: " + e.getMessage());
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !PROBLEM_JSON.equals(ctx.res().getContentType())) {
                problem(ctx, 404, Problem.TYPE_BASE + "not-found", "Not found", "no such route: " + ctx.path());
            }
        });
        app.error(405, ctx -> problem(ctx, 405, Problem.TYPE_BASE + "method", "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path()));

        app.get("/health", ctx -> json(ctx, Catalog.JSON.createObjectNode().put("status", "ok")
                .put("articles", catalog.count("articles")).put("events", catalog.count("events"))
                .put("event_mentions", catalog.count("event_mentions"))));
        app.get("/metrics", this::metrics);
        app.get("/openapi.json", ctx -> {
            try (InputStream in = TidingsServer.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
        app.get("/api/articles", this::articles);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/events", this::events);
        app.get("/api/events/{id}", ctx -> json(ctx, catalog.event(ctx.pathParam("id"))
                .orElseThrow(() -> Problem.notFound("no event " + ctx.pathParam("id")))));
        app.get("/api/facets", ctx -> json(ctx, catalog.facets(Params.events(ctx, catalog))));
        app.get("/api/actors", ctx -> json(ctx, Catalog.JSON.createObjectNode().set("items",
                catalog.actors(Params.text(ctx, "q"), Params.integer(ctx, "limit", 50, 1, Params.MAX_PAGE)))));
        app.get("/api/actors/{code}", this::actor);
        app.get("/api/series", this::series);
        app.get("/api/network", ctx -> json(ctx, catalog.network(Params.events(ctx, catalog),
                "country".equals(Params.text(ctx, "level")), Params.integer(ctx, "limit", 100, 1, 1000))));
        app.get("/api/export", this::export);
        app.post("/api/ingest", this::ingest);
        app.get("/api/watches", this::listWatches);
        app.post("/api/watches", this::addWatch);
        app.delete("/api/watches/{id}", this::removeWatch);
    }

    private void access(Context ctx) {
        boolean write = !(ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
                || ctx.method() == HandlerType.OPTIONS);
        if (write) {
            if (!matches(bearer(ctx))) {
                unauthorized(ctx, "writes need the server's token as 'Authorization: Bearer TOKEN'");
            }
            return;
        }
        if (!tokenForReads || matches(bearer(ctx)) || matches(ctx.cookie(COOKIE))) {
            return;
        }
        String path = ctx.path();
        if (path.equals("/login.html") || path.equals("/style.css")) {
            return;
        }
        if (!path.startsWith("/api/") && !path.equals("/openapi.json") && !path.equals("/metrics")
                && !path.equals("/health") && (path.equals("/") || path.endsWith(".html"))) {
            ctx.redirect("/login.html");
            ctx.skipRemainingHandlers();
            return;
        }
        unauthorized(ctx, "this server needs its token as 'Authorization: Bearer TOKEN'");
    }

    private static void unauthorized(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new Problem(401, "unauthorized", "Unauthorized", detail);
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private void count(Context ctx) {
        String route;
        try {
            route = ctx.endpointHandlerPath();
        } catch (RuntimeException e) {
            route = "(static)";
        }
        String key = "method=\"" + ctx.method().name() + "\",route=\"" + route.replace("\"", "") + "\",status=\""
                + ctx.statusCode() + "\"";
        requests.computeIfAbsent(key, k -> new LongAdder()).increment();
        Long started = ctx.attribute("started");
        if (started != null) {
            nanos.computeIfAbsent("route=\"" + route.replace("\"", "") + "\"", k -> new LongAdder())
                    .add(System.nanoTime() - started);
        }
    }

    private void metrics(Context ctx) {
        StringBuilder sb = new StringBuilder();
        sb.append("# HELP tidings_http_requests_total HTTP requests answered.\n# TYPE tidings_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> sb.append("tidings_http_requests_total{").append(k).append("} ")
                .append(v.sum()).append('\n'));
        sb.append("# HELP tidings_http_request_seconds_total Time spent answering, by route.\n"
                + "# TYPE tidings_http_request_seconds_total counter\n");
        new TreeMap<>(nanos).forEach((k, v) -> sb.append("tidings_http_request_seconds_total{").append(k).append("} ")
                .append(String.format(Locale.ROOT, "%.6f", v.sum() / 1e9)).append('\n'));
        sb.append("# HELP tidings_store_articles Articles in the store.\n# TYPE tidings_store_articles gauge\n")
                .append("tidings_store_articles ").append(catalog.count("articles")).append('\n');
        sb.append("# HELP tidings_store_event_mentions Event mentions in the store.\n"
                + "# TYPE tidings_store_event_mentions gauge\n")
                .append("tidings_store_event_mentions ").append(catalog.count("event_mentions")).append('\n');
        sb.append("# HELP tidings_store_events Resolved events in the store.\n# TYPE tidings_store_events gauge\n")
                .append("tidings_store_events ").append(catalog.count("events")).append('\n');
        ctx.contentType("text/plain; version=0.0.4").result(sb.toString());
    }

    private void articles(Context ctx) {
        String q = Params.text(ctx, "q");
        String outlet = Params.text(ctx, "outlet");
        var from = Params.date(ctx, "from");
        var to = Params.date(ctx, "to");
        int limit = Params.integer(ctx, "limit", 20, 1, Params.MAX_PAGE);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000);
        ObjectNode out = Catalog.JSON.createObjectNode();
        ArrayNode items = out.putArray("items");
        if (q != null) {
            List<SearchHit> hits = index.search(q, new SearchFilters(outlet, from, to), offset + limit + 1);
            hits.stream().skip(offset).limit(limit).forEach(h -> items.add(Views.hit(h)));
            out.put("more", hits.size() > offset + limit);
        } else {
            List<Article> list = store.articles(new ArticleQuery(outlet, from, to, null, null, limit + 1, offset));
            list.stream().limit(limit).forEach(a -> items.add(Views.articleSummary(a)));
            out.put("more", list.size() > limit);
        }
        out.put("offset", offset);
        out.put("limit", limit);
        out.set("outlets", catalog.outlets());
        json(ctx, out);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<CodedArticle> coded = id.matches("[A-Za-z0-9_-]{1,128}") ? store.load(id) : Optional.empty();
        json(ctx, Views.article(coded.orElseThrow(() -> Problem.notFound("no article " + id))));
    }

    private void events(Context ctx) {
        EventFilter f = Params.events(ctx, catalog);
        int limit = Params.integer(ctx, "limit", 50, 1, Params.MAX_PAGE);
        Catalog.Page page = catalog.events(f, limit, Params.text(ctx, "cursor"));
        ObjectNode out = Catalog.JSON.createObjectNode();
        ArrayNode items = out.putArray("items");
        page.items().forEach(json -> items.addRawValue(new com.fasterxml.jackson.databind.util.RawValue(json)));
        out.put("next_cursor", page.nextCursor());
        if (Params.bool(ctx, "facets", false)) {
            out.set("facets", catalog.facets(f));
        }
        json(ctx, out);
    }

    private void actor(Context ctx) {
        String code = ctx.pathParam("code");
        if (!code.matches("[A-Za-z0-9]{2,20}") || !catalog.knownActor(code)) {
            throw Problem.notFound("no actor with a code starting with " + code);
        }
        json(ctx, catalog.actor(code, Params.interval(ctx, "month")));
    }

    private void series(Context ctx) {
        String source = Params.text(ctx, "source");
        String target = Params.text(ctx, "target");
        for (String code : java.util.Arrays.asList(source, target)) {
            if (code != null && (!code.matches("[A-Za-z0-9]{2,20}") || !catalog.knownActor(code))) {
                throw new Problem(400, "unknown-actor", "Unknown actor", "no actor code starts with '" + code + "'");
            }
        }
        String interval = Params.interval(ctx, "month");
        boolean directed = Params.bool(ctx, "directed", false);
        ObjectNode out = Catalog.JSON.createObjectNode();
        out.put("source", source == null ? null : source.toUpperCase(Locale.ROOT));
        out.put("target", target == null ? null : target.toUpperCase(Locale.ROOT));
        out.put("interval", interval);
        out.put("directed", directed);
        out.set("points", catalog.series(source, target, directed, interval, Params.events(ctx, catalog)));
        json(ctx, out);
    }

    private void export(Context ctx) throws IOException {
        String format = Optional.ofNullable(Params.text(ctx, "format")).orElse("jsonl").toLowerCase(Locale.ROOT);
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw Params.bad("format", "must be jsonl or csv");
        }
        EventFilter f = Params.events(ctx, catalog);
        ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson");
        ctx.header("Content-Disposition", "attachment; filename=\"events." + format + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8));
        if (format.equals("csv")) {
            out.write(Csv.HEADER);
        }
        try {
            catalog.forEachEvent(f, e -> {
                try {
                    out.write(format.equals("csv") ? Csv.row(e) : Catalog.JSON.writeValueAsString(e) + "\n");
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (UncheckedIOException e) {
            LOG.debug("export cut short: {}", e.getMessage());
        }
        out.flush();
    }

    private void ingest(Context ctx) throws IOException {
        if (store.readOnly()) {
            throw new Problem(409, "read-only", "Read-only store", "this server serves a Parquet output, which "
                    + "is read-only; ingest with tidings ingest into a data directory, or with the Spark job");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxUploadBytes()) {
            throw new Problem(413, "too-large", "Content too large", "the request has " + length
                    + " bytes; the limit is " + options.maxUploadBytes());
        }
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        ObjectNode report;
        if (type.startsWith("multipart/")) {
            List<UploadedFile> files = ctx.uploadedFiles();
            if (files.isEmpty()) {
                throw Params.bad("files", "must hold at least one file");
            }
            List<Ingester.Upload> uploads = new ArrayList<>();
            for (UploadedFile f : files) {
                uploads.add(new Ingester.Upload(f.filename(), f.content()));
            }
            report = ingester.files(uploads);
        } else if (type.startsWith("application/json")) {
            JsonNode body;
            try {
                body = Catalog.JSON.readTree(ctx.bodyAsBytes());
            } catch (JsonProcessingException e) {
                throw Problem.badRequest("bad-body", "Bad body", "the body is not JSON: " + e.getOriginalMessage());
            }
            if (body == null || !body.isObject()) {
                throw Problem.badRequest("bad-body", "Bad body", "the body must be a JSON object");
            }
            if (body.hasNonNull("url") && !body.hasNonNull("text")) {
                report = ingester.url(body.get("url").asText());
            } else if (body.hasNonNull("text")) {
                report = ingester.text(body.path("title").asText(null), body.get("text").asText(),
                        body.path("url").asText(null), body.path("outlet").asText(null),
                        body.path("published").asText(null));
            } else {
                throw Problem.badRequest("bad-body", "Bad body", "give text (with optional title, outlet, published) "
                        + "or url");
            }
        } else {
            throw new Problem(415, "unsupported-media-type", "Unsupported media type",
                    "send multipart/form-data with files, or JSON with text or url");
        }
        ctx.status(report.path("stored").asInt() > 0 ? 201 : 200);
        json(ctx, report);
    }

    private void listWatches(Context ctx) {
        ObjectNode out = Catalog.JSON.createObjectNode();
        ArrayNode items = out.putArray("items");
        watches.registry().list().forEach(w -> items.add(watches.view(w)));
        json(ctx, out);
    }

    private void addWatch(Context ctx) {
        Watch watch;
        try {
            watch = Watch.fromJson(ctx.body());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad-body", "Bad watch", e.getMessage());
        }
        boolean added = watches.registry().add(watch);
        if (added) {
            LOG.info("watch {} registered: {}", watch.id(), watch.feeds());
            watches.wake();
        }
        ctx.status(added ? 201 : 200).header("Location", "/api/watches/" + watch.id());
        json(ctx, watches.view(watch));
    }

    private void removeWatch(Context ctx) {
        String id = ctx.pathParam("id");
        if (!watches.registry().remove(id)) {
            throw Problem.notFound("no watch " + id);
        }
        LOG.info("watch {} removed", id);
        ctx.status(204);
    }

    private static void json(Context ctx, JsonNode node) {
        try {
            ctx.contentType("application/json").result(Catalog.JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(Context ctx, int status, String type, String title, String detail) {
        ObjectNode o = Catalog.JSON.createObjectNode();
        o.put("type", type);
        o.put("title", title);
        o.put("status", status);
        o.put("detail", detail);
        o.put("instance", ctx.path());
        ctx.status(status);
        try {
            ctx.contentType(PROBLEM_JSON).result(Catalog.JSON.writeValueAsBytes(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
