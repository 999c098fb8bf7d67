package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.tidings.store.Store;
import org.tidings.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the store holds.")
public final class StatsCommand extends StoreCommand {

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
    Listing.Format format = Listing.Format.table;

    @Override
    protected int run() {
        StoreStats s;
        try (Store store = openStore()) {
            s = store.stats();
        }
        if (format == Listing.Format.table || format == Listing.Format.csv) {
            out().println("store           " + (parquetDir() != null ? parquetDir() + " (Parquet, read-only)" : dataDir()));
            out().println("schema version  " + s.schemaVersion());
            out().println("articles        " + s.articles());
            out().println("sentences       " + s.sentences());
            out().println("entities        " + s.entities());
            out().println("time exprs      " + s.timexes());
            out().println("actor mentions  " + s.actors());
            out().println("event mentions  " + s.eventMentions());
            out().println("published       " + (s.firstPublished() == null ? "-"
                    : s.firstPublished() + " .. " + s.lastPublished()));
            section("by outlet", s.articlesByOutlet());
            section("by event type", s.mentionsByType());
            section("by certainty", s.mentionsByCertainty());
            return 0;
        }
        ObjectNode o = Listing.JSON.createObjectNode();
        o.put("schema_version", s.schemaVersion()).put("articles", s.articles()).put("sentences", s.sentences())
                .put("entities", s.entities()).put("timexes", s.timexes()).put("actor_mentions", s.actors())
                .put("event_mentions", s.eventMentions())
                .put("first_published", s.firstPublished() == null ? null : s.firstPublished().toString())
                .put("last_published", s.lastPublished() == null ? null : s.lastPublished().toString());
        s.articlesByOutlet().forEach(o.putObject("by_outlet")::put);
        s.mentionsByType().forEach(o.putObject("by_type")::put);
        s.mentionsByCertainty().forEach(o.putObject("by_certainty")::put);
        out().println(format == Listing.Format.json ? Listing.pretty(o) : Listing.write(Listing.JSON, o));
        return 0;
    }

    private void section(String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out().println(title + ":");
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.forEach((k, v) -> out().println("  " + k + " ".repeat(width - k.length()) + "  " + v));
    }
}
