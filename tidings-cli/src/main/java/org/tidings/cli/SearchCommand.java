package org.tidings.cli;

import java.time.LocalDate;
import java.util.List;
import org.tidings.search.SearchFilters;
import org.tidings.search.SearchHit;
import org.tidings.search.SearchIndex;
import org.tidings.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidings search QUERY}: full-text search over stored articles, best first, matches marked «so». */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search stored articles (BM25 over titles and bodies); matches are marked «like this».",
                "QUERY uses Lucene syntax: words, \"phrases\", AND/OR/-not, title:word."})
public final class SearchCommand extends StoreCommand {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> query;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (any case).")
    String outlet;

    @Option(names = "--from", paramLabel = "DATE", converter = FirstDay.class,
            description = "Published on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = LastDay.class,
            description = "Published on or before (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Listing.Format format = Listing.Format.table;

    @Override
    protected int run() {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        List<SearchHit> hits;
        try (SearchIndex index = openIndex()) {
            hits = index.search(String.join(" ", query), new SearchFilters(outlet, from, to), limit);
        }
        if (format == Listing.Format.table) {
            if (hits.isEmpty()) {
                out().println("no articles match");
            }
            int rank = 1;
            for (SearchHit h : hits) {
                out().printf("%d. %s  (%s, %s)  %s  score %.2f%n", rank++, h.title(),
                        h.outlet() == null ? "?" : h.outlet(), h.published() == null ? "undated" : h.published(),
                        h.id(), h.score());
                out().println("   " + h.snippet());
            }
            return 0;
        }
        Listing listing = new Listing("RANK", "SCORE", "ID", "PUBLISHED", "OUTLET", "TITLE", "URL", "SNIPPET");
        int rank = 1;
        for (SearchHit h : hits) {
            var o = Listing.JSON.createObjectNode();
            o.put("rank", rank).put("score", h.score()).put("id", h.id()).put("title", h.title())
                    .put("outlet", h.outlet()).put("published", h.published()).put("url", h.url())
                    .put("snippet", h.snippet());
            listing.add(o, rank++, String.format("%.4f", h.score()), h.id(), h.published(), h.outlet(), h.title(),
                    h.url(), h.snippet());
        }
        listing.print(format, out());
        return 0;
    }

    // The store is the truth: the index is brought up to it first (unless known current). While an ingest
    // holds the store, the index is searched as it is.
    private SearchIndex openIndex() {
        needsDataDirectory();
        try {
            return SearchIndex.openCurrent(dataDir());
        } catch (StoreLockedException e) {
            err().println("tidings search: the store is busy (an ingest is running?); searching the index as it is");
            return SearchIndex.open(dataDir());
        }
    }
}
