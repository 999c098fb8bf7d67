package org.tidings.resolve;

import java.util.List;
import org.tidings.events.EventMention;

/**
 * One real-world event with every report of it.
 *
 * @param id                 stable id: a hash of the smallest mention id, so the same clustering gives the same ids
 *                           whatever the ingest order
 * @param event              the event's fields: type, actors and CAMEO code of its best-told mention, with the best
 *                           date and place of all its mentions
 * @param representative     id of the mention {@code event} was taken from
 * @param reports            every mention, by publication time then id
 * @param outlets            the independent outlets, in order of first report (a syndicated copy counts for the
 *                           outlet of its original)
 * @param allOutlets         every outlet that carried it, copies included
 * @param articles           the number of distinct articles
 * @param independentReports the number of articles left when near-duplicate copies count once
 * @param firstReport        publication time of the earliest report, or null
 * @param lastReport         publication time of the latest report, or null
 * @param corroboration      "confirmed" (two or more independent outlets assert or report it), "single-source",
 *                           "denied" (a party denies it), or the certainty all reports share ("alleged", "planned", ...)
 * @param dateEvidence       the mentions that gave the best date: "mention-id: expression = value"
 * @param placeEvidence      the mentions that gave the best place: "mention-id: name"
 */
public record ResolvedEvent(long id, EventMention event, String representative, List<Report> reports,
                            List<String> outlets, List<String> allOutlets, int articles, int independentReports,
                            String firstReport, String lastReport, String corroboration,
                            List<String> dateEvidence, List<String> placeEvidence) {

    public ResolvedEvent {
        reports = List.copyOf(reports);
        outlets = List.copyOf(outlets);
        allOutlets = List.copyOf(allOutlets);
        dateEvidence = List.copyOf(dateEvidence);
        placeEvidence = List.copyOf(placeEvidence);
    }
}
