package org.tidings.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/**
 * GET requests for a watcher: paced per host, with our user agent and timeout, bodies capped in size. Redirects
 * are followed.
 */
final class Fetcher {

    /** An answer: status, headers, the body (empty for 304), and the URI it finally came from. */
    record Response(int status, HttpHeaders headers, byte[] body, URI uri) {

        Optional<String> header(String name) {
            return headers.firstValue(name).map(String::strip).filter(v -> !v.isEmpty());
        }

        /** The charset of the Content-Type header, or null. */
        String charset() {
            return header("Content-Type").map(ct -> {
                for (String part : ct.split(";")) {
                    String p = part.strip();
                    if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                        return p.substring(8).replace("\"", "").strip();
                    }
                }
                return null;
            }).orElse(null);
        }
    }

    private final HttpClient client;
    private final HostPacer pacer;
    private final WatchOptions options;

    Fetcher(HttpClient client, HostPacer pacer, WatchOptions options) {
        this.client = client;
        this.pacer = pacer;
        this.options = options;
    }

    static HttpClient client(WatchOptions options) {
        return HttpClient.newBuilder().connectTimeout(options.timeout()).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * GETs a URI after waiting for its host's slot.
     *
     * @param headers  extra request headers
     * @param maxBytes larger bodies fail
     * @throws IOException when there is no answer, or the body is too large; the message says which, for the user
     */
    Response get(URI uri, Map<String, String> headers, long maxBytes) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(options.timeout())
                .header("User-Agent", options.userAgent()).GET();
        headers.forEach(b::header);
        try {
            pacer.await(uri.getHost());
            HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = r.body()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            }
            if (body.length > maxBytes) {
                throw new IOException("the answer is larger than " + maxBytes / (1 << 20) + " MB");
            }
            return new Response(r.statusCode(), r.headers(), body, r.uri());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("no answer within " + options.timeout().toSeconds() + " s", e);
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot connect" + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }
}
