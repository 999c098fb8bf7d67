package org.tidings.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * The resolver's decision about two mentions, kept as the store keeps it.
 *
 * @param a      the mention id that sorts first
 * @param b      the other
 * @param merged whether they tell the same event
 * @param row    the event_links row with the score and its reasons
 */
record LinkRecord(String a, String b, boolean merged, Row row) implements Serializable {
}
