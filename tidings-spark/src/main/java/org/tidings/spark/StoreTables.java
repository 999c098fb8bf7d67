package org.tidings.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tidings.store.Store;

/**
 * The embedded store's tables as the migrations make them, taken from {@link Store#schema()} on the driver and
 * carried to the tasks, so the Parquet tables have the store's columns and types, in order.
 *
 * @param columns table name to its column names
 * @param types   table name to its columns' DuckDB types
 */
record StoreTables(Map<String, List<String>> columns, Map<String, List<String>> types) implements Serializable {

    /** The tables this job writes; the store's others (resolution indexes) are only needed for adding articles. */
    static final List<String> WRITTEN = List.of("articles", "sentences", "entities", "timexes", "actor_mentions",
            "event_mentions", "event_actors", "events", "event_links", "article_duplicates", "event_actor_keys");

    static StoreTables fromStore() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, List<String>> types = new LinkedHashMap<>();
        for (Map.Entry<String, List<Store.Column>> t : Store.schema().entrySet()) {
            columns.put(t.getKey(), new ArrayList<>(t.getValue().stream().map(Store.Column::name).toList()));
            types.put(t.getKey(), new ArrayList<>(t.getValue().stream().map(Store.Column::type).toList()));
        }
        for (String table : WRITTEN) {
            if (!columns.containsKey(table)) {
                throw new IllegalStateException("the store has no table " + table + "; the Spark job is out of date");
            }
        }
        return new StoreTables(columns, types);
    }

    List<String> columns(String table) {
        return columns.get(table);
    }

    TableRow row(String table) {
        return new TableRow(table, columns.get(table));
    }

    StructType structType(String table) {
        List<StructField> fields = new ArrayList<>();
        List<String> names = columns.get(table);
        for (int i = 0; i < names.size(); i++) {
            fields.add(DataTypes.createStructField(names.get(i), sparkType(types.get(table).get(i)), true));
        }
        return DataTypes.createStructType(fields);
    }

    // The Spark types whose Parquet form DuckDB reads back as the store's type.
    private static DataType sparkType(String duckdb) {
        return switch (duckdb) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "DATE" -> DataTypes.DateType;
            // Wall-clock UTC, as the store keeps it: no zone to shift on the way through Parquet.
            case "TIMESTAMP" -> DataTypes.TimestampNTZType;
            default -> throw new IllegalStateException("no Spark type for the store's " + duckdb);
        };
    }
}
