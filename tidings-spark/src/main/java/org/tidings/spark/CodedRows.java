package org.tidings.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * What coding one article gives the later stages: its rows of the store's tables (event mentions apart, which wait
 * for their events), its mentions, its fingerprint.
 */
record CodedRows(String articleId, Map<String, List<Row>> rows, List<MentionRecord> mentions, ArticlePrint print)
        implements Serializable, CodeResult {
}
