package org.tidings;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.tidings.events.CodedArticle;
import org.tidings.ingest.Article;
import org.tidings.search.SearchIndex;
import org.tidings.store.Store;

/**
 * The one way an article enters a data directory, whoever brings it (files, uploads, watched feeds): analysed and
 * coded by {@link Tidings}, saved in the store in one transaction, then added to the search index.
 *
 * <p>The store commits first: it is the truth, and the index catches up on its next open if a crash comes
 * between. Index additions become visible to searchers at {@link #commit()}. Thread-safe as the store and the
 * index are.
 */
public final class Ingestion {

    private final Supplier<Tidings> tidings;
    private final Store store;
    private final SearchIndex index;

    /** With the default pipeline, made on the first analysis: a run with nothing new never loads the models. */
    public Ingestion(Store store, SearchIndex index) {
        this(Tidings::defaults, store, index);
    }

    public Ingestion(Tidings tidings, Store store, SearchIndex index) {
        this(() -> tidings, store, index);
        Objects.requireNonNull(tidings, "tidings");
    }

    private Ingestion(Supplier<Tidings> tidings, Store store, SearchIndex index) {
        this.tidings = tidings;
        this.store = Objects.requireNonNull(store, "store");
        this.index = Objects.requireNonNull(index, "index");
    }

    public Store store() {
        return store;
    }

    /** The pipeline (the default one is made on the first call). */
    public Tidings tidings() {
        return tidings.get();
    }

    /** Whether an article with this id is stored already (ids are content hashes: the same text). */
    public boolean isStored(String articleId) {
        return store.contains(articleId);
    }

    /**
     * Analyses, saves and indexes an article not stored yet.
     *
     * @return the coded article as saved, or empty when the same text was stored already
     * @throws RuntimeException when the analysis fails (the store is unchanged), or a
     *         {@link org.tidings.store.StoreException} when the store does
     */
    public Optional<CodedArticle> ingest(Article article) {
        if (store.contains(article.id())) {
            return Optional.empty();
        }
        CodedArticle coded = tidings().process(article);
        return save(coded) ? Optional.of(coded) : Optional.empty();
    }

    /** Saves and indexes an article analysed elsewhere (on a pool); false when the same text was stored already. */
    public boolean save(CodedArticle coded) {
        if (!store.save(coded)) {
            return false;
        }
        index.index(coded.document().article());
        return true;
    }

    /** Makes what was indexed visible to searches. */
    public void commit() {
        index.commit();
    }
}
