package org.tidings.ingest;

import java.io.IOException;

/**
 * Reads the articles of one source file of one format. Each article and each unreadable part goes to the
 * emitter; the reader goes on after a bad record whenever the format lets it find the next one. It throws only
 * when the rest of the file cannot be read (the caller then reports that at the emitter's current place).
 */
interface ArticleReader {

    void read(Source source, Emitter out) throws IOException;
}
