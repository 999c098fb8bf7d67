package org.tidings.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/** One resolved event's row and the rows of its mentions, each now naming it. */
record ResolvedRows(Row event, List<Row> mentions) implements Serializable {
}
