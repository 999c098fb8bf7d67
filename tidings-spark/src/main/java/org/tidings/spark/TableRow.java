package org.tidings.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row of a store table, filled by column name and checked whole: a column the store has and the job does not
 * fill (a new migration) fails loudly instead of writing nulls.
 */
final class TableRow {

    private final String table;
    private final List<String> columns;
    private final Object[] values;
    private final boolean[] filled;

    TableRow(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
        this.values = new Object[columns.size()];
        this.filled = new boolean[columns.size()];
    }

    TableRow set(String column, Object value) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalStateException("the store's table " + table + " has no column " + column);
        }
        values[i] = value;
        filled[i] = true;
        return this;
    }

    /** Sets a group of columns written alike elsewhere. */
    TableRow apply(java.util.function.UnaryOperator<TableRow> columns) {
        return columns.apply(this);
    }

    Row build() {
        for (int i = 0; i < filled.length; i++) {
            if (!filled[i]) {
                throw new IllegalStateException("column " + table + "." + columns.get(i) + " is not written by the "
                        + "Spark job; teach StoreRows about it");
            }
        }
        return RowFactory.create(Arrays.copyOf(values, values.length));
    }

    /** A copy of a built row with one column changed. */
    static Row with(Row row, List<String> columns, String column, Object value) {
        Object[] values = new Object[row.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        values[columns.indexOf(column)] = value;
        return RowFactory.create(values);
    }
}
