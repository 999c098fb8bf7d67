package org.tidings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.ingest.Article;
import org.tidings.store.Store;

/**
 * Full-text search over stored articles (Lucene, BM25), in the {@value #INDEX_DIR} folder of a data directory.
 * The store is the truth: opening with a store adds what the index misses, and {@link #rebuild(Store)} makes it
 * anew. An ingest saves to the store first, then calls {@link #index(Article)}; {@link #commit()} (or close)
 * makes the additions durable. A crash in between only loses index entries, which the next open adds back.
 */
public final class SearchIndex implements AutoCloseable {

    public static final String INDEX_DIR = "index";

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String OUTLET = "outlet";
    static final String OUTLET_KEY = "outlet_key";
    static final String PUBLISHED = "published";
    static final String DAY = "day";
    static final String URL = "url";
    private static final String STORE_FINGERPRINT = "tidings.store";

    // Offsets in the postings let the highlighter work without re-analysing the text.
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private IndexWriter writer;
    private DirectoryReader reader;

    private SearchIndex(Path path, Directory directory) {
        this.path = path;
        this.directory = directory;
    }

    /** Opens (creating if needed) the index in {@code dataDir/index}, as it is. */
    public static SearchIndex open(Path dataDir) {
        Path path = dataDir.resolve(INDEX_DIR);
        try {
            Files.createDirectories(path);
            return new SearchIndex(path, FSDirectory.open(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open search index " + path + ": " + e.getMessage(), e);
        }
    }

    /** Opens the index of a store's data directory and adds the stored articles it misses. */
    public static SearchIndex open(Store store) {
        SearchIndex index = open(store.dataDir());
        try {
            index.sync(store);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    /**
     * Opens the index of a data directory for searching, first bringing it up to the store unless the store's
     * files are unchanged since the index was last brought up to them (then the store is not even opened,
     * which keeps a search fast).
     *
     * @throws org.tidings.store.StoreLockedException when the store must be read but another process writes it;
     *         {@link #open(Path)} then gives the index as it is
     */
    public static SearchIndex openCurrent(Path dataDir) {
        SearchIndex index = open(dataDir);
        try {
            String fingerprint = storeFingerprint(dataDir);
            if (fingerprint == null || !fingerprint.equals(index.committedFingerprint())) {
                try (Store store = Store.openReadOnly(dataDir)) {
                    index.sync(store, fingerprint);
                }
            }
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * Makes the index hold exactly the store's articles, adding the missing and dropping the unknown.
     *
     * @return how many articles were added
     */
    public synchronized int sync(Store store) {
        return sync(store, storeFingerprint(store.dataDir()));
    }

    // The fingerprint is taken before the store is read: the store only grows, so a later change shows as a
    // different fingerprint next time, never as a false "current".
    private int sync(Store store, String fingerprint) {
        DirectoryReader current = reader();
        // The store only grows and the index only gets stored articles: equal counts mean equal sets.
        if (store.articleCount() == (current == null ? 0 : current.numDocs())) {
            if (fingerprint != null && !fingerprint.equals(committedFingerprint())) {
                try {
                    writer().setLiveCommitData(Map.of(STORE_FINGERPRINT, fingerprint).entrySet());
                    commit();
                } catch (IOException | IllegalStateException e) {
                    LOG.debug("cannot record the store fingerprint in {}", path, e);
                }
            }
            return 0;
        }
        Set<String> stored = store.articleIds();
        Set<String> indexed = ids();
        if (stored.size() == indexed.size() && stored.containsAll(indexed)) {
            return 0;
        }
        Set<String> missing = new HashSet<>(stored);
        missing.removeAll(indexed);
        Set<String> unknown = new HashSet<>(indexed);
        unknown.removeAll(stored);
        try {
            IndexWriter w = writer();
            for (String id : unknown) {
                w.deleteDocuments(new Term(ID, id));
            }
            for (String id : missing) {
                store.article(id).ifPresent(this::index);
            }
            if (fingerprint != null) {
                w.setLiveCommitData(Map.of(STORE_FINGERPRINT, fingerprint).entrySet());
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update search index " + path + ": " + e.getMessage(), e);
        }
        LOG.info("search index {}: added {} articles of the store, dropped {}", path, missing.size(), unknown.size());
        return missing.size();
    }

    /** Empties the index and indexes every stored article again; returns how many. */
    public synchronized int rebuild(Store store) {
        String fingerprint = storeFingerprint(store.dataDir());
        try {
            IndexWriter w = writer();
            w.deleteAll();
            if (fingerprint != null) {
                w.setLiveCommitData(Map.of(STORE_FINGERPRINT, fingerprint).entrySet());
            }
            int[] count = {0};
            store.forEachArticle(a -> {
                index(a);
                count[0]++;
            });
            commit();
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild search index " + path + ": " + e.getMessage(), e);
        }
    }

    /** Adds an article, replacing any earlier entry with its id. Durable after {@link #commit()}. */
    public synchronized void index(Article article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new Field(TITLE, article.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(BODY, article.body(), TEXT_WITH_OFFSETS));
        if (article.outlet() != null) {
            doc.add(new StoredField(OUTLET, article.outlet()));
            doc.add(new StringField(OUTLET_KEY, article.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (article.published() != null) {
            doc.add(new StoredField(PUBLISHED, article.published()));
        }
        article.publicationDate().ifPresent(d -> doc.add(new LongPoint(DAY, d.toEpochDay())));
        if (article.url() != null) {
            doc.add(new StoredField(URL, article.url()));
        }
        try {
            writer().updateDocument(new Term(ID, article.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + article.id() + " in " + path, e);
        }
    }

    /** Makes what was indexed durable and visible to searches. */
    public synchronized void commit() {
        if (writer != null) {
            try {
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot commit search index " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /** The number of indexed articles (committed or not). */
    public synchronized int size() {
        DirectoryReader r = reader();
        return r == null ? 0 : r.numDocs();
    }

    /**
     * Searches titles and bodies. The query uses Lucene's classic syntax ("quoted phrases", AND, OR, -not,
     * title:word); text it cannot parse is searched as plain words.
     */
    public synchronized List<SearchHit> search(String query, SearchFilters filters, int limit) {
        DirectoryReader r = reader();
        if (r == null || query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        try {
            Query text = parse(query);
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
            SearchFilters f = filters == null ? SearchFilters.none() : filters;
            if (f.outlet() != null && !f.outlet().isBlank()) {
                b.add(new TermQuery(new Term(OUTLET_KEY, f.outlet().strip().toLowerCase(Locale.ROOT))),
                        BooleanClause.Occur.FILTER);
            }
            if (f.from() != null || f.to() != null) {
                b.add(LongPoint.newRangeQuery(DAY, f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay(),
                        f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay()), BooleanClause.Occur.FILTER);
            }
            Query q = b.build();
            IndexSearcher searcher = new IndexSearcher(r);
            searcher.setSimilarity(new BM25Similarity());
            TopDocs top = searcher.search(q, limit);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(SearchHit.MARK_OPEN, SearchHit.MARK_CLOSE, " … ", false))
                    .withMaxNoHighlightPassages(1)
                    .build();
            Map<String, String[]> snippets = highlighter.highlightFields(new String[] {BODY}, q, top, new int[] {2});
            List<SearchHit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = stored.document(sd.doc);
                String snippet = snippets.get(BODY)[i];
                hits.add(new SearchHit(sd.score, d.get(ID), d.get(TITLE), d.get(OUTLET), d.get(PUBLISHED), d.get(URL),
                        snippet == null ? "" : snippet.replaceAll("\\s+", " ").strip()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search index " + path + ": " + e.getMessage(), e);
        }
    }

    private Query parse(String query) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer,
                Map.of(TITLE, 2.0f, BODY, 1.0f));
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot search for '" + query + "': " + again.getMessage(), again);
            }
        }
    }

    /** Sizes and modification times of the store's database and log files, or null when there is no store. */
    static String storeFingerprint(Path dataDir) {
        Path db = dataDir.resolve(Store.DATABASE_FILE);
        Path wal = dataDir.resolve(Store.DATABASE_FILE + ".wal");
        try {
            if (!Files.isRegularFile(db)) {
                return null;
            }
            return describe(db) + ";" + (Files.exists(wal) ? describe(wal) : "no wal");
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(Path file) throws IOException {
        return Files.size(file) + "@" + Files.getLastModifiedTime(file).toInstant();
    }

    private String committedFingerprint() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(STORE_FINGERPRINT);
        } catch (IOException e) {
            return null;
        }
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        DirectoryReader r = reader();
        if (r == null) {
            return ids;
        }
        try {
            var stored = r.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(r);
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    ids.add(stored.document(doc, Set.of(ID)).get(ID));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read search index " + path + ": " + e.getMessage(), e);
        }
        return ids;
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            try {
                IndexWriterConfig config = new IndexWriterConfig(analyzer)
                        .setSimilarity(new BM25Similarity())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
                writer = new IndexWriter(directory, config);
                if (reader != null) {
                    // From now on, read through the writer to see what is not committed yet.
                    reader.close();
                    reader = null;
                }
            } catch (LockObtainFailedException e) {
                throw new IllegalStateException("search index " + path + " is locked by another process", e);
            }
        }
        return writer;
    }

    /** A reader that sees everything indexed so far (near-real-time when this process writes), or null. */
    private DirectoryReader reader() {
        try {
            if (reader == null) {
                if (writer != null) {
                    reader = DirectoryReader.open(writer);
                } else if (DirectoryReader.indexExists(directory)) {
                    reader = DirectoryReader.open(directory);
                }
            } else {
                DirectoryReader newer = writer != null ? DirectoryReader.openIfChanged(reader, writer)
                        : DirectoryReader.openIfChanged(reader);
                if (newer != null) {
                    reader.close();
                    reader = newer;
                }
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read search index " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (reader != null) {
                reader.close();
                reader = null;
            }
            if (writer != null) {
                writer.close();
                writer = null;
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close search index " + path + ": " + e.getMessage(), e);
        }
    }
}
