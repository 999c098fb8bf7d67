package org.tidings.ingest;

import java.util.Objects;
import java.util.function.Consumer;

/** Receives what readers find: articles, and the places that could not be read. */
public interface ArticleSink {

    void article(Article article);

    void failure(ReadFailure failure);

    /** A sink from two callbacks: {@code ArticleSink.of(articles::add, failures::add)}. */
    static ArticleSink of(Consumer<Article> articles, Consumer<ReadFailure> failures) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(failures, "failures");
        return new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.accept(article);
            }

            @Override
            public void failure(ReadFailure failure) {
                failures.accept(failure);
            }
        };
    }
}
