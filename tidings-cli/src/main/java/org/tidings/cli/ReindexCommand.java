package org.tidings.cli;

import org.tidings.search.SearchIndex;
import org.tidings.store.Store;
import picocli.CommandLine.Command;

/** {@code tidings reindex}: rebuilds the search index from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the stored articles (the store is the truth).")
public final class ReindexCommand extends StoreCommand {

    @Override
    protected int run() {
        needsDataDirectory();
        long start = System.nanoTime();
        try (Store store = openStore(); SearchIndex index = SearchIndex.open(store.dataDir())) {
            int n = index.rebuild(store);
            out().printf("reindexed %d articles in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
