package org.tidings.attribution;

import java.util.List;

/**
 * Who says an event happened, and how firmly.
 *
 * @param certainty  "asserted" (the outlet says so, naming no source), "reported" (a named source says so),
 *                   "alleged" (hedged: allegedly, reportedly, purported, claimed, ...), "denied" (a party
 *                   denies it), "planned" (intended, announced for the future) or "hypothetical" (conditional)
 * @param reportedBy the chain of sources, outermost first ("Yonhap", "the ministry"); the article's outlet
 *                   alone when no source is named; empty when neither is known
 */
public record Attribution(String certainty, List<String> reportedBy) {

    public Attribution {
        reportedBy = reportedBy == null ? List.of() : List.copyOf(reportedBy);
    }
}
