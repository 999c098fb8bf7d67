package org.tidings.watch;

/**
 * What an alert did in one poll.
 *
 * @param alertId   the alert
 * @param matched   events that newly matched its rule
 * @param delivered deliveries the target took
 * @param waiting   deliveries that failed now and will be tried again at the next poll
 * @param gaveUp    deliveries given up after all their tries
 */
public record AlertReport(String alertId, int matched, int delivered, int waiting, int gaveUp) {

    public boolean failed() {
        return waiting > 0 || gaveUp > 0;
    }

    public String summary() {
        return "alert " + alertId + ": " + matched + " new matching " + (matched == 1 ? "event" : "events") + ", "
                + delivered + " delivered" + (waiting > 0 ? ", " + waiting + " to retry" : "")
                + (gaveUp > 0 ? ", " + gaveUp + " given up" : "");
    }
}
