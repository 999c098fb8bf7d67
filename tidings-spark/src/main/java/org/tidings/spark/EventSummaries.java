package org.tidings.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * What the server reads of an event without joins (the columns and table of the store's migration 004), made here
 * the way the embedded store's {@code Resolution} makes them, but over whole tables in Spark SQL: each event's sort
 * day and quad class, what a list shows of its representative mention and article, and the actors of all its
 * mentions. Expects the temporary views {@code articles}, {@code event_mentions}, {@code event_actors} and
 * {@code events_base} (events without these columns).
 */
final class EventSummaries {

    private EventSummaries() {
    }

    private static String root() {
        return "try_cast(substr(e.cameo, 1, 2) AS INT)";
    }

    /** Store column to the Spark SQL expression that fills it; the rest are copied from {@code events_base}. */
    private static final Map<String, String> COMPUTED = Map.ofEntries(
            Map.entry("day", "coalesce(e.date_first_day, fp.first_day)"),
            Map.entry("last_day", "coalesce(e.date_last_day, e.date_first_day, fp.first_day)"),
            // GDELT's quad class of the CAMEO root: 01-05 verbal cooperation, 06-08 material cooperation, 09-13
            // verbal conflict, 14-20 material conflict.
            Map.entry("quad", "CASE WHEN " + root() + " IS NULL THEN NULL WHEN " + root() + " <= 5 THEN 1 WHEN "
                    + root() + " <= 8 THEN 2 WHEN " + root() + " <= 13 THEN 3 ELSE 4 END"),
            Map.entry("source_actors", "coalesce(src.actors, '[]')"),
            Map.entry("target_actors", "coalesce(tgt.actors, '[]')"),
            Map.entry("rep_reported_by", "m.reported_by"),
            Map.entry("rep_quantity_value", "m.quantity_value"),
            Map.entry("rep_quantity_unit", "m.quantity_unit"),
            Map.entry("rep_evidence_sentence", "m.evidence_sentence"),
            Map.entry("rep_evidence_text", "m.evidence_text"),
            Map.entry("rep_trigger", "m.trigger"),
            Map.entry("rep_pattern", "m.pattern"),
            Map.entry("rep_title", "a.title"),
            Map.entry("rep_outlet", "a.outlet"),
            Map.entry("rep_url", "a.url"),
            Map.entry("rep_published", "a.published"));

    /** The columns the events rows leave empty for {@link #events}. */
    static boolean computed(String column) {
        return COMPUTED.containsKey(column);
    }

    // A role's actors of one mention as the store's JSON: [{text, name, country, sector, code}, ...] by position,
    // nulls kept (DuckDB's to_json keeps them too).
    private static final String ROLE_ACTORS = "SELECT article_id, mention_idx, to_json(transform(array_sort("
            + "collect_list(struct(idx, text, name, country, sector, code))), x -> named_struct('text', x.text, "
            + "'name', x.name, 'country', x.country, 'sector', x.sector, 'code', x.code)), "
            + "map('ignoreNullFields', 'false')) AS actors FROM event_actors WHERE role = '%s' "
            + "GROUP BY article_id, mention_idx";

    static Dataset<Row> events(SparkSession spark, StoreTables tables) {
        List<String> select = new ArrayList<>();
        StructField[] fields = tables.structType("events").fields();
        for (StructField f : fields) {
            String expr = COMPUTED.getOrDefault(f.name(), "e." + f.name());
            select.add("CAST(" + expr + " AS " + f.dataType().sql() + ") AS " + f.name());
        }
        return spark.sql("SELECT " + String.join(", ", select) + " FROM events_base e "
                + "LEFT JOIN (SELECT m.event_id, min(a.published_day) AS first_day FROM event_mentions m "
                + "JOIN articles a ON a.id = m.article_id GROUP BY m.event_id) fp ON fp.event_id = e.id "
                + "LEFT JOIN event_mentions m ON m.article_id = e.rep_article AND m.idx = e.rep_idx "
                + "LEFT JOIN articles a ON a.id = e.rep_article "
                + "LEFT JOIN (" + ROLE_ACTORS.formatted("source") + ") src ON src.article_id = e.rep_article "
                + "AND src.mention_idx = e.rep_idx "
                + "LEFT JOIN (" + ROLE_ACTORS.formatted("target") + ") tgt ON tgt.article_id = e.rep_article "
                + "AND tgt.mention_idx = e.rep_idx");
    }

    /** Every distinct source and target actor of each event's mentions, keys upper- and names lower-cased. */
    static Dataset<Row> actorKeys(SparkSession spark, StoreTables tables) {
        List<String> select = new ArrayList<>();
        Map<String, String> exprs = Map.of("event_id", "m.event_id", "role", "x.role", "code", "upper(x.code)",
                "name", "x.name", "name_key", "lower(x.name)", "country", "upper(x.country)",
                "sector", "upper(x.sector)");
        for (StructField f : tables.structType("event_actor_keys").fields()) {
            String expr = exprs.get(f.name());
            if (expr == null) {
                throw new IllegalStateException("column event_actor_keys." + f.name() + " is not written by the "
                        + "Spark job; teach EventSummaries about it");
            }
            select.add("CAST(" + expr + " AS " + f.dataType().sql() + ") AS " + f.name());
        }
        return spark.sql("SELECT DISTINCT " + String.join(", ", select) + " FROM event_mentions m "
                + "JOIN event_actors x ON x.article_id = m.article_id AND x.mention_idx = m.idx "
                + "WHERE m.event_id IS NOT NULL");
    }
}
