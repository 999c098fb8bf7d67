package org.tidings.ingest;

/** Receives what readers find: articles, and the places that could not be read. */
public interface ArticleSink {

    void article(Article article);

    void failure(ReadFailure failure);
}
