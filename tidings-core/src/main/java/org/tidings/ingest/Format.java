package org.tidings.ingest;

import java.util.Locale;

/** The input formats, each with its reader. */
enum Format {
    SEED(new SeedTextReader()),
    TEXT(new PlainTextReader()),
    JSONL(new JsonLinesReader(true)),
    JSON(new JsonLinesReader(false)),
    HTML(new HtmlReader()),
    FEED(new FeedReader()),
    WARC(new WarcReader()),
    CSV(new CsvReader());

    final ArticleReader reader;

    Format(ArticleReader reader) {
        this.reader = reader;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
