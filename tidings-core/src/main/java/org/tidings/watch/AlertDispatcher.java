package org.tidings.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.store.AlertDelivery;
import org.tidings.store.Store;
import org.tidings.store.StoredEvent;
import org.tidings.store.StoredEventJson;
import org.tidings.store.StoredMention;
import org.tidings.store.WatchStore;

/**
 * Finds the events that newly stored articles made or changed, checks them against an alert's rule, and delivers
 * each matching event once: the match is recorded in the store first, then delivered; a delivery that fails is
 * tried again at the next poll until it is given up.
 */
final class AlertDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final WatchStore state;
    private final Webhook webhook;
    private final Consumer<String> lines;
    private final WatchOptions options;

    AlertDispatcher(Store store, Webhook webhook, Consumer<String> lines, WatchOptions options) {
        this.store = store;
        this.state = store.watches();
        this.webhook = webhook;
        this.lines = lines;
        this.options = options;
    }

    AlertReport dispatch(Alert alert, List<CodedArticle> stored) {
        String alertId = alert.id();
        int matched = 0;
        for (long eventId : touched(stored)) {
            Optional<StoredEvent> e = store.event(eventId);
            if (e.isPresent() && alert.rule().matches(e.get())) {
                List<String> mentions = e.get().mentions().stream().map(StoredMention::id).toList();
                if (state.enqueue(alertId, eventId, mentions, options.clock().instant())) {
                    matched++;
                    LOG.info("alert {}: event {} matches {}", alertId, eventId, alert.rule().describe());
                }
            }
        }
        int delivered = 0;
        int waiting = 0;
        int gaveUp = 0;
        for (AlertDelivery d : state.pending(alertId)) {
            switch (deliver(alert, d)) {
                case DELIVERED -> delivered++;
                case WAITING -> waiting++;
                case GAVE_UP -> gaveUp++;
            }
        }
        return new AlertReport(alertId, matched, delivered, waiting, gaveUp);
    }

    /** The resolved events of the mentions of the stored articles, in order. */
    private Set<Long> touched(List<CodedArticle> stored) {
        Set<Long> ids = new LinkedHashSet<>();
        for (CodedArticle c : stored) {
            String articleId = c.document().article().id();
            for (int i = 0; i < c.events().size(); i++) {
                store.eventOf(articleId + "-" + i).ifPresent(ids::add);
            }
        }
        return ids;
    }

    private enum Delivery { DELIVERED, WAITING, GAVE_UP }

    // An event's id changes when a report with a smaller id joins it: find it by the mentions it had.
    private Optional<StoredEvent> successor(AlertDelivery d) {
        for (String mention : state.mentions(d.alertId(), d.eventId())) {
            Optional<StoredEvent> e = store.eventOf(mention).flatMap(store::event);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private Delivery deliver(Alert alert, AlertDelivery d) {
        Optional<StoredEvent> event = store.event(d.eventId()).or(() -> successor(d));
        if (event.isEmpty()) {
            state.deliveryFailed(d.alertId(), d.eventId(), d.attempts(), "the event is gone", true);
            return Delivery.GAVE_UP;
        }
        String deliveryId = d.alertId() + "-" + d.eventId();
        if (alert.webhook() == null) {
            lines.accept(line(event.get()));
            state.delivered(d.alertId(), d.eventId(), d.attempts() + 1, options.clock().instant());
            return Delivery.DELIVERED;
        }
        Webhook.Result r = webhook.post(alert.webhook(), deliveryId, payload(alert, deliveryId, event.get()));
        int attempts = d.attempts() + r.tries();
        if (r.delivered()) {
            LOG.info("alert {}: event {} delivered to {} (try {})", d.alertId(), d.eventId(), alert.webhook(),
                    attempts);
            state.delivered(d.alertId(), d.eventId(), attempts, options.clock().instant());
            return Delivery.DELIVERED;
        }
        boolean giveUp = r.refused() || attempts >= options.deliveryGiveUp();
        LOG.warn("alert {}: cannot deliver event {} to {}: {} ({} tries{})", d.alertId(), d.eventId(),
                alert.webhook(), r.error(), attempts, giveUp ? "; given up" : "; trying again at the next poll");
        state.deliveryFailed(d.alertId(), d.eventId(), attempts, r.error(), giveUp);
        return giveUp ? Delivery.GAVE_UP : Delivery.WAITING;
    }

    /** What the webhook receives: the delivery and alert, and the event as {@code tidings events} shows it. */
    private static byte[] payload(Alert alert, String deliveryId, StoredEvent e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("delivery", deliveryId);
        o.put("alert", alert.id());
        o.put("rule", alert.rule().describe());
        o.set("event", StoredEventJson.resolvedEvent(e));
        try {
            return JSON.writeValueAsBytes(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** "ALERT event 123 2024-10-21 ACCUSE 110 (Goldstein -2.0) KORGOV -> RUSGOV, 2 reports (A; B): sentence". */
    static String line(StoredEvent se) {
        EventMention e = se.event();
        String evidence = e.evidence() == null ? "" : ": " + e.evidence().text().replaceAll("\\s+", " ");
        return "ALERT event " + se.id() + " " + (e.date() == null ? "undated" : e.date().value()) + " " + e.type()
                + (e.cameo() == null ? "" : " " + e.cameo()) + " (Goldstein " + e.goldstein() + ") "
                + codes(e.source()) + " -> " + codes(e.target()) + ", " + se.reports()
                + (se.reports() == 1 ? " report" : " reports") + (se.outlets().isEmpty() ? ""
                : " (" + String.join("; ", se.outlets()) + ")") + evidence;
    }

    private static String codes(List<ActorMention> actors) {
        return actors.isEmpty() ? "-" : actors.stream().map(a -> a.code() != null ? a.code()
                : a.country() != null ? a.country() : a.text()).distinct().collect(Collectors.joining(","));
    }
}
