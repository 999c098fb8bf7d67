package org.tidings.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on a loopback port that answers 500 to its first call and 200 after, keeping every call. */
final class WebhookReceiver implements AutoCloseable {

    /** One call: the answer it got, its delivery header and its body. */
    record Call(int answered, String delivery, String body) {
    }

    private final HttpServer server;
    final List<Call> calls = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = calls.isEmpty() ? 500 : 200;
            calls.add(new Call(status, ex.getRequestHeaders().getFirst("X-Tidings-Delivery"), body));
            ex.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
