package org.tidings.store;

import java.time.Instant;

/**
 * An alert's delivery of one event.
 *
 * @param alertId     the alert (a hash of its rule and target)
 * @param eventId     the resolved event
 * @param state       "pending", "delivered" or "failed" (given up)
 * @param attempts    tries so far
 * @param lastError   why the last try failed, or null
 * @param createdAt   when the event first matched
 * @param deliveredAt when the receiver took it, or null
 */
public record AlertDelivery(String alertId, long eventId, String state, int attempts, String lastError,
                            Instant createdAt, Instant deliveredAt) {
}
