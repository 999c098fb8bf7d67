package org.tidings.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * One event mention on its way to resolution.
 *
 * @param id        the mention id: article id, '-', position in the article
 * @param articleId the article
 * @param report    the mention with its article's url, outlet and publication time ({@link Reports} JSON)
 * @param row       its row of the event_mentions table, without the event yet
 */
record MentionRecord(String id, String articleId, String report, Row row) implements Serializable {
}
