package org.tidings.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.tidings.ingest.Article;
import org.tidings.ingest.Origin;

/**
 * An article as it travels between Spark tasks (the core's {@link Article} is not serializable), with its place
 * in the input: the n-th article of the n-th file, so that of two copies the first read is kept, as an ingest does.
 */
record ArticleRecord(String id, String url, String outlet, String title, String published, String body,
                     String language, List<String> authors, String originFile, String originPlace,
                     Instant ingestedAt, int fileIndex, int sequence) implements Serializable, ReadItem {

    ArticleRecord {
        authors = List.copyOf(authors);
    }

    static ArticleRecord of(Article a, String file, int fileIndex, int sequence) {
        return new ArticleRecord(a.id(), a.url(), a.outlet(), a.title(), a.published(), a.body(), a.language(),
                a.authors(), file, a.origin() == null ? null : a.origin().place(), a.ingestedAt(), fileIndex, sequence);
    }

    Article toArticle() {
        return new Article(id, url, outlet, title, published, body, language, authors,
                originFile == null && originPlace == null ? null : new Origin(originFile, originPlace), ingestedAt);
    }

    /** Whether this copy was read before the other. */
    boolean before(ArticleRecord other) {
        return fileIndex != other.fileIndex ? fileIndex < other.fileIndex : sequence < other.sequence;
    }
}
