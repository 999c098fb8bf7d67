package org.tidings.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one JSON document to a receiver, trying again with growing pauses when it answers 5xx, 408 or 429 or does
 * not answer. Any other 4xx is final: the receiver refuses it, and asking again will not change its mind.
 */
final class Webhook {

    private static final Logger LOG = LoggerFactory.getLogger(Webhook.class);

    /** How a delivery went: taken or not, the tries it took, and the last error. */
    record Result(boolean delivered, int tries, boolean refused, String error) {
    }

    private final HttpClient client;
    private final WatchOptions options;

    Webhook(HttpClient client, WatchOptions options) {
        this.client = client;
        this.options = options;
    }

    Result post(URI url, String deliveryId, byte[] json) {
        Duration pause = options.deliveryPause();
        String error = null;
        for (int tryNo = 1; tryNo <= options.deliveryTries(); tryNo++) {
            if (tryNo > 1) {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Result(false, tryNo - 1, false, "interrupted");
                }
                pause = pause.multipliedBy(2);
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(url).timeout(options.timeout())
                        .header("Content-Type", "application/json").header("User-Agent", options.userAgent())
                        .header("X-Tidings-Delivery", deliveryId)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(),
                        HttpResponse.BodyHandlers.discarding());
                int status = r.statusCode();
                if (status / 100 == 2) {
                    return new Result(true, tryNo, false, null);
                }
                error = "answered HTTP " + status;
                if (status / 100 == 4 && status != 408 && status != 429) {
                    return new Result(false, tryNo, true, error);
                }
            } catch (IOException e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(false, tryNo, false, "interrupted");
            }
            LOG.info("webhook {}: delivery {} try {} failed: {}", url, deliveryId, tryNo, error);
        }
        return new Result(false, options.deliveryTries(), false, error);
    }
}
