package org.tidings.store;

import java.util.List;
import org.tidings.events.EventMention;

/**
 * A resolved event as stored: one real-world event with every mention of it across articles.
 *
 * @param id                 stable event id (a hash of its smallest mention id)
 * @param event              the event's fields (type, actors, CAMEO of its best-told mention; best date and place)
 * @param representative     the id of the mention the fields come from
 * @param reports            number of mentions
 * @param articles           number of distinct articles
 * @param independentReports articles left when near-duplicate copies count once
 * @param outlets            independent outlets, in order of first report
 * @param allOutlets         every outlet that carried it, syndicated copies included
 * @param firstReport        publication time of the first report, or null
 * @param lastReport         publication time of the last report, or null
 * @param corroboration      confirmed, single-source, denied, or the certainty all reports share
 * @param dateEvidence       mentions behind the best date
 * @param placeEvidence      mentions behind the best place
 * @param mentions           every mention, by publication time
 */
public record StoredEvent(long id, EventMention event, String representative, int reports, int articles,
                          int independentReports, List<String> outlets, List<String> allOutlets,
                          String firstReport, String lastReport, String corroboration, List<String> dateEvidence,
                          List<String> placeEvidence, List<StoredMention> mentions) {

    public StoredEvent {
        outlets = List.copyOf(outlets);
        allOutlets = List.copyOf(allOutlets);
        dateEvidence = List.copyOf(dateEvidence);
        placeEvidence = List.copyOf(placeEvidence);
        mentions = List.copyOf(mentions);
    }
}
