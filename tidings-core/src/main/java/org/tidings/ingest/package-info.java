/**
 * Ingest: news articles in, {@link org.tidings.ingest.Article} records out.
 *
 * <p>The front door is {@link org.tidings.ingest.ArticleSources#read(java.util.List, org.tidings.ingest.ArticleSink)}:
 * give it files and directories; it walks, sniffs and reads them, and hands each article and each unreadable
 * place ({@link org.tidings.ingest.ReadFailure}) to the sink, returning one {@link org.tidings.ingest.FileReport}
 * per file. Formats: the seed text layout, plain text (with an optional {@code Key: value} header), JSON Lines
 * and whole-file JSON (news-please fields), HTML pages, RSS and Atom feeds, WARC (CC-News) and CSV with a header;
 * any of them gzipped. The readers behind it ({@code SeedTextReader}, {@code PlainTextReader},
 * {@code JsonLinesReader}, {@code HtmlReader}, {@code FeedReader}, {@code WarcReader}, {@code CsvReader}) share
 * the package-private {@code ArticleReader} interface.
 */
package org.tidings.ingest;
