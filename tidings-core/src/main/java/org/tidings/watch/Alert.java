package org.tidings.watch;

import java.net.URI;
import java.util.Objects;

/**
 * What to do when an event matches a rule: POST it as JSON to a webhook, or print a line (to stdout).
 * Each matching event reaches the target once.
 *
 * @param rule    which events
 * @param webhook where to POST them, or null to print a line instead
 */
public record Alert(AlertRule rule, URI webhook) {

    public Alert {
        Objects.requireNonNull(rule, "rule");
        if (webhook != null) {
            Watch.checkHttp(webhook.toString(), "webhook");
        }
    }

    public static Alert webhook(AlertRule rule, URI url) {
        return new Alert(rule, Objects.requireNonNull(url, "url"));
    }

    public static Alert stdout(AlertRule rule) {
        return new Alert(rule, null);
    }

    /** Stable over restarts: deliveries are remembered under it, so the same rule and target deliver once. */
    public String id() {
        return Hashes.of("alert;" + rule.canonical() + ";target=" + target());
    }

    /** "webhook https://..." or "stdout". */
    public String target() {
        return webhook == null ? "stdout" : "webhook " + webhook;
    }
}
