package org.tidings.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on a loopback port for watch tests: an RSS feed the test adds items to (with an ETag, answering 304
 * when it matches), article pages, a robots.txt that keeps crawlers out of /members/, a feed that fails with 500 and
 * one that is not XML. It counts what it was asked and what it answered.
 */
final class NewsSite implements AutoCloseable {

    /** A feed item: its page is served at {@code path} (null: the item has no link). */
    record Item(String guid, String title, String path, String pubDate, String description) {
    }

    /** A page served at a path. */
    record Page(String siteName, String title, String published, List<String> paragraphs) {
    }

    private final HttpServer server;
    private final List<Item> items = new CopyOnWriteArrayList<>();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    final AtomicInteger notModified = new AtomicInteger();

    NewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void add(Item item, Page page) {
        items.add(item);
        if (page != null) {
            pages.put(item.path(), page);
        }
    }

    int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (ex) {
            switch (path) {
                case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /members/\n");
                case "/feed.xml" -> feed(ex);
                case "/broken.xml" -> send(ex, 500, "text/plain", "internal error");
                case "/garbage.xml" -> send(ex, 200, "application/rss+xml", "<rss><channel><title>Half a feed");
                default -> {
                    Page p = pages.get(path);
                    if (p == null) {
                        send(ex, 404, "text/plain", "no such page");
                    } else {
                        send(ex, 200, "text/html; charset=utf-8", html(p));
                    }
                }
            }
        }
    }

    private void feed(HttpExchange ex) throws IOException {
        String xml = rss();
        String etag = "\"" + sha(xml) + "\"";
        String given = ex.getRequestHeaders().getFirst("If-None-Match");
        if (given != null) {
            ifNoneMatch.add(given);
        }
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(given)) {
            notModified.incrementAndGet();
            ex.sendResponseHeaders(304, -1);
            return;
        }
        send(ex, 200, "application/rss+xml; charset=utf-8", xml);
    }

    private String rss() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Loopback Wire</title><link>" + url("/") + "</link><language>en</language>\n");
        List<Item> newestFirst = new ArrayList<>(items);
        java.util.Collections.reverse(newestFirst);
        for (Item i : newestFirst) {
            sb.append("<item><title>").append(i.title()).append("</title>");
            if (i.path() != null) {
                sb.append("<link>").append(url(i.path())).append("</link>");
            }
            sb.append("<guid isPermaLink=\"false\">").append(i.guid()).append("</guid><pubDate>").append(i.pubDate())
                    .append("</pubDate><description>").append(i.description()).append("</description></item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }

    private static String html(Page p) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(p.title()).append(" | ").append(p.siteName()).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(p.siteName()).append("\">")
                .append("<meta property=\"article:published_time\" content=\"").append(p.published()).append("\">")
                .append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
                .append(p.title()).append("</h1>");
        p.paragraphs().forEach(par -> sb.append("<p>").append(par).append("</p>"));
        return sb.append("</article><footer>Loopback Wire, all rights reserved</footer></body></html>").toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
