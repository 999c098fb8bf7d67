package org.tidings.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a store holds. The maps are ordered by count, largest first.
 *
 * @param firstPublished earliest publication day, or null when no article has one
 * @param lastPublished  latest publication day, or null
 */
public record StoreStats(int schemaVersion, long articles, long sentences, long entities, long timexes,
                         long actors, long eventMentions, Map<String, Long> articlesByOutlet,
                         Map<String, Long> mentionsByType, Map<String, Long> mentionsByCertainty,
                         LocalDate firstPublished, LocalDate lastPublished) {

    public StoreStats {
        articlesByOutlet = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(articlesByOutlet));
        mentionsByType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mentionsByType));
        mentionsByCertainty = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mentionsByCertainty));
    }
}
